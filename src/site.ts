/**
 * The one place that knows where the site is published. Canonical links, hreflang, Open Graph,
 * JSON-LD and the sitemap are absolute URLs built from it. A deploy sets SITE_URL.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://geneva-2022.example.org').replace(/\/$/, '');
