import { describe, expect, it } from 'vitest';
import { markFallback, resolveFallbackMarks, resolvePageFallbacks } from './fallback-marks';

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

  it('isolates the fallback in its own direction in a right-to-left page, in HTML and in SVG text', () => {
    const html = `<p>${de('164 Tote')}</p><svg><text><tspan x="0">${de('(rund 100\'000)')}</tspan></text></svg>`;
    expect(resolveFallbackMarks(html, 'de-CH', 'ltr')).toBe(
      '<p><span lang="de-CH" dir="ltr">164 Tote</span></p><svg><text><tspan x="0"><tspan lang="de-CH" direction="ltr" unicode-bidi="isolate">(rund 100\'000)</tspan></tspan></text></svg>',
    );
  });

  it('isolates fallbacks only in a page that runs the other way than the default locale', () => {
    const body = `<body><p>${de('164 Tote')}</p></body></html>`;
    const german = { lang: 'de-CH', dir: 'ltr' as const };
    expect(resolvePageFallbacks(`<html lang="he" dir="rtl">${body}`, german)).toContain('<span lang="de-CH" dir="ltr">164 Tote</span>');
    expect(resolvePageFallbacks(`<html lang="fr" dir="ltr">${body}`, german)).toContain('<span lang="de-CH">164 Tote</span>');
  });
});
