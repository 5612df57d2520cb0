/**
 * The layering of ARCHITECTURE.md, enforced: each rule names a folder, the folders it must not import
 * from, and why. The test reads every import (static, re-export, dynamic, and those of an Astro
 * component's frontmatter and scripts) of every source file and resolves relative ones to the
 * repository; a forbidden one fails with the file, the line and the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  /** files the rule applies to: a folder (with a trailing slash) or a file, from the repository root */
  from: string;
  /** only files with these extensions (all source files if absent) */
  ext?: string[];
  forbidden: string[];
  why: string;
}

export const RULES: Rule[] = [
  {
    from: 'src/i18n/',
    forbidden: ['src/integration/', 'src/translation/', 'src/charts/', 'src/components/', 'src/scrolly/', 'src/layouts/', 'src/pages/', 'e2e/'],
    why: 'src/i18n is the ground floor and imports nothing above it; tools that need the build checks live in src/translation',
  },
  {
    from: 'src/fonts/',
    forbidden: ['src/i18n/', 'src/integration/', 'src/translation/', 'src/charts/', 'src/components/', 'src/scrolly/', 'src/layouts/', 'src/pages/', 'src/site-content/', 'e2e/'],
    why: 'src/fonts describes the shipped fonts and measures text in them; the charts, the stylesheet and the page shell build on it, never the other way',
  },
  {
    from: 'src/scrolly/',
    forbidden: ['src/charts/', 'src/components/'],
    why: 'the scroll code knows no graphic: the state change travels through src/graphic-state.ts, and src/components/GraphicScrolly.astro puts a graphic in the block',
  },
  {
    from: 'src/charts/',
    ext: ['.ts'],
    forbidden: ['src/components/', 'src/scrolly/', 'src/layouts/', 'src/pages/'],
    why: 'chart code (layouts, data, clients, CSV) knows nothing of the article around it',
  },
  {
    from: 'src/site-content/',
    forbidden: ['src/charts/', 'src/components/', 'src/scrolly/', 'src/layouts/', 'src/pages/', 'src/translation/', 'e2e/'],
    why: 'src/site-content reads content/ for everything above it (schemas, site data) and knows no page, graphic or tool that uses it',
  },
  {
    from: 'src/graphic-state.ts',
    forbidden: ['src/'],
    why: 'the state-change event is the neutral contract between the scroll code and the graphics: it imports neither',
  },
];

const SOURCE = /\.(ts|mjs|js|astro)$/;
const IMPORT = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]+?\s+from\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

/** Relative imports of a source text, resolved to paths from the repository root, with their lines. */
export function importsOf(file: string, text: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    found.push({ target, line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.posix.join(path.relative('.', e.parentPath).split(path.sep).join('/'), e.name));
}

/** Imports that break a rule, as "file:line imports target: why". */
export function violations(files: Record<string, string>, rules: Rule[] = RULES): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    for (const rule of rules) {
      const applies = rule.from.endsWith('/') ? file.startsWith(rule.from) : file === rule.from;
      if (!applies || (rule.ext && !rule.ext.includes(path.extname(file)))) continue;
      for (const { target, line } of importsOf(file, text)) {
        if (rule.forbidden.some((f) => target.startsWith(f) || `${target}/` === f)) out.push(`${file}:${line} imports ${target}: ${rule.why}`);
      }
    }
  }
  return out;
}

describe('layering', () => {
  const files = Object.fromEntries(filesUnder('src').map((f) => [f, fs.readFileSync(f, 'utf8')]));

  it('finds the imports of the source files (the check reads something)', () => {
    const imports = Object.entries(files).flatMap(([f, t]) => importsOf(f, t));
    expect(imports.length).toBeGreaterThan(100);
    expect(importsOf('src/scrolly/controller.ts', files['src/scrolly/controller.ts']!).map((i) => i.target)).toContain('src/graphic-state');
  });

  it('no source file imports across a forbidden layer', () => {
    expect(violations(files)).toEqual([]);
  });

  it('reports each kind of forbidden import, with file and line', () => {
    const forbidden = {
      'src/i18n/status.ts': "import fs from 'node:fs';\nimport { checkParity } from '../integration/checks';",
      'src/i18n/pseudo-build.ts': "export { build } from '../../e2e/temp-build';",
      'src/scrolly/Scrolly.astro': "---\nimport { graphicComponent } from '../charts/registry';\n---",
      'src/charts/shared/csv.ts': "const m = await import('../../components/source-name');",
      'src/charts/casualties/Casualties.astro': "import SourceName from '../../components/SourceName.astro';",
      'src/site-content/site-data.ts': "import { MANIFESTS } from '../charts/manifest';",
    };
    expect(violations(forbidden).map((v) => v.split(' imports ')[0])).toEqual(['src/i18n/status.ts:2', 'src/i18n/pseudo-build.ts:1', 'src/scrolly/Scrolly.astro:2', 'src/charts/shared/csv.ts:1', 'src/site-content/site-data.ts:1']);
  });
});
