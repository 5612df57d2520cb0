// A minimal static server for the built site (dist/), for the end-to-end tests and the bench: it
// serves /404.html with status 404 for missing paths and gzips text, as a static host does (so
// that Lighthouse and the transfer figures see what a reader downloads). One process, so that
// Playwright stops it cleanly.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.csv': 'text/csv; charset=utf-8', '.woff2': 'font/woff2' };

http
  .createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let file = path.join(root, pathname);
    // inside root, not merely starting with its name: /dist-other/ must not pass for /dist/
    const inside = path.relative(root, file);
    if (inside.startsWith('..') || path.isAbsolute(inside) || pathname.includes('\0')) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      return fs.createReadStream(path.join(root, '404.html')).pipe(res);
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const compress = /^(text|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(compress ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = fs.createReadStream(file);
    (compress ? body.pipe(zlib.createGzip()) : body).pipe(res);
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
