/**
 * Loads content/locales/<tag>.json as one entry per locale (files starting with _ are metadata
 * for translators) and reloads them when a file there changes, so that the dev server shows a
 * translator's edit at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';

export function localeFiles(dir: string): Loader {
  return {
    name: 'locale-files',
    load: async ({ store, parseData, watcher, logger }) => {
      const absolute = path.resolve(dir);
      const sync = async () => {
        store.clear();
        for (const name of fs.readdirSync(absolute).filter((n) => n.endsWith('.json') && !n.startsWith('_'))) {
          const id = name.slice(0, -'.json'.length);
          const data = await parseData({ id, data: JSON.parse(fs.readFileSync(path.join(absolute, name), 'utf8')) });
          store.set({ id, data });
        }
      };
      await sync();
      watcher?.add(absolute);
      const reload = (file: string) => {
        if (!file.startsWith(absolute)) return;
        logger.info(`Reloading ${path.relative(process.cwd(), file)}`);
        sync().catch((e: unknown) => logger.error(String(e)));
      };
      watcher?.on('change', reload);
      watcher?.on('add', reload);
      watcher?.on('unlink', reload);
    },
  };
}
