/**
 * The stacked layout's copies: where a sticky graphic cannot work (src/scrolly/fit.ts), every step
 * shows its own copy of the graphic, in that step's state, above its text. A copy is for the eye
 * only (aria-hidden): the page's one graphic, its title and its state descriptions stay in the
 * accessibility tree and follow the active step as before. A copy is marked data-copy-of, not
 * data-graphic, so that the DOM contract still finds one graphic per block; it carries no ids, so
 * the page's ids stay unique, and references such as a map's hatch pattern resolve to the
 * original's.
 */
import { announceGraphicAdded } from '../graphic-state';

export function addStepCopies(graphic: HTMLElement, steps: readonly HTMLElement[]): void {
  for (const step of steps) {
    const state = step.dataset.state;
    if (!state || step.querySelector(':scope > .step-graphic')) continue;
    const copy = graphic.cloneNode(true) as HTMLElement;
    for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
    copy.removeAttribute('aria-labelledby');
    copy.removeAttribute('aria-describedby');
    copy.dataset.copyOf = graphic.dataset.graphic;
    delete copy.dataset.graphic;
    copy.dataset.state = state;
    const holder = document.createElement('div');
    holder.className = 'step-graphic';
    holder.setAttribute('aria-hidden', 'true');
    holder.append(copy);
    step.prepend(holder);
    announceGraphicAdded(copy);
  }
}
