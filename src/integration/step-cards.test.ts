import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureOfSource } from './article-structure';
import { CARD_MAX_SENTENCES, CARD_MAX_WORDS, cardText, checkStepCards, countSentences, countWords } from './step-cards';
import { formatProblem } from './problems';
import { formatFigure } from '../i18n/format';
import { createTranslator } from '../i18n/translator';
import type { LocaleInfo } from '../i18n/registry';
import type { Figure } from '../site-content/schemas';

const en: LocaleInfo = { tag: 'en', lang: 'en', label: 'English', status: 'published', dir: 'ltr' };
const strings = { en: JSON.parse(fs.readFileSync('content/locales/en.json', 'utf8')) as Record<string, string> };
const tr = createTranslator(en, strings);
const draft = createTranslator({ ...en, status: 'draft' }, strings);
const figures: Record<string, Figure> = {
  troops: { value: 100_000, qualifier: 'about', unit: 'soldiers', asOf: '2022-01-10', source: 'ap' } as Figure,
};

const article = (card: string) => `Before.\n\n<Scrolly graphic="troops">\n<Step id="front-border" state="ukraine-border">\n\n${card}\n\n</Step>\n</Scrolly>\n`;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const problemsOf = (card: string, translator = tr) => checkStepCards(structureOfSource(article(card)), 'content/article/en.mdx', figures, translator, translator.locale.status === 'published' ? 'error' : 'warning');

describe('step card text', () => {
  it('counts a figure as the words it renders in the locale', () => {
    const [step] = structureOfSource(article('Here <Num id="troops"/> soldiers.')).blocks[0]!.steps;
    const text = cardText(step!.card!, figures, tr);
    const rendered = formatFigure(figures.troops!, tr);
    expect(text).toContain(rendered);
    expect(countWords(text, 'en')).toBe(2 + countWords(rendered, 'en'));
    expect(countWords(rendered, 'en')).toBeGreaterThan(1);
  });

  it('counts the translation a quote shows after its words', () => {
    const [step] = structureOfSource(article('He said <Quote said="de" lang="de" translation="peace at last">Frieden</Quote>.')).blocks[0]!.steps;
    expect(cardText(step!.card!, figures, tr)).toContain('peace at last');
  });

  it('counts words in a script written without spaces', () => {
    expect(countWords('東京都に住んでいます', 'ja')).toBeGreaterThan(1);
  });

  it('counts a hyphenated compound as one word, and no punctuation', () => {
    expect(countWords('US-Dienste zählten – «rund 100’000».', 'de')).toBe(4);
  });

  it('does not end a sentence at the full stop of a date or an initial', () => {
    expect(countSentences('Am Sonntag, 9. Januar, kam die Zahl. Sie wurde z. B. von AP gemeldet! Stimmt sie?', 'de')).toBe(3);
    expect(countSentences('It ended in 2021. It began again.\n\nA new paragraph', 'en')).toBe(3);
  });
});

describe('checkStepCards', () => {
  it(`accepts a card of ${CARD_MAX_WORDS} words in ${CARD_MAX_SENTENCES} sentences`, () => {
    expect(problemsOf(`${words(CARD_MAX_WORDS - 2)}. One. Two.`)).toEqual([]);
  });

  it('names the file, the line, the step, the count and the fix for a card with one word too many', () => {
    const [message, ...rest] = problemsOf(`${words(CARD_MAX_WORDS + 1)}.`).map(formatProblem);
    expect(rest).toEqual([]);
    expect(message).toContain('content/article/en.mdx:4:');
    expect(message).toContain('"front-border"');
    expect(message).toContain(`${CARD_MAX_WORDS + 1} words`);
    expect(message).toContain('move the explanation into the text before or after the <Scrolly> block');
  });

  it('rejects a card of short sentences, one more than the limit', () => {
    const [problem] = problemsOf(Array.from({ length: CARD_MAX_SENTENCES + 1 }, () => 'Short.').join(' '));
    expect(problem?.message).toContain(`${CARD_MAX_SENTENCES + 1} sentences`);
  });

  it('counts the figure into the limit: a card at the limit in words goes over with a figure of two words', () => {
    expect(problemsOf(`${words(CARD_MAX_WORDS - 1)} <Num id="troops"/>.`)).toHaveLength(1);
  });

  it('is an error in a published locale and a warning in a draft', () => {
    expect(problemsOf(`${words(CARD_MAX_WORDS + 1)}.`)[0]?.severity).toBe('error');
    expect(problemsOf(`${words(CARD_MAX_WORDS + 1)}.`, draft)[0]?.severity).toBe('warning');
  });
});
