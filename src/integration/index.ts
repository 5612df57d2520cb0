/**
 * The explainer's Astro integration: runs every content check before Astro builds anything,
 * so that an editor's first line of output names the file and the fix, and runs them again in
 * the dev server whenever a file in content/ changes (live-preview.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './checks';
import { correctionProblems } from './corrections';
import { ContentError, formatProblem } from './problems';
import { startLivePreview } from './live-preview';

export { SITE_URL } from '../site';

function report(root: string, logger: AstroIntegrationLogger): ContentError | undefined {
  const problems = [...checkContent(root).problems, ...correctionProblems(root)];
  for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.length ? new ContentError(errors) : undefined;
}

export function explainer(): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        const root = fileURLToPath(config.root);
        const error = report(root, logger);
        if (!error) return;
        if (command === 'dev') {
          logger.error(error.message);
          return;
        }
        // A build stops here, before Astro's own output, with only the problems on screen.
        console.error(`\n${error.message}`);
        process.exit(1);
      },
      'astro:server:setup': (params) => startLivePreview(params, () => report(params.server.config.root, params.logger)),
    },
  };
}
