/**
 * npm run i18n:pseudo            builds the site with an accented pseudo-locale (en-XA) added,
 *                                into dist-pseudo/: hard-coded strings stay plain, and text
 *                                that cannot grow by a third shows where it overflows
 * npm run i18n:pseudo -- --rtl   the same with a right-to-left pseudo-locale (he)
 * Serve it with: node e2e/serve.mjs dist-pseudo 4322
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWithPseudoLocale } from './pseudo-build';

const script = process.argv.includes('--rtl') ? 'rtl' : 'accented';
const result = buildWithPseudoLocale(script);
if (!result.ok) {
  console.error(result.output);
  process.exit(1);
}
const out = path.resolve('dist-pseudo');
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(path.join(result.dir, 'dist'), out, { recursive: true });
fs.rmSync(result.dir, { recursive: true, force: true });
console.log(`Built into ${path.relative(process.cwd(), out)}/ with the pseudo-locale at /${result.tag}/.`);
console.log(`Serve it with: node e2e/serve.mjs dist-pseudo 4322  →  http://127.0.0.1:4322/${result.tag}/`);
