/**
 * The build's side of "a correction reaches every edition": a published locale that lacks a
 * correction another locale's article has gets a warning (src/i18n/corrections.ts matches them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { missingCorrectionsIn } from '../i18n/corrections';
import { scanLocales } from '../i18n/registry';
import type { Problem } from './problems';

/** A warning for each correction a published locale lacks; drafts are told by npm run i18n:status. */
export function correctionProblems(root: string): Problem[] {
  // locales with problems of their own are left out: those problems are reported once, by checkContent
  const { locales } = scanLocales(path.join(root, 'content'));
  const missing = missingCorrectionsIn(root, locales);
  return locales
    .filter((l) => l.status === 'published')
    .flatMap((l) => {
      const file = `content/article/${l.tag}.mdx`;
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      const line = (source.split('\n').findIndex((text) => /^corrections:/.test(text)) + 1) || 1;
      return missing[l.tag]!.map((c) => ({
        file,
        line,
        message: `the correction of ${c.date} in content/article/${c.from}.mdx is missing here: "${c.text}"`,
        fix: `add it, translated, to the frontmatter's corrections:\n    corrections:\n      - date: ${c.date}\n        text: …`,
        severity: 'warning' as const,
      }));
    });
}
