import type { GraphicManifest } from '../manifest';

/**
 * The map draws one mark per 1,000 soldiers in schematic clusters by the border and in
 * Kazakhstan, and the estimates of the build-up on a scale. Up to these values the marks stay
 * inside the map (src/charts/manifest.test.ts runs the layout at both ends).
 */
export const troopsManifest = {
  places: [
    'kyiv', 'nur-sultan', 'almaty', 'zhanaozen', 'baikonur', 'troops-north', 'troops-northeast', 'troops-east', 'troops-southeast', 'separatist-held',
    'label-russia-west', 'label-belarus', 'label-russia-kz', 'label-china', 'label-kyrgyzstan', 'label-uzbekistan', 'label-turkmenistan',
  ],
  ranges: {
    'ru-troops-ukraine': { min: 1000, max: 200_000 },
    'csto-total': { min: 1, max: 20_000 },
    'est-2021-04-zelensky': { min: 1000, max: 300_000 },
    'est-2021-04-taran': { min: 1000, max: 300_000 },
    'est-2021-11-budanov': { min: 1000, max: 300_000 },
    'est-2021-12-reznikov': { min: 1000, max: 300_000 },
    'est-2021-12-us': { min: 1000, max: 300_000 },
    'est-2021-12-us-plan': { min: 1000, max: 300_000 },
  },
} as const satisfies GraphicManifest;
