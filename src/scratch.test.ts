import { it } from 'vitest';
import { troopsMap } from './charts/troops/data';
import { viewOf } from './charts/troops/layout';
it('p', () => {
  const m = troopsMap();
  const pts: Record<string, [number, number]> = { n: [35.3, 52.9], ne: [37.6, 51.3], e: [40.9, 50.6], se: [41.6, 48.0], bel: [28, 53.5], ru1: [39, 54], ru2: [62, 55.5], cn: [84.5, 44.5], kg: [75, 41.6], uz: [63.5, 41.6], tm: [57, 40.9], lugansk: [39.3, 48.57], border1: [39.9, 47.8], kharkiv: [36.2, 50.0], bryansk: [34.4, 53.2], kursk:[36.2,51.7], belgorod:[36.6,50.6], voronezh:[39.2,51.7], rostov:[39.7,47.2] };
  for (const [k, p] of Object.entries(pts)) console.log(k, m.project(p)?.map((v) => v.toFixed(0)).join(','));
  console.log('ukr box', JSON.stringify(m.countries.ukraine!.box), 'kz', JSON.stringify(m.countries.kazakhstan!.box));
});
