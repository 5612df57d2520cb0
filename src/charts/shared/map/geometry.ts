/**
 * The shared base map, computed at build time (Node only: the browser never receives d3-geo,
 * topojson or map data, only the finished path strings this returns).
 *
 * world-atlas's countries-50m (Natural Earth 1:50m, fine enough for the Caucasus and the Baltic)
 * → Crimea moved from Russia to Ukraine (Natural Earth draws it inside Russia; the explainer
 * shows the internationally recognised border, and the peninsula is returned on its own so that
 * a map can mark it as annexed by Russia in 2014) → simplified with topojson-simplify to a
 * threshold given in projected px² → projected with d3-geo to fit the given extent into
 * width × height, clipped to that box → compact SVG path strings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { COUNTRY_CODES, CRIMEA_PROBE, type CountrySlug } from './countries';
import { CompactPath, pathRings, ringsContain } from './path';

export type LonLat = [number, number];
export type Point = [number, number];

export interface MapSpec {
  /** the area the map must show: [[west, south], [east, north]] in degrees */
  bounds: [LonLat, LonLat];
  /** size of the map in its own units (the SVG viewBox) */
  width: number;
  height: number;
  /** empty space kept around the bounds, in map units */
  padding?: number;
  /** standard parallels of the conic conformal projection; default: a sixth in from each edge */
  parallels?: [number, number];
  /** countries returned as shapes of their own (to fill, label, zoom to) */
  countries: CountrySlug[];
  /** simplification: the smallest triangle (px², at this size) a line keeps; default 0.5 */
  minArea?: number;
  /** rings smaller than this (px²) are dropped: specks of islands; default 4 */
  minRingArea?: number;
  /** decimals of the path coordinates; default 1 */
  decimals?: number;
  /**
   * path units per map unit; default 1. With 2 and decimals 0, paths are written in half units
   * as integers (about 40 % smaller than one decimal) and drawn with transform="scale(0.5)"
   * (MapLayers does this from `pathScale`).
   */
  resolution?: number;
}

export interface CountryShape {
  slug: CountrySlug;
  path: string;
  /** visual centre (projected centroid of the shape's clipped part) */
  centroid: Point;
  /** projected bounding box of the shape within the map: [[x0, y0], [x1, y1]] */
  box: [Point, Point];
  /**
   * Points of a grid INNER_STEP apart that lie in the shape and in the map: where a label may
   * stand that names the country. A box's corners and middle may lie in the sea or in a neighbour
   * (Sweden's, clipped by the map, reaches across the Baltic to Latvia).
   */
  inner: Point[];
}

/** The spacing of a country's inner points, in map units. */
export const INNER_STEP = 15;

export interface MapGeometry {
  width: number;
  height: number;
  /** scale to apply to the path strings (1 / resolution); centroids, boxes and project() are in map units already */
  pathScale: number;
  /** all land in view, one outline (coasts) */
  land: string;
  /** borders between countries in view, each drawn once */
  borders: string;
  countries: Partial<Record<CountrySlug, CountryShape>>;
  /** Crimea (part of Ukraine's shape as well), to mark as annexed by Russia in 2014 */
  crimea: { path: string; centroid: Point } | null;
  /** lon/lat → map units, null when the point is outside the projection */
  project: (lonLat: LonLat) => Point | null;
  /** an area from its outline ([lon, lat] points, either winding) as a path string in path units, like the countries' */
  area: (outline: LonLat[]) => string;
}

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
let atlasCache: { topology: Atlas; geometries: GeometryObject<{ name: string }>[] } | undefined;

/**
 * The atlas with Crimea's polygon moved from Russia's geometry to Ukraine's. Moving it in the
 * topology (not in GeoJSON) keeps the arcs shared: merging Ukraine's polygons then removes the
 * Perekop line, and the border mesh no longer draws a border there.
 */
export function atlasWithCrimeaInUkraine(): { topology: Atlas; geometries: GeometryObject<{ name: string }>[] } {
  if (atlasCache) return atlasCache;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Atlas;
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === COUNTRY_CODES.russia) as TopoMultiPolygon<{ name: string }>;
  const ukraine = geometries.find((g) => g.id === COUNTRY_CODES.ukraine) as TopoMultiPolygon<{ name: string }> | TopoPolygon<{ name: string }>;
  const index = russia.arcs.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs } as TopoPolygon), CRIMEA_PROBE));
  if (index < 0) {
    // A future world-atlas may already draw Crimea in Ukraine: then there is nothing to move.
    const inUkraine = geoContains(feature(topology, ukraine as GeometryObject), CRIMEA_PROBE);
    if (!inUkraine) throw new Error('map: Crimea is in neither Russia nor Ukraine in world-atlas; check the Crimea probe point');
  } else {
    const [crimea] = russia.arcs.splice(index, 1);
    const ukraineArcs = ukraine.type === 'Polygon' ? [ukraine.arcs] : ukraine.arcs;
    Object.assign(ukraine, { type: 'MultiPolygon', arcs: [...ukraineArcs, crimea!] });
    (ukraine.properties as Record<string, unknown>).crimea = ukraineArcs.length; // index of the moved polygon
  }
  atlasCache = { topology, geometries };
  return atlasCache;
}

/** The Crimea polygon (GeoJSON) as the atlas draws it. */
export function crimeaFeature(): Feature<Polygon> | null {
  const { topology, geometries } = atlasWithCrimeaInUkraine();
  const ukraine = geometries.find((g) => g.id === COUNTRY_CODES.ukraine) as TopoMultiPolygon<{ crimea?: number }>;
  const i = ukraine.properties?.crimea;
  if (i === undefined) return null;
  return feature(topology, { type: 'Polygon', arcs: ukraine.arcs[i]! } as TopoPolygon) as Feature<Polygon>;
}

/** A country's GeoJSON shape after the Crimea correction (for tests and checks). */
export function countryFeature(slug: CountrySlug): Feature<MultiPolygon | Polygon> {
  const { topology, geometries } = atlasWithCrimeaInUkraine();
  const g = geometries.find((x) => x.id === COUNTRY_CODES[slug]);
  if (!g) throw new Error(`map: no country ${slug} (${COUNTRY_CODES[slug]}) in world-atlas`);
  return { type: 'Feature', properties: {}, geometry: merge(topology, [g as TopoPolygon | TopoMultiPolygon]) };
}

function edgePoints([[w, s], [e, n]]: [LonLat, LonLat]): LonLat[] {
  const points: LonLat[] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    points.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return points;
}

function makeProjection(spec: MapSpec, res = 1): GeoProjection {
  const [[w, s], [e, n]] = spec.bounds;
  const pad = (spec.padding ?? 0) * res;
  const parallels = spec.parallels ?? [s + (n - s) / 6, n - (n - s) / 6];
  return geoConicConformal()
    .parallels(parallels)
    .rotate([-(w + e) / 2, 0])
    .fitExtent([[pad, pad], [spec.width * res - pad, spec.height * res - pad]], { type: 'MultiPoint', coordinates: edgePoints(spec.bounds) });
}

let presimplified: Atlas | undefined;
const simplifiedCache = new Map<number, Atlas>();

/** Presimplify once per build (the slow part), then simplify once per threshold. */
function simplified(minWeight: number): Atlas {
  const cached = simplifiedCache.get(minWeight);
  if (cached) return cached;
  presimplified ??= presimplify(structuredClone(atlasWithCrimeaInUkraine().topology) as never, sphericalTriangleArea) as unknown as Atlas;
  const result = simplify(presimplified as never, minWeight) as unknown as Atlas;
  simplifiedCache.set(minWeight, result);
  return result;
}

function inBounds(f: Feature, [[w, s], [e, n]]: [LonLat, LonLat], margin: number): boolean {
  const [[x0, y0], [x1, y1]] = geoPathBounds(f);
  return x1 >= w - margin && x0 <= e + margin && y1 >= s - margin && y0 <= n + margin;
}

function geoPathBounds(f: Feature): [Point, Point] {
  // bounds in degrees, from the identity "projection"
  return geoPath().bounds(f) as [Point, Point];
}

/** Build a map: finished path strings and a projection for places, for one extent and size. */
export function buildMap(spec: MapSpec): MapGeometry {
  const res = spec.resolution ?? 1;
  const projection = makeProjection(spec, res);
  const scale = projection.scale() / res; // map units per radian near the standard parallels
  const minWeight = (spec.minArea ?? 0.5) / (scale * scale);
  const topology = simplified(Number(minWeight.toPrecision(3)));
  const geometries = topology.objects.countries.geometries;
  const margin = 4 * res; // beyond the box, so that clipped edges never show
  const clip: [[number, number], [number, number]] = [[-margin, -margin], [spec.width * res + margin, spec.height * res + margin]];
  projection.clipExtent(clip);
  const options = { decimals: spec.decimals ?? 1, minRingArea: (spec.minRingArea ?? 4) * res * res };
  const draw = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new CompactPath(options);
    geoPath(projection, context as never)(object);
    return context.toString();
  };

  // Only the countries near the extent take part: fewer arcs to project, and no shapes from the
  // far side of the globe wrapping into view.
  const near = geometries.filter((g) => inBounds(feature(topology, g as GeometryObject) as Feature, spec.bounds, 12));
  const land = draw(merge(topology, near as (TopoPolygon | TopoMultiPolygon)[]));
  const borders = draw(mesh(topology, { type: 'GeometryCollection', geometries: near } as GeometryCollection, (a, b) => a !== b));

  const path = geoPath(projection);
  const countries: MapGeometry['countries'] = {};
  for (const slug of spec.countries) {
    const g = geometries.find((x) => x.id === COUNTRY_CODES[slug]);
    if (!g) throw new Error(`map: no country ${slug} (${COUNTRY_CODES[slug]}) in world-atlas`);
    const shape = merge(topology, [g as TopoPolygon | TopoMultiPolygon]);
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    const [cx, cy] = path.centroid(shape);
    const r = (v: number) => Math.round((v / res) * 10) / 10;
    const drawn = draw(shape);
    // tested on the drawn rings, on the plane: the sphere's test (geoContains) took four seconds of a build
    const rings = pathRings(drawn);
    const inner: Point[] = [];
    const step = INNER_STEP * res;
    for (let y = Math.max(y0, 0) + step / 2; y < Math.min(y1, spec.height * res); y += step) {
      for (let x = Math.max(x0, 0) + step / 2; x < Math.min(x1, spec.width * res); x += step) if (ringsContain(rings, [x, y])) inner.push([r(x), r(y)]);
    }
    countries[slug] = { slug, path: drawn, centroid: [r(cx), r(cy)], box: [[r(x0), r(y0)], [r(x1), r(y1)]], inner };
  }

  const ukraine = geometries.find((g) => g.id === COUNTRY_CODES.ukraine) as TopoMultiPolygon<{ crimea?: number }>;
  const crimeaIndex = ukraine.properties?.crimea;
  let crimea: MapGeometry['crimea'] = null;
  if (crimeaIndex !== undefined) {
    const shape = feature(topology, { type: 'Polygon', arcs: ukraine.arcs[crimeaIndex]! } as TopoPolygon);
    const [cx, cy] = path.centroid(shape);
    const crimeaPath = draw(shape);
    if (crimeaPath) crimea = { path: crimeaPath, centroid: [Math.round((cx / res) * 10) / 10, Math.round((cy / res) * 10) / 10] };
  }

  return {
    width: spec.width,
    height: spec.height,
    pathScale: 1 / res,
    land,
    borders,
    countries,
    crimea,
    area: (outline) => {
      // d3-geo reads a ring's winding as which side is inside: the smaller side is meant
      const polygon: Polygon = { type: 'Polygon', coordinates: [[...outline, outline[0]!]] };
      if (geoArea(polygon) > 2 * Math.PI) polygon.coordinates[0]!.reverse();
      return draw(polygon);
    },
    project: ([lon, lat]) => {
      const p = projection.clipExtent(null)([lon, lat]);
      projection.clipExtent(clip);
      return p ? [Math.round((p[0] / res) * 10) / 10, Math.round((p[1] / res) * 10) / 10] : null;
    },
  };
}
