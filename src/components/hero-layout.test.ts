import { describe, expect, it } from 'vitest';
import { contentFigures, withValues } from '../charts/shared/test-content';
import { SOLDIERS_PER_MARK } from '../charts/troops/layout';
import { FRONTS as FRONT_KEYS, GRIDS, PITCH, RADIUS, frontDrawing, type Grid } from './hero-layout';

const FRONTS = FRONT_KEYS.map(([id]) => id);
const FIGURE_SETS = {
  'content/data': contentFigures,
  'changed by an editor': withValues(contentFigures, { 'ru-troops-ukraine': 127_000, 'csto-total': 3_540 }),
};

describe('the first screen’s two-fronts graphic', () => {
  for (const [name, figures] of Object.entries(FIGURE_SETS)) {
    for (const grid of Object.keys(GRIDS) as Grid[]) {
      it(`draws one dot per ${SOLDIERS_PER_MARK} soldiers of each front, at one scale, inside its drawing (${name} figures, ${grid} grid)`, () => {
        const drawings = FRONTS.map((id) => frontDrawing(figures[id]!.value, grid));
        FRONTS.forEach((id, i) => expect(drawings[i]!.dots, id).toHaveLength(Math.round(figures[id]!.value / SOLDIERS_PER_MARK)));
        // equal widths in drawing units: drawn at the page's width, the dots are the same size
        expect(new Set(drawings.map((d) => d.width)).size).toBe(1);
        for (const d of drawings) {
          for (const p of d.dots) {
            expect(p.cx - RADIUS).toBeGreaterThanOrEqual(0);
            expect(p.cx + RADIUS).toBeLessThanOrEqual(d.width);
            expect(p.cy - RADIUS).toBeGreaterThanOrEqual(0);
            expect(p.cy + RADIUS).toBeLessThanOrEqual(d.height);
          }
          expect(new Set(d.dots.map((p) => `${p.cx},${p.cy}`)).size, 'no two dots on one place').toBe(d.dots.length);
          expect(RADIUS * 2).toBeLessThan(PITCH);
        }
      });
    }
  }
});
