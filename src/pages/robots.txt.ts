/** robots.txt: everything may be crawled; the sitemap is named with the site's full URL, when it is known. */
import type { APIRoute } from 'astro';
import { asset } from '../lib/queries/context.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(asset('/sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
