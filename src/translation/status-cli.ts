/**
 * npm run i18n:status            a table: what each locale lacks against the default locale
 * npm run i18n:status -- --json  the same as JSON
 * npm run i18n:status -- --glossary
 *                                the glossary side by side: every name and term in every locale
 * npm run i18n:status -- --mark-translated <tag>
 *                                records in <tag>'s frontmatter that it is translated from the
 *                                default locale as it is now (clears "out of date"), and
 *                                the source of each translated segment (clears "stale")
 * npm run i18n:status -- --stale the stale segments only, as a warning; never fails (npm test)
 */
import fs from 'node:fs';
import path from 'node:path';
import { glossaryOf } from '../i18n/glossary';
import { missingCorrectionsIn, type MissingCorrection } from '../i18n/corrections';
import { DEFAULT_LOCALE, discoverLocales } from '../i18n/registry';
import { currentSourceHashes, staleSegments, translationStatus, type LocaleStatus, type StaleSegment } from './status';
import { recordCurrentSources } from './xliff';

const root = process.cwd();
const args = process.argv.slice(2);

/** Marks a locale as translated up to the current default locale; refuses one with untranslated text. */
function markTranslated(tag: string): void {
  const status = translationStatus(root).find((s) => s.tag === tag);
  if (!status) {
    console.error(`${tag} is not a locale to mark (the default locale ${DEFAULT_LOCALE} is the source; others: content/article/<tag>.mdx)`);
    process.exit(1);
  }
  const left = status.strings.missing.length + status.plurals.missing.length + status.strings.sameAsDefault.length + status.paragraphs.length;
  if (left) {
    console.error(`${tag} is not translated yet: ${left} string(s) or paragraph(s) are missing or still the default locale's text. npm run i18n:status lists them.`);
    process.exit(1);
  }
  const file = path.join(root, 'content/article', `${tag}.mdx`);
  const { article, strings } = currentSourceHashes(root);
  const source = fs.readFileSync(file, 'utf8').replace(/^translatedFrom:\n(?: {2}.*\n)*/m, '');
  const marked = source.replace(/^---\n/, `---\ntranslatedFrom:\n  article: ${article}\n  strings: ${strings}\n`);
  fs.writeFileSync(file, marked);
  recordCurrentSources(root, tag);
  console.log(`${path.relative(root, file)}: marked as translated from the current default locale (each segment's source: content/locales/_sources/${tag}.json).`);
}

function table(rows: LocaleStatus[]): string {
  const head = ['locale', 'status', 'strings', 'untranslated', 'plural forms', 'steps', 'glossary', 'figures', 'corrections', 'up to date', 'complete'];
  const body = rows.map((r) => [
    `${r.tag} (${r.lang})`,
    r.status,
    `${r.strings.present}/${r.strings.expected}${r.strings.extra.length ? `, ${r.strings.extra.length} extra` : ''}`,
    String(r.strings.sameAsDefault.length + r.paragraphs.length),
    r.plurals.missing.length ? `${r.plurals.missing.length} missing (${r.plurals.needed.join('/')})` : `ok (${r.plurals.needed.join('/')})`,
    r.parity.length ? `${r.parity.length} block(s) differ` : 'same',
    r.glossary.foreignUses.length ? `${r.glossary.foreignUses.length} name(s) to check` : `ok (${r.glossary.terms})`,
    r.figures.onlyHere.length + r.figures.onlyInDefault.length ? `${r.figures.onlyInDefault.length} not used, ${r.figures.onlyHere.length} extra` : 'same',
    r.corrections.missing.length ? `${r.corrections.missing.length} missing` : 'all',
    [r.stale.length ? `${r.stale.length} stale` : '', r.outdated.article ? 'article out of date' : '', r.outdated.strings ? 'strings out of date' : ''].filter(Boolean).join(', ') || 'yes',
    `${r.complete}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  // The default locale has no row (the others are measured against it), but it can lack a correction too.
  const ofDefault = missingCorrectionsIn(root)[DEFAULT_LOCALE] ?? [];
  const details = rows.flatMap((r) => {
    const out: string[] = [];
    if (r.strings.missing.length) out.push(`${r.tag}: missing strings: ${r.strings.missing.join(', ')}`);
    if (r.strings.sameAsDefault.length) out.push(`${r.tag}: strings still in the default locale's text: ${r.strings.sameAsDefault.join(', ')} (translate them; a name or unit that is the same in your language goes under sameAsDefault: in content/article/${r.tag}.mdx)`);
    for (const p of r.paragraphs) out.push(`${r.tag}: content/article/${r.tag}.mdx:${p.line} is the default locale's text: "${p.text.slice(0, 60)}${p.text.length > 60 ? '…' : ''}"`);
    if (r.plurals.missing.length) out.push(`${r.tag}: missing plural forms: ${r.plurals.missing.join(', ')}`);
    if (r.strings.extra.length) out.push(`${r.tag}: strings not in the default locale: ${r.strings.extra.join(', ')}`);
    for (const p of r.parity) out.push(`${r.tag}: ${p}`);
    for (const u of r.glossary.foreignUses) out.push(`${r.tag}: glossary: ${u}`);
    if (r.figures.onlyInDefault.length) out.push(`${r.tag}: figures the default locale shows and this one does not: ${r.figures.onlyInDefault.join(', ')}`);
    if (r.figures.onlyHere.length) out.push(`${r.tag}: figures only this locale shows: ${r.figures.onlyHere.join(', ')}`);
    for (const c of r.corrections.missing) out.push(correctionLine(r.tag, c));
    for (const s of r.stale) out.push(staleLine(r.tag, s));
    if (r.outdated.article || r.outdated.strings) out.push(`${r.tag}: the default locale changed since this translation was marked (npm run i18n:status -- --mark-translated ${r.tag} once it is updated)`);
    return out;
  });
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', ...ofDefault.map((c) => correctionLine(DEFAULT_LOCALE, c)), ...details].join('\n');
}

function staleLine(tag: string, s: StaleSegment): string {
  return `${tag}: stale: ${s.file}:${s.line} (${s.id}): the ${DEFAULT_LOCALE} source changed since it was translated: ${s.diff}`;
}

/** The stale segments of every locale, one warning line each; npm test prints them and goes on. */
function staleReport(): string {
  const locales = discoverLocales(path.join(root, 'content')).filter((l) => l.tag !== DEFAULT_LOCALE);
  const lines = locales.flatMap((l) => staleSegments(root, l.tag).map((s) => `warning: ${staleLine(l.tag, s)}`));
  return lines.length ? `${lines.join('\n')}\n(translate them, then npm run i18n:import or npm run i18n:status -- --mark-translated <tag>; TRANSLATING.md)` : 'i18n: no stale translations';
}

function correctionLine(tag: string, c: MissingCorrection): string {
  return `${tag}: missing the correction of ${c.date} that content/article/${c.from}.mdx has: "${c.text}" (add it, translated, to content/article/${tag}.mdx)`;
}

/** Every glossary key with its form in each locale, so that a translator sees the names at a glance. */
function glossaryTable(): string {
  const locales = discoverLocales(path.join(root, 'content'));
  const glossaries = locales.map((l) => glossaryOf(JSON.parse(fs.readFileSync(path.join(root, 'content/locales', `${l.tag}.json`), 'utf8')) as Record<string, string>));
  const keys = Object.keys(glossaries[0] ?? {});
  const rows = [['key', ...locales.map((l) => l.tag)], ...keys.map((k) => [k, ...glossaries.map((g) => g[k] ?? '(missing)')])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const markIndex = args.indexOf('--mark-translated');
if (markIndex >= 0) markTranslated(args[markIndex + 1] ?? '');
else if (args.includes('--stale')) console.log(staleReport());
else if (args.includes('--glossary')) console.log(glossaryTable());
else if (args.includes('--json')) console.log(JSON.stringify(translationStatus(root), null, 2));
else console.log(table(translationStatus(root)));
