/** On the 404 page, the section of the locale in the missing address (or the remembered one) comes first. */
import { PREFERENCE_KEY } from './preference';

export function putReadersLocaleFirst(): void {
  const fromPath = location.pathname.split('/')[1] ?? '';
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(PREFERENCE_KEY);
  } catch {
    remembered = null;
  }
  for (const tag of [remembered, fromPath]) {
    const section = document.querySelector<HTMLElement>(`[data-notfound="${CSS.escape(tag ?? '')}"]`);
    if (section) section.parentElement?.prepend(section);
  }
}
