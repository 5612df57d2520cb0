import { expect, test } from '@playwright/test';
import { locales } from './helpers';
import { pageSizes } from './sizes';

const KB = 1024;
const MAPS = ['troops', 'nordstream'];

for (const locale of locales) {
  test(`${locale.tag}: JavaScript ≤ 25 KB and HTML ≤ 70 KB gzipped, each map ≤ 15 KB of it`, async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the files are the same for every viewport');
    const sizes = pageSizes('dist', `${locale.tag}/index.html`);
    testInfo.annotations.push({ type: 'sizes', description: JSON.stringify(sizes) });
    expect(sizes.scripts.length).toBeGreaterThan(0);
    expect(sizes.jsGzip).toBeLessThanOrEqual(25 * KB);
    expect(sizes.htmlGzip).toBeLessThanOrEqual(70 * KB);
    for (const map of MAPS.filter((m) => m in sizes.graphics)) expect(sizes.graphics[map], map).toBeLessThanOrEqual(15 * KB);
  });
}
