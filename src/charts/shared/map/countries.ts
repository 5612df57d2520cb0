/**
 * The countries the maps may name or highlight: a readable slug (used in locale keys
 * `map.country.<slug>` and in data attributes) and its ISO 3166-1 numeric code, which is the id
 * world-atlas gives each shape. Add a row here and a name in every locale file to use another.
 */
export const COUNTRY_CODES = {
  russia: '643',
  ukraine: '804',
  belarus: '112',
  kazakhstan: '398',
  moldova: '498',
  georgia: '268',
  armenia: '051',
  azerbaijan: '031',
  kyrgyzstan: '417',
  tajikistan: '762',
  uzbekistan: '860',
  turkmenistan: '795',
  china: '156',
  mongolia: '496',
  poland: '616',
  lithuania: '440',
  latvia: '428',
  estonia: '233',
  finland: '246',
  sweden: '752',
  denmark: '208',
  germany: '276',
  norway: '578',
  czechia: '203',
  slovakia: '703',
  hungary: '348',
  romania: '642',
  austria: '040',
  'united-states': '840',
} as const;

export type CountrySlug = keyof typeof COUNTRY_CODES;

export function isCountrySlug(slug: string): slug is CountrySlug {
  return slug in COUNTRY_CODES;
}

/** A point inside Crimea (Simferopol), used to find the peninsula's polygon in Russia's shape. */
export const CRIMEA_PROBE: [number, number] = [34.1, 44.95];
