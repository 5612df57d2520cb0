import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `Wort${i % 7}`).join(' ');

describe('readingMinutes', () => {
  it('counts words at 200 a minute, not the frontmatter or the markup', () => {
    expect(readingMinutes(`---\ntitle: ${words(5000)}\n---\n<Scrolly graphic="troops">${words(600)}</Scrolly>`)).toBe(3);
  });

  it('counts Chinese, written without spaces, by the character (500 a minute)', () => {
    const sentence = '日内瓦会谈于一月十日举行，双方没有达成协议。'; // 21 characters, one of them punctuation
    const body = sentence.repeat(100); // 2,000 Han characters, no space
    expect(readingMinutes(body)).toBe(4);
  });

  it('adds the minutes of both scripts in a mixed text', () => {
    expect(readingMinutes(`${'会谈'.repeat(500)} ${words(400)}`)).toBe(4);
  });
});
