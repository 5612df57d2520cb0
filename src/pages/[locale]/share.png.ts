/** /<locale>/share.png: the article's share image in each locale (src/share/share-image.ts), made at build time. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { discoverLocales } from '../../i18n/registry';
import { formatDate } from '../../i18n/format';
import { siteData } from '../../site-content/site-data';
import { sharePng, sitePalette } from '../../share/share-image';

export function getStaticPaths() {
  return discoverLocales('content').map((locale) => ({ params: { locale: locale.tag } }));
}

export const GET: APIRoute = async ({ params }) => {
  const tag = params.locale!;
  const tr = (await siteData()).translators[tag]!;
  const article = (await getEntry('article', tag))!.data;
  const png = sharePng(
    { siteName: tr.t('meta.siteName'), kicker: article.kicker, title: article.title, date: formatDate(article.published, tr) },
    sitePalette(),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
