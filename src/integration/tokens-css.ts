/**
 * The colour tokens as a stylesheet: `import 'virtual:tokens.css'` gives every page the custom
 * properties of src/charts/shared/tokens.ts (light, dark, print), so that the colours are written
 * down once, in the module the unit tests check. A bundled stylesheet, not a style attribute: the
 * pages' Content-Security-Policy allows it like every other style.
 */
import type { Plugin } from 'vite';
import { tokensCss } from '../charts/shared/tokens';
import { virtualStylesheet } from './virtual-css';

export function tokensPlugin(): Plugin {
  return virtualStylesheet('tokens', tokensCss);
}
