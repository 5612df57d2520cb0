/** The sitemap: every published locale's article, with its language alternates. Drafts are left out. */
import { siteData } from '../site-content/site-data';
import { absoluteUrl, articlePath } from '../i18n/urls';

export async function GET(): Promise<Response> {
  const data = await siteData();
  const published = data.locales.filter((l) => l.status === 'published');
  const alternates = published
    .map((l) => `    <xhtml:link rel="alternate" hreflang="${l.lang}" href="${absoluteUrl(articlePath(l))}"/>`)
    .join('\n');
  const urls = published.map((l) => {
    const article = data.articles[l.tag]!;
    const modified = (article.updated ?? article.published).toISOString().slice(0, 10);
    return `  <url>\n    <loc>${absoluteUrl(articlePath(l))}</loc>\n    <lastmod>${modified}</lastmod>\n${alternates}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${absoluteUrl('/')}"/>\n  </url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
