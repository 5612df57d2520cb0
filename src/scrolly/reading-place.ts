/**
 * Keeps the reader's place across a reload or a return to the page. The browser would restore a
 * scroll offset, but the parts of the article far from the screen have only estimated sizes
 * until they come near (content-visibility in global.css), so the same offset lands elsewhere.
 * The place is kept instead as an element and where its top was on the screen: a step (the
 * finest part of a scrolly block) or one of the article's parts, by its index.
 */
interface ReadingPlace {
  step?: string;
  part?: number;
  top: number;
}

const PARTS = '.article-body > *';

function currentPlace(): ReadingPlace | null {
  const parts = [...document.querySelectorAll<HTMLElement>(PARTS)];
  const index = parts.findIndex((part) => part.getBoundingClientRect().bottom > 0);
  const part = parts[index];
  if (!part) return null;
  const step = [...part.querySelectorAll<HTMLElement>('[data-step]')].find((s) => s.getBoundingClientRect().bottom > 0);
  return step ? { step: step.id, top: step.getBoundingClientRect().top } : { part: index, top: part.getBoundingClientRect().top };
}

function isPlace(value: unknown): value is ReadingPlace {
  const place = value as ReadingPlace | null;
  return typeof place?.top === 'number' && (typeof place.step === 'string' || typeof place.part === 'number');
}

/** Sent on the document by the scroll controller after it has laid blocks out. */
export const LAID_OUT_EVENT = 'scrolly:laid-out';

const KEY = `reading-place:${typeof location === 'undefined' ? '' : location.pathname}`;

/** The place a page of this path kept, or null for a value this page did not write. */
function parsePlace(stored: string | null): ReadingPlace | null {
  try {
    const place: unknown = JSON.parse(stored ?? 'null');
    return isPlace(place) ? place : null;
  } catch {
    return null;
  }
}

/**
 * On a reload or a step back or forward in history, returns to the place the reader left; keeps
 * the place when the reader leaves. In the tab's session storage: a history entry's state written
 * while the page is being left does not survive a reload.
 */
export function keepReadingPlace(): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!('scrollRestoration' in history) || !navigation) return;
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch {
    // no storage (a privacy setting): the browser restores the offset as it can
    return;
  }
  history.scrollRestoration = 'manual';
  if (navigation.type === 'reload' || navigation.type === 'back_forward') {
    const kept = parsePlace(stored);
    const element = kept && (kept.step ? document.getElementById(kept.step) : document.querySelectorAll<HTMLElement>(PARTS)[kept.part!]);
    if (kept && element) {
      // again each time the scroll controller lays blocks out, as that changes their heights, until
      // the reader moves the page
      const align = () => window.scrollBy(0, element.getBoundingClientRect().top - kept.top);
      // scrolled to first: that gives the part holding it its real size, where an offset alone
      // would land by the estimated sizes of the parts in between
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      align();
      document.addEventListener(LAID_OUT_EVENT, align);
      const stop = () => document.removeEventListener(LAID_OUT_EVENT, align);
      for (const input of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(input, stop, { once: true, passive: true });
    }
  }
  window.addEventListener('pagehide', () => sessionStorage.setItem(KEY, JSON.stringify(window.scrollY > 0 ? currentPlace() : null)));
}
