/**
 * Which step is active, from geometry alone.
 *
 * The reading line is a horizontal line at a fixed share of the viewport's height. The active
 * step is the last one whose top edge has passed above the line; before the first step has
 * reached it, the first step is active. Deriving the step from the current layout, rather than
 * from enter/exit events, means a jump, a fast fling, a reload mid-page or a resize can never
 * leave a stale step active: every recomputation starts from scratch.
 */
export interface StepBox {
  top: number;
  bottom: number;
}

export function pickStep(steps: readonly StepBox[], readingLine: number): number {
  if (steps.length === 0) return -1;
  let active = 0;
  steps.forEach((box, index) => {
    if (box.top <= readingLine) active = index;
  });
  return active;
}

/** The reading line sits a little below the middle on phones, where cards scroll over the graphic. */
export function readingLine(viewportHeight: number, viewportWidth: number): number {
  return viewportHeight * (viewportWidth < 800 ? 0.6 : 0.5);
}
