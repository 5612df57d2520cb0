/**
 * Label placement for the map graphics, shared by troops and nordstream: boxes, and a greedy
 * placer that tries each label's preferred sides in turn. Text is measured by ./text.ts. Pure
 * functions in viewBox units; no DOM (labels are placed at build time).
 */

import { LINE_EM, overlaps, textWidth, type Box, type Point } from './text';

export type Anchor = 'start' | 'middle' | 'end';
export type Side = 'right' | 'left' | 'above' | 'below' | 'center' | 'below-left' | 'above-left' | 'below-right' | 'above-right';

export interface Label<C extends string = string> {
  key: string;
  /** the language of the text when it is not the page's (a quotation in its original) */
  lang?: string;
  /** position of the first line's baseline */
  x: number;
  y: number;
  anchor: Anchor;
  cls: C;
  lines: string[];
  /** estimated box, for tests and placement (not sent to the browser) */
  box: Box;
}

export interface LabelRequest<C extends string = string> {
  key: string;
  lang?: string;
  at: Point;
  lines: string[];
  cls: C;
  /** tried in order; the first that fits inside the view without overlapping wins */
  sides: Side[];
  /** distance from the anchor point */
  gap?: number;
  size?: number;
  /** a required label is placed at its first side even if nothing fits (tests catch that) */
  required?: boolean;
  /** further anchor points, each tried with every side when none fits at `at` (along a line) */
  also?: Point[];
  /** other ways to break the text (narrower, taller), tried in turn when the lines fit nowhere */
  variants?: string[][];
}

/** The view labels must stay in: its size and the margin kept free along its edges. */
export interface Frame {
  width: number;
  height: number;
  pad: number;
}

export function boxOf(at: Point, side: Side, w: number, h: number, gap: number): { box: Box; anchor: Anchor } {
  const [x, y] = at;
  switch (side) {
    case 'right': return { box: [[x + gap, y - h / 2], [x + gap + w, y + h / 2]], anchor: 'start' };
    case 'left': return { box: [[x - gap - w, y - h / 2], [x - gap, y + h / 2]], anchor: 'end' };
    case 'above': return { box: [[x - w / 2, y - gap - h], [x + w / 2, y - gap]], anchor: 'middle' };
    case 'below': return { box: [[x - w / 2, y + gap], [x + w / 2, y + gap + h]], anchor: 'middle' };
    case 'center': return { box: [[x - w / 2, y - h / 2], [x + w / 2, y + h / 2]], anchor: 'middle' };
    case 'below-right': return { box: [[x, y + gap], [x + w, y + gap + h]], anchor: 'start' };
    case 'above-right': return { box: [[x, y - gap - h], [x + w, y - gap]], anchor: 'start' };
    case 'below-left': return { box: [[x - w, y + gap], [x, y + gap + h]], anchor: 'end' };
    case 'above-left': return { box: [[x - w, y - gap - h], [x, y - gap]], anchor: 'end' };
  }
}

export function insideFrame(b: Box, frame: Frame): boolean {
  return b[0][0] >= frame.pad && b[0][1] >= frame.pad && b[1][0] <= frame.width - frame.pad && b[1][1] <= frame.height - frame.pad;
}

export function union(boxes: Box[]): Box {
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

export function grow([[x0, y0], [x1, y1]]: Box, m: number): Box {
  return [[x0 - m, y0 - m], [x1 + m, y1 + m]];
}

export interface PlaceOptions<C extends string> {
  /** default font size, in viewBox units */
  size: number;
  frame: Frame;
  /** whether line `line` of a label of class `cls` is set in bold (bold text is wider) */
  bold?: (cls: C, line: number) => boolean;
}

/** The size of a label's text block, as placement estimates it. */
export function blockSize<C extends string>(req: Pick<LabelRequest<C>, 'lines' | 'cls' | 'size'>, options: PlaceOptions<C>): { w: number; h: number } {
  const fontSize = req.size ?? options.size;
  const w = Math.max(...req.lines.map((l, i) => textWidth(l, fontSize, options.bold?.(req.cls, i) ?? false)));
  return { w, h: req.lines.length * fontSize * LINE_EM };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a[1][0], b[1][0]) - Math.max(a[0][0], b[0][0]);
  const h = Math.min(a[1][1], b[1][1]) - Math.max(a[0][1], b[0][1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A box moved the least distance that brings it inside the frame (as far as it fits). */
function clampToFrame([[x0, y0], [x1, y1]]: Box, frame: Frame): Box {
  const dx = Math.max(frame.pad - x0, Math.min(0, frame.width - frame.pad - x1));
  const dy = Math.max(frame.pad - y0, Math.min(0, frame.height - frame.pad - y1));
  return [[x0 + dx, y0 + dy], [x1 + dx, y1 + dy]];
}

/**
 * Where a required label goes when none of its sides is free (a longer translation, a narrow
 * screen): its first side, if that is in view (margin included) and covers no other label; else
 * every anchor point, side and way of breaking its text, slid along the vertical by up to two
 * label heights and kept inside the frame, scored by how much it would cover of the labels (by far
 * the most) and of the marks placed before it. The label stays readable and in view, as near to
 * its place as the crowd allows.
 */
function leastCrowded<C extends string>(req: LabelRequest<C>, labels: Box[], obstacles: Box[], gap: number, options: PlaceOptions<C>): { box: Box; anchor: Anchor; lines: string[] } {
  const { w, h } = blockSize(req, options);
  // Over marks or in the margin, but in view and clear of labels, it keeps its first side.
  const first = boxOf(req.at, req.sides[0]!, w, h, gap);
  const view: Frame = { ...options.frame, pad: 0 };
  if (insideFrame(first.box, view) && !labels.some((b) => overlaps(b, first.box))) return { ...first, lines: req.lines };
  let best: { box: Box; anchor: Anchor; lines: string[]; score: number } | undefined;
  for (const lines of [req.lines, ...(req.variants ?? [])]) {
    const size = blockSize({ ...req, lines }, options);
    for (const at of [req.at, ...(req.also ?? [])]) {
      for (const side of req.sides) {
        const { box, anchor } = boxOf(at, side, size.w, size.h, gap);
        for (const shift of [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2]) {
          const moved = clampToFrame([[box[0][0], box[0][1] + shift * size.h], [box[1][0], box[1][1] + shift * size.h]], options.frame);
          const score = labels.reduce((sum, b) => sum + overlapArea(b, moved), 0) * 1000 + obstacles.reduce((sum, b) => sum + overlapArea(b, moved), 0) + Math.abs(shift);
          if (!best || score < best.score) best = { box: moved, anchor, lines, score };
        }
      }
    }
  }
  return best!;
}

/**
 * Labels are placed one by one in order of importance: each takes the first of its preferred
 * sides that lies inside the view and clear of the labels and obstacles (marks, lines) placed
 * before it; an optional label that fits nowhere is left out rather than drawn over another, a
 * required one goes where it covers least (leastCrowded). Where that still covers optional
 * labels placed before it (a much longer translation, a narrow screen), those are dropped: the
 * reader loses a label, which the graphic's data table still has, rather than reading two at once.
 */
export function place<C extends string>(requests: LabelRequest<C>[], obstacles: Box[], options: PlaceOptions<C>): Label<C>[] {
  let placed: Label<C>[] = [];
  const required = new Set(requests.filter((r) => r.required).map((r) => r.key));
  for (const req of requests) {
    const fontSize = req.size ?? options.size;
    const gap = req.gap ?? fontSize * 0.5;
    let chosen: { box: Box; anchor: Anchor } | undefined;
    let lines = req.lines;
    search: for (const variant of [req.lines, ...(req.variants ?? [])]) {
      const { w, h } = blockSize({ ...req, lines: variant }, options);
      for (const at of [req.at, ...(req.also ?? [])]) {
        for (const side of req.sides) {
          const candidate = boxOf(at, side, w, h, gap);
          if (!insideFrame(candidate.box, options.frame)) continue;
          if (placed.some((l) => overlaps(l.box, candidate.box, 2)) || obstacles.some((o) => overlaps(o, candidate.box, 2))) continue;
          chosen = candidate;
          lines = variant;
          break search;
        }
      }
    }
    if (!chosen && req.required) {
      const crowded = leastCrowded(req, placed.map((l) => l.box), obstacles, gap, options);
      placed = placed.filter((l) => required.has(l.key) || !overlaps(l.box, crowded.box));
      chosen = crowded;
      lines = crowded.lines;
    }
    if (!chosen) continue;
    const [[x0, y0], [x1]] = chosen.box;
    const x = chosen.anchor === 'start' ? x0 : chosen.anchor === 'end' ? x1 : (x0 + x1) / 2;
    const r = (v: number) => Math.round(v * 10) / 10;
    placed.push({
      key: req.key,
      ...(req.lang ? { lang: req.lang } : {}),
      x: r(x),
      y: r(y0 + fontSize * 0.9),
      anchor: chosen.anchor,
      cls: req.cls,
      lines,
      box: [[r(x0), r(y0)], [r(x1), r(chosen.box[1][1])]],
    });
  }
  return placed;
}
