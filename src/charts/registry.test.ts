/**
 * The registry and the manifests name every graphic that has code of its own: a graphic folder
 * whose component is not registered would silently be drawn by the key-figures panel, and one
 * without a manifest would have its places and ranges go unchecked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from './manifest';

const folders = fs
  .readdirSync('src/charts', { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'shared' && e.name !== 'keyfigures')
  .map((e) => e.name);
const registry = fs.readFileSync('src/charts/registry.ts', 'utf8');

describe('graphic folders', () => {
  it('are found (the test reads something)', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s: its component is registered and its manifest collected', (name) => {
    const components = fs.readdirSync(path.join('src/charts', name)).filter((f) => /^[A-Z]\w*\.astro$/.test(f) && !/Tables\.astro$/.test(f));
    expect(components, `src/charts/${name} has no component`).not.toHaveLength(0);
    for (const component of components) expect(registry, `src/charts/registry.ts does not import ./${name}/${component}`).toContain(`'./${name}/${component}'`);
    expect(registry).toMatch(new RegExp(`\\n\\s+'?${name}'?: \\w+,`));
    expect(Object.keys(MANIFESTS), `src/charts/manifest.ts does not collect ./${name}/manifest.ts`).toContain(name);
  });
});
