/**
 * The Content-Security-Policy of every built page, as a <meta> tag computed from the page
 * itself: scripts and styles only from this site or inline with the exact hash of their text, so
 * that markup slipped in through content (a <script>, an onload attribute, a style attribute)
 * does not run even if an escape is ever missed. No 'unsafe-inline' for scripts or styles.
 * Directives a <meta> tag cannot carry (frame-ancestors) are for the host: README, Deploy.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** Script types the browser runs; others (application/json, application/ld+json) are data. */
const RUNS = /^(?:|module|text\/javascript|application\/javascript)$/i;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function scriptType(attributes: string): string {
  return /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
}

/** The policy for one page: the hashes of its inline scripts and styles, everything else 'self'. */
export function policyFor(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes) && RUNS.test(scriptType(attributes)))
    .map(([, , body = '']) => hash(body));
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body = '']) => hash(body));
  return [
    "default-src 'none'",
    ["script-src 'self'", ...new Set(scripts)].join(' '),
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
