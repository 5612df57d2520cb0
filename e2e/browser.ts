/**
 * Which Chromium the tests drive: CHROMIUM_PATH if set, else a system Chromium where one is
 * installed (Debian's package here), else Playwright's own download (undefined).
 */
import fs from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return candidates.find((p) => fs.existsSync(p));
}

/** Flags for a headless Chromium in a container, often as root, with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
