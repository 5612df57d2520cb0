/**
 * The explainer's Astro integration: runs every content check before Astro builds anything,
 * so that an editor's first line of output names the file and the fix, and runs them again in
 * the dev server whenever a file in content/ changes (live-preview.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './checks';
import { correctionProblems } from './corrections';
import { inlineScripts, withCsp } from './csp';
import { ContentError, formatProblem, type Problem } from './problems';
import { fontsPlugin } from './fonts-css';
import { labelSizesPlugin } from './label-sizes-css';
import { tokensPlugin } from './tokens-css';
import { startLivePreview } from './live-preview';

export { SITE_URL } from '../site';

function report(root: string, logger: AstroIntegrationLogger): ContentError | undefined {
  const problems = [...checkContent(root).problems, ...correctionProblems(root)];
  const errors = problems.filter((p) => p.severity === 'error');
  // A build that stops says first why it stops; its warnings come back in the next build.
  if (errors.length) return new ContentError(errors);
  for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
  return undefined;
}

export function explainer(): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ config, logger, command, updateConfig }) => {
        updateConfig({ vite: { plugins: [labelSizesPlugin(), tokensPlugin(), fontsPlugin()] } });
        const root = fileURLToPath(config.root);
        // A build starts from an empty dist/: if it fails, no earlier page is left to deploy by mistake.
        if (command === 'build') fs.rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
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
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const walk = (folder: string): string[] =>
          fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(folder, e.name)) : e.name.endsWith('.html') ? [path.join(folder, e.name)] : []));
        const blocked: Problem[] = [];
        for (const file of walk(out)) {
          const html = fs.readFileSync(file, 'utf8');
          for (const script of inlineScripts(html)) {
            blocked.push({
              file: path.relative(process.cwd(), file),
              message: `an inline script, which the page's Content-Security-Policy blocks: ${JSON.stringify(script.trim().slice(0, 80))}`,
              fix: 'move the code to a <script> that Astro bundles (or a file in public/); if it came from content/, an escape is missing in the component that wrote it',
              severity: 'error',
            });
          }
          fs.writeFileSync(file, withCsp(html));
        }
        if (blocked.length) {
          fs.rmSync(out, { recursive: true, force: true });
          console.error(`\n${new ContentError(blocked).message}`);
          process.exit(1);
        }
      },
      'astro:server:setup': (params) => startLivePreview(params, () => report(params.server.config.root, params.logger)),
    },
  };
}
