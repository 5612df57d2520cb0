import { describe, expect, it } from 'vitest';
import { esc, jsonIsland, svg } from './markup';

const payload = 'x"><script>window.__pwned=1</script><g a=\'';

describe('svg`…`', () => {
  it('escapes every interpolated string, in attributes and in text', () => {
    const out = svg`<text data-key="${payload}">${payload}</text>`.html;
    expect(out).not.toContain('<script');
    expect(out).toBe(`<text data-key="${esc(payload)}">${esc(payload)}</text>`);
  });

  it('keeps markup it built itself, and escapes strings inside arrays', () => {
    const inner = svg`<tspan>${'a<b'}</tspan>`;
    expect(svg`<text>${inner}${[inner, '<i>']}</text>`.html).toBe('<text><tspan>a&lt;b</tspan><tspan>a&lt;b</tspan>&lt;i&gt;</text>');
  });

  it('writes numbers as they are and leaves out undefined, null and false', () => {
    expect(svg`<rect x="${-1.5}"${undefined}${null}${false}/>`.html).toBe('<rect x="-1.5"/>');
  });
});

describe('jsonIsland', () => {
  it('cannot close the script element it stands in, and reads back as the same value', () => {
    const value = { title: '</script><script>window.__pwned=1</script><!-- & \u2028\u2029' };
    const island = jsonIsland(value);
    expect(island).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(island)).toEqual(value);
  });
});
