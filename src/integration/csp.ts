/**
 * The Content-Security-Policy of every built page, as a <meta> tag. Scripts only from this site,
 * never inline: a policy that hashed the inline scripts of the finished page would also allow a
 * script that content had slipped into it, so the site has none (the root page's redirect is a
 * file of its own) and the build refuses a page that has one. Styles from the site, or inline in
 * the <head>, where Astro puts its stylesheets and content never goes, by the hash of their text.
 * No 'unsafe-inline'. Directives a <meta> tag cannot carry (frame-ancestors) are the host's:
 * README, Deploy.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Script types the browser runs; others (application/json, application/ld+json) are data. */
const RUNS = /^(?:|module|text\/javascript|application\/javascript)$/i;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const textOf = (element: Element) => element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * A page's tree, as the browser parses it. The build asks for a page's scripts and then for its
 * styles: the last page is kept, so that each is parsed once (parsing is most of this module's time).
 */
let lastParsed: { html: string; tree: Root } | undefined;
function parsed(html: string): Root {
  if (lastParsed?.html !== html) lastParsed = { html, tree: fromHtml(html) };
  return lastParsed.tree;
}

/** Elements of a page as the browser parses it: text in an attribute or a comment is no element. */
function elements(html: string, name: string, within?: 'head'): Element[] {
  const tree = parsed(html);
  const found: Element[] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (within === 'head' && node.tagName === 'body') return 'skip';
    if (node.tagName === name && (within !== 'head' || (parent?.type === 'element' && parent.tagName === 'head'))) found.push(node);
    return undefined;
  });
  return found;
}

/** The inline scripts a browser would run: none may be in a page, for the policy allows none. */
export function inlineScripts(html: string): string[] {
  return elements(html, 'script')
    .filter((s) => s.properties.src === undefined && RUNS.test(String(s.properties.type ?? '')))
    .map(textOf);
}

/** The policy for one page: everything from the site, inline styles of its <head> by their hash. */
export function policyFor(html: string): string {
  const styles = elements(html, 'style', 'head').map((s) => hash(textOf(s)));
  return [
    "default-src 'none'",
    "script-src 'self'",
    ["style-src 'self'", ...new Set(styles)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset>, before anything it governs. */
export function withCsp(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/i, `<head>${tag}`);
}
