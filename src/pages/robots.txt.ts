/** robots.txt: everything may be crawled; the sitemap is named with the site's full URL. */
import type { APIRoute } from 'astro';
import { asset } from '../lib/queries/context.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(asset('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
