/** /<locale>/share.png: the article's share image in each locale (src/share/share-image.ts), made at build time. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { discoverLocales } from '../../i18n/registry';
import { siteData } from '../../site-content/site-data';
import { sharePng, sitePalette } from '../../share/share-image';
import { FRONTS } from '../../components/hero-layout';
import { SOLDIERS_PER_MARK } from '../../charts/troops/layout';
import { graphicText } from '../../charts/shared/strings';
import { need } from '../../charts/shared/graphic';
import { formatNumber } from '../../i18n/format';

export function getStaticPaths() {
  return discoverLocales('content').map((locale) => ({ params: { locale: locale.tag } }));
}

export const GET: APIRoute = async ({ params }) => {
  const tag = params.locale!;
  const data = await siteData();
  const tr = data.translators[tag]!;
  const article = (await getEntry('article', tag))!.data;
  const text = graphicText(tr, data.figures);
  const fronts = FRONTS.map(([id, key]) => ({ words: text(key), soldiers: need('share image', data.figures[id], `figure "${id}" (content/data/figures.json)`).value }));
  const png = sharePng(
    {
      publication: tr.t('masthead.publication'),
      kicker: article.kicker,
      title: article.title,
      dateline: tr.t('meta.siteName'),
      fronts,
      key: text('hero.key', { count: formatNumber(SOLDIERS_PER_MARK, tr) }),
    },
    sitePalette(),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
