/**
 * Parts of a graphic that belong to one state (its description, a key-figures panel) carry
 * data-for-state; only the current state's parts are shown.
 */
import { GRAPHIC_ROOT, onGraphicState, startEach } from '../../graphic-state';

export function showCurrentStateParts(): void {
  startEach(GRAPHIC_ROOT, (root) => {
    const parts = [...root.querySelectorAll<HTMLElement>('[data-for-state]')];
    onGraphicState(root, ({ state }) => {
      for (const part of parts) part.hidden = part.dataset.forState !== state;
    });
  });
}
