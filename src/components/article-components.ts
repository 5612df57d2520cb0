/** The components an article's MDX may use, by the names editors write (see EDITING.md). */
import Scrolly from './GraphicScrolly.astro';
import Step from '../scrolly/Step.astro';
import Num from './Num.astro';
import Quote from './Quote.astro';
import Analysis from './Analysis.astro';
import Later from './Later.astro';

export const articleComponents = { Scrolly, Step, Num, Quote, Analysis, Later };
