/**
 * The mark shapes, one per group (circle: dead, square: injured, diamond: detained), all of the
 * same area, and their partly filled versions: a mark that stands for fewer than ten people is
 * filled from the bottom in proportion to its count, so 4 people fill four tenths of its area.
 * Paths are absolute, so that many marks can be joined into one path (the outlines of a state).
 */
export const SHAPES = ['dead', 'injured', 'detained'] as const;
export type Shape = (typeof SHAPES)[number];

/** side of the square whose area every mark has at the scale of ten people a mark */
export const UNIT = 11;

const r1 = (v: number) => Math.round(v * 10) / 10;
const poly = (points: [number, number][]) => `M${points.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L')}Z`;

/** area of the part of a circle of radius r below the chord at height h above its bottom */
function segment(r: number, h: number): number {
  const d = r - h;
  return r * r * Math.acos(d / r) - d * Math.sqrt(Math.max(0, r * r - d * d));
}

/**
 * The shape centred on (x, y) at scale s (1 = the size of a ten-people mark), filled to the
 * fraction f of its area from the bottom (f = 1: the whole shape).
 */
export function shapePath(shape: Shape, f = 1, x = 0, y = 0, s = 1): string {
  const a = UNIT * s;
  if (shape === 'injured') {
    const top = y + a / 2 - a * f;
    return poly([[x - a / 2, top], [x + a / 2, top], [x + a / 2, y + a / 2], [x - a / 2, y + a / 2]]);
  }
  if (shape === 'detained') {
    // a square turned by 45°: its half-diagonal d; cut horizontally so that the part below has
    // the fraction f of the area (a triangle below the middle, a pentagon above it)
    const d = a / Math.SQRT2;
    if (f >= 1) return poly([[x, y - d], [x + d, y], [x, y + d], [x - d, y]]);
    if (f <= 0.5) {
      const h = d * Math.sqrt(2 * f);
      return poly([[x, y + d], [x - h, y + d - h], [x + h, y + d - h]]);
    }
    const w = d * Math.sqrt(2 * (1 - f));
    return poly([[x, y + d], [x - d, y], [x - w, y - d + w], [x + w, y - d + w], [x + d, y]]);
  }
  const r = a / Math.sqrt(Math.PI);
  if (f >= 1) return `M${r1(x - r)} ${r1(y)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
  // the chord's height above the bottom, found by bisection (the segment's area grows with it)
  let lo = 0;
  let hi = 2 * r;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (segment(r, mid) < f * Math.PI * r * r) lo = mid;
    else hi = mid;
  }
  const cy = r - lo;
  const cx = Math.sqrt(Math.max(0, r * r - cy * cy));
  return `M${r1(x - cx)} ${r1(y + cy)}A${r1(r)} ${r1(r)} 0 ${lo > r ? 1 : 0} 0 ${r1(x + cx)} ${r1(y + cy)}Z`;
}
