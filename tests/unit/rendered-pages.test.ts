/** The hand-over of rendered pages from the engine's middleware to the after-build pass. */
import type { APIContext, MiddlewareNext } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { onRequest } from '../../src/lib/build/rendered-page-middleware.ts';
import { receiveRenderedPages } from '../../src/lib/build/rendered-pages.ts';

const page = '<!DOCTYPE html><html lang="en"><body><p>Teks — ünïcode</p></body></html>';
const context = (pathname: string, isPrerendered = true) => ({ url: new URL(`http://localhost${pathname}`), isPrerendered }) as unknown as APIContext;
const answer = (body: string, status = 200, type = 'text/html') => (() => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }))) as MiddlewareNext;

afterEach(() => receiveRenderedPages(undefined));

describe('rendered-page middleware', () => {
  it('hands each rendered page to the build and gives Astro the same bytes to write', async () => {
    const received: [string, string][] = [];
    receiveRenderedPages((pathname, html) => received.push([pathname, html]));
    const response = (await onRequest(context('/atlas/studies/x/'), answer(page))) as Response;
    expect(received).toEqual([['/atlas/studies/x/', page]]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(page, 'utf8'))).toBe(true);
  });

  it('leaves alone what is not a page rendered for the build: no build listening, the dev server, other files and statuses', async () => {
    const received: string[] = [];
    const original = new Response(page, { headers: { 'content-type': 'text/html' } });
    expect(await onRequest(context('/a/'), (() => Promise.resolve(original)) as MiddlewareNext)).toBe(original);
    receiveRenderedPages((pathname) => received.push(pathname));
    await onRequest(context('/b/', false), answer(page));
    await onRequest(context('/sitemap.xml'), answer('<urlset/>', 200, 'application/xml'));
    await onRequest(context('/404/'), answer(page, 404));
    expect(received).toEqual([]);
  });
});
