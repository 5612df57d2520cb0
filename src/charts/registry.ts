/**
 * Which component draws which graphic. A graphic declared in content/data/graphics.json without
 * a component of its own is drawn by the key-figures panel, so that every state has a picture.
 */
import Casualties from './casualties/Casualties.astro';
import KeyFigures from './keyfigures/KeyFigures.astro';
import Troops from './troops/Troops.astro';

const components: Record<string, typeof KeyFigures> = {
  casualties: Casualties,
  troops: Troops,
};

export function graphicComponent(name: string): typeof KeyFigures {
  return components[name] ?? KeyFigures;
}
