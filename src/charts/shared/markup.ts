/**
 * SVG and HTML built from strings at build time. Content files are untrusted input: a label, a
 * key made from an entry id or a language tag may hold `"`, `<` or `&`. So markup is written only
 * through the `svg` template, which escapes every interpolated value unless it is markup that
 * the template built itself. Forgetting to escape is then impossible, not just unlikely.
 */

/** Markup whose text parts are already escaped. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = Markup | string | number | boolean | null | undefined;

/** Text for an attribute value or element content: `&`, `<`, `>`, `"` and `'` as entities. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function part(value: Part | readonly Part[]): string {
  if (Array.isArray(value)) return value.map(part).join('');
  if (value instanceof Markup) return value.html;
  if (value === null || value === undefined || value === false) return '';
  return esc(String(value));
}

/** A tagged template: svg`<text data-key="${key}">${label}</text>` escapes key and label. */
export function svg(strings: TemplateStringsArray, ...values: (Part | readonly Part[])[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]!) : ''), ''));
}

/**
 * JSON for an inline `<script type="application/json">` or `application/ld+json` island. The
 * HTML parser ends a script at `</script` whatever the JSON means, and `<!--` changes how it
 * reads on; U+2028 and U+2029 end a line in older JavaScript. Each becomes a JSON escape, which
 * every JSON reader turns back into the same character.
 */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
