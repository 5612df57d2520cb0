/**
 * What an article MDX contains that other files depend on: its scrolly blocks with their steps,
 * the figures it cites and the components it uses, each with its line. The build checks these
 * against content/data and against the default locale (parity); the status report prints them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface Located {
  line?: number;
  column?: number;
}
export interface StepInfo extends Located {
  id?: string;
  state?: string;
}
export interface BlockInfo extends Located {
  graphic?: string;
  steps: StepInfo[];
}
export interface ArticleStructure {
  blocks: BlockInfo[];
  /** steps not inside a <Scrolly> */
  straySteps: StepInfo[];
  /** `inLater`: inside the <Later> block of later developments */
  figures: (Located & { id?: string; inLater?: boolean })[];
  components: (Located & { name: string })[];
  /** each <Quote>: the language spoken (`said`), the language of the words (`lang`), a translation */
  quotes: (Located & { said?: string; lang?: string; translation?: string })[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

const at = (node: JsxElement): Located => ({ line: node.position?.start.line, column: node.position?.start.column });

export function structureOfTree(tree: Root): ArticleStructure {
  const structure: ArticleStructure = { blocks: [], straySteps: [], figures: [], components: [], quotes: [] };
  const inLater = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    if (!element.name) return;
    structure.components.push({ name: element.name, ...at(element) });
    if (element.name === 'Later') {
      visit(element, (child) => {
        const c = child as JsxElement;
        if ((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Num') inLater.add(`${c.position?.start.line}:${c.position?.start.column}`);
      });
    }
    if (element.name === 'Num') {
      const place = at(element);
      structure.figures.push({ id: attribute(element, 'id'), ...place, inLater: inLater.has(`${place.line}:${place.column}`) });
    }
    if (element.name === 'Quote') {
      structure.quotes.push({ said: attribute(element, 'said'), lang: attribute(element, 'lang'), translation: attribute(element, 'translation'), ...at(element) });
    }
    if (element.name === 'Scrolly') {
      const block: BlockInfo = { graphic: attribute(element, 'graphic'), steps: [], ...at(element) };
      visit(element, (child) => {
        const c = child as JsxElement;
        if ((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Step') {
          block.steps.push({ id: attribute(c, 'id'), state: attribute(c, 'state'), ...at(c) });
        }
      });
      structure.blocks.push(block);
    }
  });
  const inBlocks = new Set(structure.blocks.flatMap((b) => b.steps.map((s) => `${s.line}:${s.column}`)));
  structure.straySteps = structure.components
    .filter((c) => c.name === 'Step' && !inBlocks.has(`${c.line}:${c.column}`))
    .map((c) => ({ line: c.line, column: c.column }));
  return structure;
}

/** Frontmatter is YAML, not MDX: blank it out, keeping its lines so that line numbers stay true. */
function withoutFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));
}

export function structureOfSource(source: string): ArticleStructure {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(withoutFrontmatter(source)) as Root;
  return structureOfTree(tree);
}
