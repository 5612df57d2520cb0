import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, withCsp } from './csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('policyFor', () => {
  it('allows scripts only from the site, never inline, whatever the page holds', () => {
    const policy = policyFor('<head></head><body><script>window.__pwned=1</script></body>');
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('sha256');
    expect(policy).not.toContain('unsafe-inline');
  });

  it('allows the inline styles of the head by their hash, and no style that stands in the body', () => {
    const policy = policyFor('<head><style>p{color:red}</style></head><body><style>body{display:none}</style></body>');
    expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')};`);
    expect(policy).not.toContain(sha('body{display:none}'));
  });
});

describe('inlineScripts', () => {
  it('finds no script in an attribute value or a comment, where the browser sees none', () => {
    expect(inlineScripts('<meta content="</script><script>x()</script>"><!-- <script>y()</script> --><p title="<script>z()</script>">a</p>')).toEqual([]);
  });

  it('finds the scripts a browser would run inline, not data islands or scripts from a file', () => {
    const html = '<script>go()</script><script type="module">m()</script><script type="application/json">{}</script><script type="application/ld+json">{}</script><script src="/a.js"></script>';
    expect(inlineScripts(html)).toEqual(['go()', 'm()']);
  });
});

describe('withCsp', () => {
  it('puts the policy right after <meta charset>, before the scripts and styles it governs', () => {
    const html = withCsp('<html><head><meta charset="utf-8"><style>a{}</style></head></html>');
    expect(html).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]+"><style>/);
  });
});
