import { describe, expect, it } from 'vitest';
import { measure } from './measure';

describe('text measured in the shipped graphics font', () => {
  it('shapes a line as a browser does: kerned pairs are narrower than their letters apart', () => {
    const apart = measure('T').em + measure('o').em;
    expect(measure('To').em).toBeLessThan(apart);
  });

  it('draws Latin Extended letters from that subset, and leaves letters of no shipped subset to the estimate', () => {
    expect(measure('Łukaszenka').missing).toEqual([]);
    expect(measure('Łukaszenka').em).toBeGreaterThan(measure('ukaszenka').em);
    expect(measure('שלום a').missing).toEqual([...'שלום']);
  });

  it('measures bold wider than regular', () => {
    expect(measure('Kasachstan', 700).em).toBeGreaterThan(measure('Kasachstan', 400).em);
  });
});
