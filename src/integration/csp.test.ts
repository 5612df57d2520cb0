import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withCsp } from './csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('policyFor', () => {
  it('allows an inline script and style only by the hash of their exact text, never unsafe-inline', () => {
    const policy = policyFor('<style>p{color:red}</style><script>go()</script><script type="module" src="/a.js"></script>');
    expect(policy).toContain(`script-src 'self' ${sha('go()')}`);
    expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('does not hash data islands, which the browser never runs', () => {
    const policy = policyFor('<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>');
    expect(policy).toMatch(/script-src 'self'; /);
  });
});

describe('withCsp', () => {
  it('puts the policy right after <meta charset>, before the scripts and styles it governs', () => {
    const html = withCsp('<html><head><meta charset="utf-8"><style>a{}</style></head></html>');
    expect(html).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]+"><style>/);
  });
});
