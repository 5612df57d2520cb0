/** A placed label as the browser receives it in a graphic's inline JSON: no box, no names. */
import type { Anchor, Label } from './labels';

export type PackedLabel = [key: string, x: number, y: number, anchor: Anchor, cls: string, lines: string[]];

export const packLabel = (l: Label): PackedLabel => [l.key, l.x, l.y, l.anchor, l.cls, l.lines];
