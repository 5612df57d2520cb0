/**
 * The dev server's live preview: every save in content/ reaches the open page by itself.
 *
 * Astro's loaders watch content/ too, but the page must reload only once the server can render
 * the change: a reload sent at once renders the old data, and the loaders' own reload (when
 * their store is written) is lost while that first reload is still on its way, or never comes
 * when the store ends as it was (a mistake undone). So each save is handled here, one at a time:
 *
 * 1. a mistake shows as the error overlay, with the file and the fix;
 * 2. a locale added or removed (content/locales/<tag>.json + content/article/<tag>.mdx) restarts
 *    the server, because Astro's i18n config lists the locales (astro.config.mjs discovers them
 *    when it loads); the browser reconnects and reloads by itself;
 * 3. otherwise the content layer re-reads content/, and the page reloads once: by Astro when the
 *    content layer's store is written, or from here when the store stayed as it was;
 * 4. a page that was on its way while a save became ready (a second save soon after the first)
 *    reloads again when it connects, and one that connects while a mistake stands gets the overlay.
 */
import path from 'node:path';
import type { HookParameters } from 'astro';
import { discoverLocales, LocaleRegistryError } from '../i18n/registry';

/** The content layer's module in Vite's graph: what a page reads its collections from. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where the dev server's content layer writes its store; Astro reloads the page when it changes. */
const DATA_STORE_FILE = '.astro/data-store.json';
/** The store is written 500 ms after its last change (Astro's debounce); a little more to be sure. */
const STORE_WRITE_WAIT_MS = 700;

type ServerSetup = HookParameters<'astro:server:setup'>;

/** `check` runs every content check and returns the error to show, if any. */
export function startLivePreview({ server, logger, refreshContent }: ServerSetup, check: () => Error | undefined): void {
  const root = server.config.root;
  const content = path.join(root, 'content');
  const storeFile = path.join(root, DATA_STORE_FILE);
  let storeWritten = 0;
  /** when the server last became able to render a change, and when a page was last requested */
  let changeReady = 0;
  let pageRequested = 0;
  const localeTags = () => discoverLocales(content).map((l) => l.tag).join(' ');
  let tags = safely(localeTags);

  let shownError: string | undefined;
  const sendError = (message: string) => server.hot.send({ type: 'error', err: { message, stack: '', plugin: 'explainer' } });
  const showError = (message: string) => {
    logger.error(message);
    shownError = message;
    sendError(message);
  };
  const contentRead = async () => {
    await refreshContent?.({});
    const store = server.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (store) server.moduleGraph.invalidateModule(store);
  };

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
    // Written to disk first, so that the restarted server's first page has the new locale's entries.
    await contentRead();
    if (now !== tags) {
      logger.info(`Locales are now: ${now}.`);
      tags = now;
      await server.restart();
      return;
    }
    changeReady = Date.now();
    await new Promise((resolve) => setTimeout(resolve, STORE_WRITE_WAIT_MS));
    if (storeWritten < started) server.hot.send({ type: 'full-reload', path: '*' });
  };

  // Saves that arrive while one is handled are handled together once it is done.
  let running: Promise<void> | undefined;
  let again = false;
  const onChange = (file: string) => {
    if (file === storeFile) storeWritten = changeReady = Date.now();
    if (!file.startsWith(content + path.sep)) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
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

function safely(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}
