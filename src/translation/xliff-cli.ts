/**
 * npm run i18n:export -- <tag> [file]   writes the locale's XLIFF 2.0 file for a CAT tool
 *                                       (default: translations/<tag>.xlf)
 * npm run i18n:import -- <file>         writes the translated targets back into
 *                                       content/locales/<tag>.json and content/article/<tag>.mdx
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportPath, exportXliff, importXliff, ImportError } from './xliff';

const root = process.cwd();
const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');

try {
  if (command === 'export') {
    const [tag, out] = rest;
    if (!tag) throw new Error('Usage: npm run i18n:export -- <tag> [file], e.g. npm run i18n:export -- fr');
    const file = out ? path.resolve(out) : exportPath(root, tag);
    const result = exportXliff(root, tag);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.xml);
    console.log(`Wrote ${path.relative(root, file)}: ${result.units} units, ${result.untranslated} to translate, ${result.stale} stale (their source changed; state="initial").`);
    console.log(`Translate it in your CAT tool, then: npm run i18n:import -- ${path.relative(root, file)}`);
  } else if (command === 'import') {
    const [file] = rest;
    if (!file) throw new Error('Usage: npm run i18n:import -- <file.xlf>');
    const result = importXliff(root, fs.readFileSync(path.resolve(file), 'utf8'));
    console.log(result.written.length
      ? `${result.tag}: ${result.units} translated units read; wrote ${result.written.join(', ')}.`
      : `${result.tag}: ${result.units} translated units read; nothing changed.`);
  } else throw new Error('Usage: npm run i18n:export -- <tag> | npm run i18n:import -- <file.xlf>');
} catch (e) {
  if (e instanceof ImportError) console.error(`${e.problems.length} unit(s) cannot be imported; nothing was written:\n${e.message}`);
  else console.error((e as Error).message);
  process.exit(1);
}
