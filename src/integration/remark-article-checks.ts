/**
 * Checks each article as MDX compiles it, so that the dev server's error overlay points at the
 * line an editor just broke. The same checks run on the whole folder when a build starts.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { structureOfTree } from './article-structure';
import { checkArticle, loadData } from './checks';
import { ContentError, type Problem } from './problems';

export function remarkArticleChecks() {
  return (tree: Root, file: VFile) => {
    const root = file.cwd;
    const relative = path.relative(root, file.path).split(path.sep).join('/');
    if (!/^content\/article\/[^/]+\.mdx$/.test(relative)) return;
    const problems: Problem[] = [];
    const data = loadData(root, problems);
    problems.push(...checkArticle(structureOfTree(tree), relative, data));
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new ContentError(errors);
  };
}
