/**
 * Minutes to read an MDX body, counting prose, not markup. Words are found by Intl.Segmenter,
 * which also splits Chinese and Japanese, written without spaces; those are counted by the
 * character, the unit their reading speed is measured in (about 500 a minute, against about
 * 200 words a minute in alphabetic scripts).
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDS = new Intl.Segmenter('und', { granularity: 'word' });

export function readingMinutes(body: string, wordsPerMinute = 200, charactersPerMinute = 500): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`-]/g, ' ');
  let words = 0;
  let characters = 0;
  for (const { segment, isWordLike } of WORDS.segment(prose)) {
    if (!isWordLike || !/\p{L}/u.test(segment)) continue;
    const cjk = segment.match(CJK)?.length ?? 0;
    if (cjk > 0) characters += cjk;
    else words++;
  }
  return Math.max(1, Math.round(words / wordsPerMinute + characters / charactersPerMinute));
}
