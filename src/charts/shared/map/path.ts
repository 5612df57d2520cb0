/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to a fixed number
 * of decimals, relative line-tos ("l") after each absolute move-to, no leading zeros, repeated
 * points dropped, and rings or lines that collapse at that precision (or enclose less than
 * `minRingArea` px²: specks of islands) left out. The output is what reaches the browser, so
 * every byte here counts toward the page's HTML budget.
 */
export interface CompactPathOptions {
  /** decimals kept; 1 is enough for a map zoomed up to about 4× */
  decimals?: number;
  /** closed rings with a smaller area (px², in projected units) are dropped */
  minRingArea?: number;
}

type Ring = { points: [number, number][]; closed: boolean };

function num(value: number): string {
  const s = String(value === 0 ? 0 : value); // no "-0"
  return s.replace(/^(-?)0\./, '$1.');
}

function pair(dx: number, dy: number, first: boolean): string {
  const a = num(dx);
  const b = num(dy);
  const sepA = first || a.startsWith('-') ? '' : ' ';
  const sepB = b.startsWith('-') ? '' : ' ';
  return `${sepA}${a}${sepB}${b}`;
}

function ringArea(points: [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  }
  return Math.abs(sum / 2);
}

export class CompactPath {
  private rings: Ring[] = [];
  private current: Ring | null = null;
  private readonly factor: number;
  private readonly minRingArea: number;

  constructor(options: CompactPathOptions = {}) {
    this.factor = 10 ** (options.decimals ?? 1);
    this.minRingArea = options.minRingArea ?? 0;
  }

  private round(v: number): number {
    return Math.round(v * this.factor) / this.factor;
  }

  moveTo(x: number, y: number): void {
    this.current = { points: [[this.round(x), this.round(y)]], closed: false };
    this.rings.push(this.current);
  }

  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p: [number, number] = [this.round(x), this.round(y)];
    const last = this.current.points[this.current.points.length - 1]!;
    if (last[0] !== p[0] || last[1] !== p[1]) this.current.points.push(p);
  }

  closePath(): void {
    if (this.current) this.current.closed = true;
    this.current = null;
  }

  /** points are not drawn on these maps (places are marks of their own) */
  arc(): void {}

  toString(): string {
    let out = '';
    for (const { points, closed } of this.rings) {
      const pts = closed && points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]
        ? points.slice(0, -1)
        : points;
      if (closed ? pts.length < 3 || ringArea(pts) < this.minRingArea : pts.length < 2) continue;
      const [x0, y0] = pts[0]!;
      out += `M${num(x0)}${y0 < 0 ? '' : ' '}${num(y0)}l`;
      let [px, py] = [x0, y0];
      pts.slice(1).forEach(([x, y], i) => {
        out += pair(this.round(x - px), this.round(y - py), i === 0);
        [px, py] = [x, y];
      });
      if (closed) out += 'z';
    }
    return out;
  }
}

/** Absolute points of a compact path (M x y l dx dy … z): what the browser will draw. */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      if (cmd === 'M') [x, y] = [nums[i]!, nums[i + 1]!];
      else [x, y] = [x + nums[i]!, y + nums[i + 1]!];
      points.push([x, y]);
    }
  }
  return points;
}

/** The rings of a compact path, each as its absolute points: read once, to test many points against. */
export function pathRings(d: string): [number, number][][] {
  return d.split('M').filter(Boolean).map((r) => pathPoints(`M${r}`));
}

/** Even-odd point-in-polygon over rings (pathRings). */
export function ringsContain(rings: [number, number][][], [px, py]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Even-odd point-in-polygon over all rings of a compact path (for tests and checks). */
export function pathContains(d: string, point: [number, number]): boolean {
  return ringsContain(pathRings(d), point);
}
