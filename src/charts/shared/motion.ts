/**
 * The timing every graphic's change of state shares. A change takes DURATION; the labels of the
 * leaving state go in the first LEAVE of it, and the next state's labels appear only after, so
 * the reader never sees two states' labels at once, nor an old label over new marks.
 */
export const DURATION = 800;
export const LEAVE = DURATION / 4;

/**
 * A label's identity from one state to the next: its key and its words. A label whose words
 * change (a legend going from one person per mark to ten) leaves and enters as a new one,
 * instead of showing its new words while the marks still show the old state.
 */
export function labelIdentity(key: string, lines: readonly string[]): string {
  return `${key}\n${lines.join('\n')}`;
}

/** The identity of a label already in the page (drawn at build time, or by an earlier state). */
export function drawnLabelIdentity(node: Element): string {
  return labelIdentity(node.getAttribute('data-key') ?? '', [...node.querySelectorAll('tspan')].map((t) => t.textContent ?? ''));
}
