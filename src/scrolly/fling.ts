/**
 * Tells a fling from reading, frame by frame, so that a graphic goes straight to the state where
 * the reader lands instead of starting the transitions of every state the scroll passes.
 *
 * A frame is fast when the page moved more than a screen and a half since the last frame, or
 * faster than a screen in a third of a second. A fling also slows down before it stops, and its
 * last, slower frames may still pass a step: they count as the same fling, for FLING_TAIL_MS
 * after its last fast frame, and always the one frame that follows a fast one, however long that
 * frame took (on a slow phone, one frame can be longer than the tail). Judged by speed alone, the
 * state the reader lands on faded in whenever the last step was passed in a slow frame.
 */
export const FLING_TAIL_MS = 300;

/** A pause between two frames this long means the page was at rest: what follows is new scrolling. */
export const REST_MS = 1000;

export interface ScrollSample {
  /** the page's scroll position, in CSS px */
  y: number;
  /** when it was read, in ms */
  time: number;
  /** the screen's height, in CSS px */
  screenHeight: number;
}

/** A judge of the frames of one page's scrolling, from where it starts: true for a frame of a fling. */
export function flingJudge(start: Pick<ScrollSample, 'y' | 'time'>): (sample: ScrollSample) => boolean {
  let last = start;
  let lastFast = false;
  let lastFastAt = Number.NEGATIVE_INFINITY;
  return ({ y, time, screenHeight }) => {
    const moved = Math.abs(y - last.y);
    const frame = time - last.time;
    const fast = moved > screenHeight * 1.5 || moved / Math.max(frame, 1) > screenHeight / 300;
    const tail = time - lastFastAt <= FLING_TAIL_MS || (lastFast && frame < REST_MS);
    last = { y, time };
    lastFast = fast;
    if (fast) lastFastAt = time;
    return fast || tail;
  };
}
