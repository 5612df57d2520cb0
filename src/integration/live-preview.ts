/**
 * The dev server's live preview: every save in content/ reaches the open page by itself.
 *
 * Astro's loaders watch content/ and write the content store when a collection's file changes;
 * Astro reloads the page when the store is written. A full re-read from here (refreshContent)
 * cannot be relied on: every save of a .json or .mdx file makes Astro reload its content config,
 * and a refresh asked for while that reload runs is skipped ("Content config not loaded"), which
 * on a busy machine left the store, and the page, on the text before the save. So each save is
 * handled here, one at a time, and only waits for the loaders:
 *
 * 1. a mistake shows as the error overlay, with the file and the fix;
 * 2. a locale added or removed (content/locales/<tag>.json + content/article/<tag>.mdx) restarts
 *    the server once the loaders have stored its files, because Astro's i18n config lists the
 *    locales (astro.config.mjs discovers them when it loads); the browser reconnects and reloads;
 * 3. otherwise the page reloads once: by Astro when the loaders write the store, or from here
 *    when the store stayed as it was (a mistake undone);
 * 4. a page that was on its way while a save became ready (a second save soon after the first)
 *    reloads again when it connects, and one that connects while a mistake stands gets the overlay.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HookParameters } from 'astro';
import { discoverLocales, LocaleRegistryError } from '../i18n/registry';

/** Where the dev server's content layer writes its store; Astro reloads the page when it changes. */
const DATA_STORE_FILE = '.astro/data-store.json';
/**
 * The store is written 500 ms after its last change (Astro's debounce); a busy machine takes
 * longer. A save that leaves the store as it was is not written at all, and waits this long.
 */
const STORE_WRITE_WAIT_MS = 2000;

type ServerSetup = HookParameters<'astro:server:setup'>;

/** `check` runs every content check and returns the error to show, if any. */
export function startLivePreview({ server, logger }: ServerSetup, check: () => Error | undefined): void {
  const root = server.config.root;
  const content = path.join(root, 'content');
  const storeFile = path.join(root, DATA_STORE_FILE);
  let storeWritten = 0;
  /** when the server last became able to render a change, and when a page was last requested */
  let changeReady = 0;
  let pageRequested = 0;
  const localeTags = () => discoverLocales(content).map((l) => l.tag).join(' ');
  let tags = safely(localeTags, '');

  let shownError: string | undefined;
  const sendError = (message: string) => server.hot.send({ type: 'error', err: { message, stack: '', plugin: 'explainer' } });
  const showError = (message: string) => {
    logger.error(message);
    shownError = message;
    sendError(message);
  };
  /**
   * Resolves once the loaders write the store after `since`, or after STORE_WRITE_WAIT_MS. Saves
   * are handled one at a time, so one handling waits at most.
   */
  let onStoreWritten: (() => void) | undefined;
  const storeWrittenSince = (since: number) =>
    new Promise<boolean>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        onStoreWritten = undefined;
        resolve(storeWritten >= since);
      };
      const timer = setTimeout(done, STORE_WRITE_WAIT_MS);
      onStoreWritten = done;
      if (storeWritten >= since) done();
    });

  const handle = async () => {
    const started = Date.now();
    let now: string;
    try {
      now = localeTags();
    } catch (e) {
      if (!(e instanceof LocaleRegistryError)) throw e;
      return showError(e.message);
    }
    const error = check();
    if (error) return showError(error.message);
    shownError = undefined;
    // Stored first, so that the restarted server's first page has the new locale's entries.
    const written = await storeWrittenSince(started);
    if (now !== tags) {
      logger.info(`Locales are now: ${now}.`);
      tags = now;
      await server.restart();
      return;
    }
    if (written) return;
    changeReady = Date.now();
    server.hot.send({ type: 'full-reload', path: '*' });
  };

  // Saves that arrive while one is handled are handled together once it is done. One save often
  // comes as two file events: a file that holds what it held when it was last handled is not
  // handled again, which would reload the page a second time.
  let running: Promise<void> | undefined;
  let again = false;
  const changedFiles = new Set<string>();
  const handledText = new Map<string, string | undefined>();
  const changedSinceHandled = () => {
    const files = [...changedFiles];
    changedFiles.clear();
    return files.filter((file) => {
      const text = safely(() => fs.readFileSync(file, 'utf8'), undefined);
      const changed = !handledText.has(file) || handledText.get(file) !== text;
      handledText.set(file, text);
      return changed;
    });
  };
  const onChange = (file: string) => {
    if (file === storeFile) {
      storeWritten = changeReady = Date.now();
      onStoreWritten?.();
    }
    if (!file.startsWith(content + path.sep)) return;
    changedFiles.add(file);
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        if (!changedSinceHandled().length) continue;
        await handle().catch((e: unknown) => showError(e instanceof Error ? e.message : String(e)));
      } while (again);
      running = undefined;
    })();
  };
  // A reload sent while a page is still loading is lost, and a page requested before a change was
  // ready shows the content before it: such a page is told to reload when it connects. A page
  // that connects while a mistake stands gets the overlay.
  server.middlewares.use((req, _res, next) => {
    if (req.headers.accept?.includes('text/html')) pageRequested = Date.now();
    next();
  });
  server.ws.on('connection', () => {
    if (shownError) sendError(shownError);
    else if (changeReady > pageRequested) server.hot.send({ type: 'full-reload', path: '*' });
  });
  server.watcher.add(content);
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);
}

/** What `read` returns, or `fallback` when it throws (a file being saved, or gone). */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
