/**
 * A reader's explicit choice of language, remembered for the root page's redirect. The root
 * page's script (public/choose-locale.js) reads the same key, which the page hands it; it is the
 * only state the site keeps.
 */
export const PREFERENCE_KEY = 'explainer-locale';

export function rememberLocaleOnClick(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-remember-locale]');
    if (!link) return;
    try {
      localStorage.setItem(PREFERENCE_KEY, link.dataset.rememberLocale ?? '');
    } catch {
      // Storage may be off (private mode); the link still works.
    }
  });
}
