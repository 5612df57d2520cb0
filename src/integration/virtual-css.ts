/**
 * A stylesheet the build makes from a module (`import 'virtual:<name>.css'`): bundled like every
 * other style, so the pages' Content-Security-Policy allows it.
 */
import type { Plugin } from 'vite';

export function virtualStylesheet(name: string, css: () => string): Plugin {
  const id = `virtual:${name}.css`;
  const resolved = `/@explainer/${name}.css`;
  return {
    name: `explainer-${name}`,
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? css() : undefined),
  };
}
