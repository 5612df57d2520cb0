/**
 * The places (ids in content/data/places.json) each map graphic draws. The build checks that
 * they exist and have names, so that a renamed or deleted place fails with the graphic's name.
 */
export const PLACES_NEEDED = {
  troops: ['kyiv', 'nur-sultan', 'almaty', 'zhanaozen', 'baikonur', 'troops-north', 'troops-northeast', 'troops-east', 'troops-southeast'],
  nordstream: ['kurgalsky', 'portovaya', 'lubmin', 'bornholm'],
} as const satisfies Record<string, readonly string[]>;
