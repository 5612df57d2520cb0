/**
 * The contract between the scrolly block (src/components/GraphicScrolly.astro) and a graphic:
 * the props every graphic component receives, and the two checks every graphic makes on them.
 */
import type { Figure, Graphic, Source } from '../../site-content/schemas';
import type { Translator } from '../../i18n/translator';

/** What GraphicScrolly passes to a graphic's component, its frame, data section and tables. */
export interface GraphicProps {
  /** the graphic's name in content/data/graphics.json */
  name: string;
  graphic: Graphic;
  tr: Translator;
  figures: Record<string, Figure>;
  sources: Record<string, Source>;
}

/** `value`, or an error that names the graphic and what is missing (`what` says which file). */
export function need<T>(graphic: string, value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${graphic} graphic: ${what} is missing`);
  return value;
}

/**
 * The states of `drawable` that content/data/graphics.json declares for the graphic, in the
 * graphic's order; a declared state the graphic cannot draw is an error.
 */
export function drawnStates<S extends string>(name: string, graphic: Graphic, drawable: readonly S[]): S[] {
  const missing = Object.keys(graphic.states).filter((s) => !(drawable as readonly string[]).includes(s));
  if (missing.length) throw new Error(`${name} graphic: content/data/graphics.json declares states it cannot draw: ${missing.join(', ')} (it draws ${drawable.join(', ')})`);
  return drawable.filter((s) => s in graphic.states);
}
