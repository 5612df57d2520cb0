/**
 * Every page and file passes through here once it is rendered (at build time for the static
 * site, on each request in the dev server): fallback marks of draft locales become lang
 * attributes in HTML and are dropped elsewhere (src/i18n/fallback-marks.ts). Each render runs
 * in its own scope, in which the dev server reads content/ once (src/site-content/site-data.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { siteData, withRequestScope } from './site-content/site-data';
import { FALLBACK_OPEN, resolvePageFallbacks, stripFallbackMarks } from './i18n/fallback-marks';

export const onRequest = defineMiddleware((_context, next) => withRequestScope(async () => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!/^(text\/|application\/(json|xml))/.test(type)) return response;
  const body = await response.text();
  if (!body.includes(FALLBACK_OPEN)) return new Response(body, response);
  const { defaultLocale } = await siteData();
  const resolved = type.startsWith('text/html') ? resolvePageFallbacks(body, defaultLocale) : stripFallbackMarks(body);
  return new Response(resolved, response);
}));
