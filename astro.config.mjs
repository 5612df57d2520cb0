// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { explainer, SITE_URL } from './src/integration/index.ts';
import { scanLocales, DEFAULT_LOCALE } from './src/i18n/registry.ts';
import { remarkArticleChecks } from './src/integration/remark-article-checks.ts';
import { remarkTypography } from './src/integration/remark-typography.ts';

// Locales with problems are left out here; the explainer integration reports the problems.
const { locales } = scanLocales(new URL('./content', import.meta.url).pathname);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: locales.map((l) => l.tag),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { remarkPlugins: [remarkArticleChecks, remarkTypography] },
  integrations: [explainer(), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
