/**
 * What an article MDX contains that other files depend on: its scrolly blocks with their steps,
 * the figures it cites and the components it uses, each with its line. The build checks these
 * against content/data and against the default locale (parity); the status report prints them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Parent, Root } from 'mdast';
import type { Literal, Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdxjs-esm';

export interface Located {
  line?: number;
  column?: number;
}
/**
 * What a step card shows, in reading order: text as written, a figure (<Num id>, whose words
 * depend on the locale), and what a <Quote> adds after its words (a translation or a note).
 */
export type CardPiece = string | { figure: string | undefined } | { quote: { said?: string; lang?: string; translation?: string } };
export interface StepInfo extends Located {
  id?: string;
  state?: string;
  /** the card's text, paragraphs separated by a blank line */
  card?: CardPiece[];
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
  components: (Located & { name: string; attributes: string[] })[];
  /** each <Quote>: the language spoken (`said`), the language of the words (`lang`), a translation */
  quotes: (Located & { said?: string; lang?: string; translation?: string })[];
  /** {expressions} and import/export statements: code, which an article may not hold */
  code: Located[];
  /** attributes written as {expressions} rather than as text */
  computed: (Located & { component: string; attribute: string })[];
  /** addresses of Markdown links, images and link definitions */
  links: (Located & { url: string })[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A string literal in braces, id={"kz-dead"}, which MDX passes on exactly like id="kz-dead". */
const STRING_LITERAL = /^\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$/;

function attribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (typeof attr.value === 'string') return attr.value;
    const literal = attr.value ? STRING_LITERAL.exec(attr.value.value) : null;
    if (literal) return literal[1] ?? literal[2];
  }
  return undefined;
}

/** The pieces of a step card's text; block elements (paragraphs, list items) end with a blank line. */
function cardOf(step: JsxElement): CardPiece[] {
  const pieces: CardPiece[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text' || node.type === 'inlineCode') pieces.push(String((node as Literal).value));
    else if (node.type === 'break') pieces.push('\n');
    const element = node as JsxElement;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && element.name === 'Num') {
      pieces.push({ figure: attribute(element, 'id') });
      return;
    }
    for (const child of (node as Parent).children ?? []) walk(child);
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && element.name === 'Quote') {
      pieces.push({ quote: { said: attribute(element, 'said'), lang: attribute(element, 'lang'), translation: attribute(element, 'translation') } });
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') pieces.push('\n\n');
  };
  walk(step);
  return pieces;
}

const at = (node: JsxElement): Located => ({ line: node.position?.start.line, column: node.position?.start.column });

export function structureOfTree(tree: Root): ArticleStructure {
  const structure: ArticleStructure = { blocks: [], straySteps: [], figures: [], components: [], quotes: [], code: [], computed: [], links: [] };
  const inLater = new Set<string>();
  visit(tree, (node) => {
    const place = { line: node.position?.start.line, column: node.position?.start.column };
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') structure.code.push(place);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') structure.links.push({ url: node.url, ...place });
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    if (!element.name) {
      structure.code.push(place);
      return;
    }
    const attributes = element.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{…}'));
    structure.components.push({ name: element.name, attributes, ...at(element) });
    for (const attr of element.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') structure.code.push(at(element));
      else if (attr.value && typeof attr.value !== 'string' && !STRING_LITERAL.test(attr.value.value)) {
        structure.computed.push({ component: element.name, attribute: attr.name, ...at(element) });
      }
    }
    if (element.name === 'Later') {
      visit(element, (child) => {
        const c = child as JsxElement;
        if ((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Num') inLater.add(`${c.position?.start.line}:${c.position?.start.column}`);
      });
    }
    if (element.name === 'Num') {
      const located = at(element);
      structure.figures.push({ id: attribute(element, 'id'), ...located, inLater: inLater.has(`${located.line}:${located.column}`) });
    }
    if (element.name === 'Quote') {
      structure.quotes.push({ said: attribute(element, 'said'), lang: attribute(element, 'lang'), translation: attribute(element, 'translation'), ...at(element) });
    }
    if (element.name === 'Scrolly') {
      const block: BlockInfo = { graphic: attribute(element, 'graphic'), steps: [], ...at(element) };
      visit(element, (child) => {
        const c = child as JsxElement;
        if ((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Step') {
          block.steps.push({ id: attribute(c, 'id'), state: attribute(c, 'state'), card: cardOf(c), ...at(c) });
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
