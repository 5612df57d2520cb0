import { describe, expect, it } from 'vitest';
import { markFallback, resolveFallbackMarks } from './fallback-marks';

const de = (text: string) => markFallback(text);

describe('resolveFallbackMarks', () => {
  it('wraps fallback text in a span with the default language', () => {
    expect(resolveFallbackMarks(`<h2>${de('Was danach geschah')}</h2>`, 'de-CH')).toBe('<h2><span lang="de-CH">Was danach geschah</span></h2>');
  });

  it('uses tspan inside SVG text, and one per line when a string is wrapped into several', () => {
    const html = `<svg><text><tspan x="0">${'\uE000'}rund 100'000</tspan><tspan x="0" dy="18">Soldaten${'\uE001'}</tspan></text></svg>`;
    expect(resolveFallbackMarks(html, 'de-CH')).toBe(
      '<svg><text><tspan x="0"><tspan lang="de-CH">rund 100\'000</tspan></tspan><tspan x="0" dy="18"><tspan lang="de-CH">Soldaten</tspan></tspan></text></svg>',
    );
  });

  it('drops the marks where markup cannot go: attributes, scripts, titles', () => {
    const html = `<title>${de('Genf')}</title><nav aria-label="${de('Sprache')}"></nav><script type="application/json">{"l":"${de('Kiew')}"}</script>`;
    expect(resolveFallbackMarks(html, 'de-CH')).toBe('<title>Genf</title><nav aria-label="Sprache"></nav><script type="application/json">{"l":"Kiew"}</script>');
  });

  it('nests a fallback inside another and leaves a page without marks as it is', () => {
    expect(resolveFallbackMarks(`<p>${de(`mehr als ${de('2200')}`)}</p>`, 'de-CH')).toBe('<p><span lang="de-CH">mehr als <span lang="de-CH">2200</span></span></p>');
    const page = '<!doctype html><html lang="fr"><body><p>Bonjour</p></body></html>';
    expect(resolveFallbackMarks(page, 'de-CH')).toBe(page);
  });
});
