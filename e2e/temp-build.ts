/**
 * Builds a copy of the project in a temporary folder, after a change to its files: how the tests
 * see what an editor's or a translator's change does, without touching the working tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

export interface TempBuild {
  dir: string;
  ok: boolean;
  output: string;
  read: (file: string) => string;
}

export function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-'));
  for (const name of PROJECT_FILES) fs.cpSync(path.resolve(name), path.join(dir, name), { recursive: true });
  linkPackages(dir);
  return dir;
}

/**
 * Astro and Vite keep their caches in node_modules (.astro holds the content data store). A copy
 * that linked the whole folder would share them with the project and with copies built at the same
 * time, and a build could read another copy's entries ("Entry article → en-XA was not found").
 * So the copy links each package and keeps its caches to itself.
 */
function linkPackages(dir: string): void {
  const packages = path.join(dir, 'node_modules');
  fs.mkdirSync(packages);
  for (const name of fs.readdirSync(path.resolve('node_modules'))) {
    if (CACHES.has(name)) continue;
    fs.symlinkSync(path.resolve('node_modules', name), path.join(packages, name));
  }
}

const CACHES = new Set(['.astro', '.vite', '.cache']);

export function editJson(dir: string, file: string, change: (json: Record<string, any>) => void): void {
  const full = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  change(json);
  fs.writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
}

export function editText(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  fs.writeFileSync(full, after);
}

export function build(dir: string): TempBuild {
  const result = spawnSync(path.join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  return {
    dir,
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
    read: (file) => fs.readFileSync(path.join(dir, 'dist', file), 'utf8'),
  };
}

/**
 * Serves a built site (e2e/serve.mjs, as a static host would) on a port of this process's own;
 * `offset` keeps two servers of one process apart. Stop it with stop().
 */
export async function serveStatic(dist: string, offset = 0): Promise<{ url: string; stop: () => void }> {
  const port = 20000 + ((process.pid + 101 + offset) % 30000);
  const server = spawn(process.execPath, [path.resolve('e2e/serve.mjs'), dist, String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop: () => server.kill() };
}

/** Removes a copy made by copyProject, once its test is done; nothing outside those copies. */
export function removeProject(dir: string): void {
  if (path.dirname(dir) !== os.tmpdir() || !path.basename(dir).startsWith('explainer-')) throw new Error(`removeProject: ${dir} is not a copy made by copyProject`);
  fs.rmSync(dir, { recursive: true, force: true });
}
