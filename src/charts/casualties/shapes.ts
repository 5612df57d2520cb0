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
 * fraction f of its area from the bottom (f = 1: the whole shape), or from the top.
 */
export function shapePath(shape: Shape, f = 1, x = 0, y = 0, s = 1, fromTop = false): string {
  const a = UNIT * s;
  // whole shapes are drawn with relative steps: hundreds of them in one path compress well
  if (f >= 1 && shape === 'injured') return `M${r1(x - a / 2)} ${r1(y - a / 2)}h${r1(a)}v${r1(a)}h${r1(-a)}Z`;
  const d = a / Math.SQRT2;
  if (f >= 1 && shape === 'detained') return `M${r1(x)} ${r1(y - d)}l${r1(d)} ${r1(d)}l${r1(-d)} ${r1(d)}l${r1(-d)} ${r1(-d)}Z`;
  const r = a / Math.sqrt(Math.PI);
  if (f >= 1) return `M${r1(x - r)} ${r1(y)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
  // the part is built below the centre and turned upside down when it is measured from the top
  const v = fromTop ? -1 : 1;
  const at = (points: [number, number][]) => poly(points.map(([dx, dy]) => [x + dx, y + v * dy]));
  if (shape === 'injured') return at([[-a / 2, a / 2 - a * f], [a / 2, a / 2 - a * f], [a / 2, a / 2], [-a / 2, a / 2]]);
  if (shape === 'detained') {
    // a square turned by 45°: its half-diagonal d; cut horizontally so that the part below has
    // the fraction f of the area (a triangle below the middle, a pentagon above it)
    if (f <= 0.5) {
      const h = d * Math.sqrt(2 * f);
      return at([[0, d], [-h, d - h], [h, d - h]]);
    }
    const w = d * Math.sqrt(2 * (1 - f));
    return at([[0, d], [-d, 0], [-w, -d + w], [w, -d + w], [d, 0]]);
  }
  // the chord's height above the bottom, found by bisection (the segment's area grows with it)
  let lo = 0;
  let hi = 2 * r;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (segment(r, mid) < f * Math.PI * r * r) lo = mid;
    else hi = mid;
  }
  const cy = y + v * (r - lo);
  const cx = Math.sqrt(Math.max(0, r * r - (r - lo) ** 2));
  return `M${r1(x - cx)} ${r1(cy)}A${r1(r)} ${r1(r)} 0 ${lo > r ? 1 : 0} ${fromTop ? 1 : 0} ${r1(x + cx)} ${r1(cy)}Z`;
}

/**
 * A mark at the origin as one path: the whole shape, or a partly filled one (fill p): the whole
 * shape and the part above the fill, which the even-odd rule leaves empty, so that the mark is
 * filled to p from the bottom and its outline (drawn as a stroke) shows the whole.
 */
export function markPath(shape: Shape, p?: number): string {
  return shapePath(shape) + (p === undefined ? '' : shapePath(shape, 1 - p, 0, 0, 1, true));
}
