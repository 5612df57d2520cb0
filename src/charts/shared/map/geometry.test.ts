import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { buildMap, countryFeature, crimeaFeature } from './geometry';
import { CRIMEA_PROBE } from './countries';
import { CompactPath, pathContains, pathPoints } from './path';

const spec = { bounds: [[22, 38], [88, 58]] as [[number, number], [number, number]], width: 700, height: 600, countries: ['ukraine', 'belarus', 'kazakhstan'] as const, minArea: 1 };
const map = buildMap({ ...spec, countries: [...spec.countries] });

describe('shared map geometry', () => {
  it('moves Crimea from Russia to Ukraine (Natural Earth draws it inside Russia)', () => {
    expect(geoContains(countryFeature('ukraine'), CRIMEA_PROBE)).toBe(true);
    expect(geoContains(countryFeature('russia'), CRIMEA_PROBE)).toBe(false);
    expect(crimeaFeature()).not.toBeNull();
  });

  it("draws Crimea inside Ukraine's projected shape, and returns it on its own to mark as annexed", () => {
    const simferopol = map.project(CRIMEA_PROBE)!;
    expect(pathContains(map.countries.ukraine!.path, simferopol)).toBe(true);
    expect(map.crimea).not.toBeNull();
    expect(pathContains(map.crimea!.path, simferopol)).toBe(true);
    expect(pathContains(map.countries.belarus!.path, simferopol)).toBe(false);
  });

  it('draws an area from its outline in either winding, inside and not around it', () => {
    const ring: [number, number][] = [[37, 47], [40, 47], [40, 49], [37, 49]];
    const inside = map.project([38.5, 48])!;
    const outside = map.project([30, 50])!;
    for (const outline of [ring, [...ring].reverse()]) {
      const d = map.area(outline);
      expect(pathContains(d, inside)).toBe(true);
      expect(pathContains(d, outside)).toBe(false);
    }
  });

  it('draws no border between Crimea and mainland Ukraine', () => {
    // the Perekop isthmus, where Natural Earth has a Russia–Ukraine border
    const perekop = map.project([33.7, 46.15])!;
    const near = pathPoints(map.borders).filter(([x, y]) => Math.hypot(x - perekop[0], y - perekop[1]) < 3);
    expect(near).toHaveLength(0);
  });

  it('keeps every path point within the map (clipped at build time, a few units of margin)', () => {
    const all = [map.land, map.borders, ...Object.values(map.countries).map((c) => c!.path), map.crimea!.path];
    for (const d of all) {
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(-5);
        expect(x).toBeLessThanOrEqual(spec.width + 5);
        expect(y).toBeGreaterThanOrEqual(-5);
        expect(y).toBeLessThanOrEqual(spec.height + 5);
      }
    }
  });

  it('places the projected centres of the countries inside the map, in the right order west to east', () => {
    const { ukraine, kazakhstan, belarus } = map.countries;
    expect(ukraine!.centroid[0]).toBeLessThan(kazakhstan!.centroid[0]);
    expect(belarus!.centroid[1]).toBeLessThan(ukraine!.centroid[1]);
    for (const c of Object.values(map.countries)) {
      expect(c!.centroid[0]).toBeGreaterThan(0);
      expect(c!.centroid[0]).toBeLessThan(spec.width);
    }
  });

  it('stays within a map budget: all paths under 11 KB gzip at 700 × 600', () => {
    const all = [map.land, map.borders, ...Object.values(map.countries).map((c) => c!.path), map.crimea!.path].join('');
    expect(gzipSync(all).length).toBeLessThan(11_000);
  });

  it('writes paths at a finer resolution as integers, with positions still in map units', () => {
    const fine = buildMap({ ...spec, countries: ['ukraine'], resolution: 2, decimals: 0 });
    expect(fine.pathScale).toBe(0.5);
    expect(fine.countries.ukraine!.path).not.toMatch(/\./);
    expect(pathContains(fine.countries.ukraine!.path, fine.project(CRIMEA_PROBE)!.map((v) => v * 2) as [number, number])).toBe(true);
    expect(Math.abs(fine.countries.ukraine!.centroid[0] - map.countries.ukraine!.centroid[0])).toBeLessThan(1);
    expect(gzipSync(fine.land + fine.borders).length).toBeLessThan(gzipSync(map.land + map.borders).length * 0.75);
  });

  it('gets smaller as the simplification threshold rises', () => {
    const coarse = buildMap({ ...spec, countries: [], minArea: 4 });
    expect(coarse.land.length).toBeLessThan(map.land.length);
  });
});

describe('compact path', () => {
  it('writes relative coordinates with one decimal and drops collapsed rings', () => {
    const p = new CompactPath({ decimals: 1 });
    p.moveTo(10.04, 20.06);
    p.lineTo(10.55, 19.5);
    p.lineTo(12, 21);
    p.closePath();
    p.moveTo(1, 1);
    p.lineTo(1.01, 1.01);
    p.closePath();
    expect(p.toString()).toBe('M10 20.1l.6-.6 1.4 1.5z');
  });

  it('drops rings smaller than the minimum area', () => {
    const p = new CompactPath({ decimals: 1, minRingArea: 2 });
    p.moveTo(0, 0);
    p.lineTo(1, 0);
    p.lineTo(1, 1);
    p.closePath();
    expect(p.toString()).toBe('');
  });
});
