/**
 * Byte sizes of an article page as a first visit transfers it: the HTML, and the JavaScript it
 * loads (its module scripts and every chunk they import), raw and gzipped. Sizes are
 * deterministic, so the tests hold them to the bars; the benchmark reports them.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzipSize = (text: string | Buffer) => zlib.gzipSync(text, { level: 9 }).length;

export function scriptsOf(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = fs.readFileSync(path.join(dist, url), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(url), m[1]!));
  }
  return [...seen];
}

export interface PageSizes {
  htmlGzip: number;
  jsRaw: number;
  jsGzip: number;
  scripts: string[];
  /** gzip size of each graphic's root element (its SVG, labels and inline JSON) */
  graphics: Record<string, number>;
}

export function pageSizes(dist: string, page: string): PageSizes {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const scripts = scriptsOf(dist, html);
  const js = scripts.map((s) => fs.readFileSync(path.join(dist, s)));
  const graphics: Record<string, number> = {};
  for (const m of html.matchAll(/<figure[^>]*data-graphic="([^"]+)"[\s\S]*?<\/figure>/g)) graphics[m[1]!] = gzipSize(m[0]);
  return {
    htmlGzip: gzipSize(html),
    jsRaw: js.reduce((sum, b) => sum + b.length, 0),
    jsGzip: gzipSize(Buffer.concat(js)),
    scripts,
    graphics,
  };
}
