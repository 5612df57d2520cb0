/**
 * Fallback text in a draft locale keeps its own language: the translator wraps every string it
 * takes from the default locale in two private-use characters, and `resolveFallbackMarks` turns
 * them into `lang` attributes once the page is rendered (src/middleware.ts).
 *
 * Why marks and not markup: a string reaches the page through many paths (prose components,
 * SVG labels wrapped into lines, attributes, inline JSON, <title>). Marks pass through all of
 * them untouched, and one pass over the finished HTML knows the context of each: in text they
 * become <span lang> (or <tspan lang> inside SVG text), where markup cannot go (attributes,
 * scripts, titles) they are dropped. A span never crosses a tag: a string wrapped into several
 * SVG lines gets one <tspan lang> per line.
 */
export const FALLBACK_OPEN = '\uE000';
export const FALLBACK_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

export function markFallback(text: string): string {
  return `${FALLBACK_OPEN}${text}${FALLBACK_CLOSE}`;
}

export function stripFallbackMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** Elements whose content is not text a reader sees as such: marks are dropped there. */
const RAW = new Set(['script', 'style', 'title', 'textarea']);

/**
 * `dir`: the fallback language's direction, given where it differs from the page's (German text
 * in a right-to-left draft). The fallback is then isolated in its own direction, so that "164 Tote"
 * does not read "Tote 164" and brackets keep their sides.
 */
export function resolveFallbackMarks(html: string, lang: string, dir?: 'ltr' | 'rtl'): string {
  if (!html.includes(FALLBACK_OPEN)) return html;
  let out = '';
  let raw: string | null = null;
  let svgDepth = 0;
  let textDepth = 0;
  let open = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi;
  let last = 0;

  const text = (segment: string) => {
    if (!segment) return;
    if (raw || (svgDepth > 0 && textDepth === 0)) {
      out += stripFallbackMarks(segment);
      return;
    }
    if (!/\S/.test(segment)) {
      out += segment;
      return;
    }
    const element = textDepth > 0 ? 'tspan' : 'span';
    // SVG text has no dir attribute: its tspan takes the direction and the isolation as presentation attributes
    const isolation = !dir ? '' : element === 'span' ? ` dir="${dir}"` : ` direction="${dir}" unicode-bidi="isolate"`;
    const start = `<${element} lang="${lang}"${isolation}>`;
    const end = `</${element}>`;
    out += start.repeat(open);
    for (const ch of segment) {
      if (ch === FALLBACK_OPEN) {
        open++;
        out += start;
      } else if (ch === FALLBACK_CLOSE) {
        if (open > 0) {
          open--;
          out += end;
        }
      } else out += ch;
    }
    out += end.repeat(open);
  };

  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    text(html.slice(last, m.index));
    last = tag.lastIndex;
    out += stripFallbackMarks(m[0]);
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (raw) {
      if (closing && name === raw) raw = null;
      continue;
    }
    if (!closing && !selfClosing && RAW.has(name)) raw = name;
    if (name === 'svg' && !selfClosing) svgDepth += closing ? -1 : 1;
    if (name === 'text' && svgDepth > 0 && !selfClosing) textDepth += closing ? -1 : 1;
  }
  text(html.slice(last));
  return out;
}

/** A rendered page's fallbacks resolved: isolated in the default locale's direction where the page runs the other way. */
export function resolvePageFallbacks(html: string, defaultLocale: { lang: string; dir: 'ltr' | 'rtl' }): string {
  const pageDir = /<html[^>]*\sdir="rtl"/.test(html) ? 'rtl' : 'ltr';
  return resolveFallbackMarks(html, defaultLocale.lang, defaultLocale.dir === pageDir ? undefined : defaultLocale.dir);
}
