/** For the layout tests (vitest only: e2e specs import test-content.ts, which must not load vitest). */
import { expect } from 'vitest';
import { overlaps, type Box } from './text';
/**
 * The layouts' own promise about their labels, by their estimate of each label's box: every label
 * inside the graphic and none over another. (e2e/labels.spec.ts checks the same as rendered.)
 */
export function expectLabelsInsideAndApart(labels: readonly { key: string; box: Box }[], width: number, height: number, context: string): void {
  for (const l of labels) {
    expect(l.box[0][0], `${context} ${l.key}`).toBeGreaterThanOrEqual(0);
    expect(l.box[0][1], `${context} ${l.key}`).toBeGreaterThanOrEqual(0);
    expect(l.box[1][0], `${context} ${l.key}`).toBeLessThanOrEqual(width);
    expect(l.box[1][1], `${context} ${l.key}`).toBeLessThanOrEqual(height);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlaps(labels[i]!.box, labels[j]!.box), `${context}: ${labels[i]!.key} × ${labels[j]!.key}`).toBe(false);
    }
  }
}
