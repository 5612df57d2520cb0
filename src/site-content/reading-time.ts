/** Minutes to read an MDX body at 200 words a minute, counting prose words, not markup. */
export function readingMinutes(body: string, wordsPerMinute = 200): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`-]/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
