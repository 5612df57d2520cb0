/** /<locale>/data/<graphic>.csv: each graphic's figures for download, in each locale. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { graphicCsv } from '../../../charts/shared/csv';
import { siteData } from '../../../site-content/site-data';
import { discoverLocales } from '../../../i18n/registry';

export async function getStaticPaths() {
  const graphics = await getCollection('graphics');
  return discoverLocales('content').flatMap((locale) => graphics.map((g) => ({ params: { locale: locale.tag, graphic: g.id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const csv = graphicCsv(data.graphics[params.graphic!]!, data.figures, data.sources, data.translators[params.locale!]!);
  return new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
