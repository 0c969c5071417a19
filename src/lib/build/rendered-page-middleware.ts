/**
 * Hands each page Astro renders during a build to the after-build pass (`rendered-pages.ts`),
 * and returns the same HTML to Astro, which writes it. Does nothing in the dev server, or when
 * no build is listening.
 */
import type { MiddlewareHandler } from 'astro';
import { renderedPageReceiver } from './rendered-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const receive = renderedPageReceiver();
  if (!receive || !context.isPrerendered || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  receive(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
