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

/**
 * The reading line: the middle of the screen where the steps run beside the graphic or carry
 * their own copies; where the sticky graphic sits above the text (narrow screens) and covers the
 * screen down to `coveredTo`, a quarter of the way down the band below it, so that a card becomes
 * current while all of it is still clear of the graphic, and stays in view while it is current.
 */
export function readingLine(viewportHeight: number, coveredTo = 0): number {
  if (coveredTo <= 0) return viewportHeight / 2;
  return coveredTo + (viewportHeight - coveredTo) / 4;
}
