/**
 * The article's prose gets the formatter's line-break rules (src/i18n/format.ts, noBreaks): a
 * number stays on one line with the word after it, and so does a figure the page inserts with
 * <Num> and the word that follows it in the text. Code and the components' attributes are left as
 * they are.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { noBreaks } from '../i18n/format';

const isFigure = (node: unknown) => {
  const n = node as { type?: string; name?: string } | undefined;
  return n?.type === 'mdxJsxTextElement' && n.name === 'Num';
};

export function remarkTypography() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      const before = parent && index !== undefined && index > 0 ? parent.children[index - 1] : undefined;
      node.value = noBreaks(node.value, { afterFigure: isFigure(before) });
    });
  };
}
