/**
 * Length limits of locale strings. A string's description in content/locales/_descriptions.json
 * states its limit in words a translator reads ("At most 60 characters"); that sentence is the
 * limit the build enforces, so the translator and the check can never disagree. The limits are
 * what the graphics and the page chrome are tested to hold (the pseudo-locale's longer text);
 * beyond them a label would be dropped or crowd the others out.
 */
import type { Problem } from './problems';

const LIMIT = /\bat most (\d+) characters\b/i;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** key → the most characters its text may have, for every description that states a limit. */
export function lengthLimits(descriptions: Record<string, string>): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const [key, text] of Object.entries(descriptions)) {
    const match = LIMIT.exec(text);
    if (match) limits[key] = Number(match[1]);
  }
  return limits;
}

/** Strings longer than their limit: an error in a published locale, a warning in a draft. */
export function checkLengths(
  strings: Record<string, string>,
  limits: Record<string, number>,
  file: string,
  severity: Problem['severity'],
  lineOfKey: (key: string) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, text] of Object.entries(strings)) {
    const limit = limits[key] ?? limits[key.replace(PLURAL, '')];
    const length = [...text].length;
    if (limit === undefined || length <= limit) continue;
    problems.push({
      file,
      line: lineOfKey(key),
      message: `"${key}" has ${length} characters; its limit is ${limit}`,
      fix: `shorten it to ${limit} characters or fewer (content/locales/_descriptions.json says where it appears and why it must be short)`,
      severity,
    });
  }
  return problems;
}
