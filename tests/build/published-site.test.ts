/** What a published site needs besides its pages: sitemap, robots.txt, manifest, social metadata; for every build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAtlases, under } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

const ORIGIN = 'http://localhost:4321';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('published-site basics of the %s', (_name, build) => {
  const { routes, content } = build;

  it('lists every study and glossary entry in the sitemap, with full URLs, but not the 404 or search pages', () => {
    const sitemap = readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const study of content.studies) expect(urls).toContain(`${ORIGIN}${under(build, routes.study(study.slug))}`);
    for (const entry of content.glossary) expect(urls).toContain(`${ORIGIN}${under(build, routes.glossaryEntry(entry.id))}`);
    expect(urls).toContain(`${ORIGIN}${under(build, routes.studies())}`);
    expect(urls.some((url) => /404|\/search\//.test(url))).toBe(false);
  });

  it('has a robots.txt naming the sitemap under the base path', () => {
    expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${build.base}sitemap-index.xml\n`);
  });

  it('has a web app manifest named after the atlas, whose start URL and icon are under the base path', () => {
    const manifest = JSON.parse(readFileSync(join(build.dist, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: build.title, lang: build.locale, start_url: build.base, scope: build.base, display: 'standalone' });
    expect((manifest.icons as { src: string }[])[0]!.src).toBe(`${build.base}favicon.svg`);
  });

  it('gives each study page a canonical URL and Open Graph metadata', () => {
    for (const study of content.studies) {
      const path = routes.study(study.slug);
      const page = Page.load(path, build.dist);
      const canonical = `${ORIGIN}${under(build, path)}`;
      expect(page.attr('link[rel="canonical"]', 'href')).toBe(canonical);
      expect(page.attr('meta[property="og:url"]', 'content')).toBe(canonical);
      expect(page.attr('meta[property="og:type"]', 'content')).toBe('article');
      expect(page.attr('meta[property="og:title"]', 'content')).toBe(page.text('h1'));
      expect(page.attr('meta[property="og:description"]', 'content')).toBe(page.attr('meta[name="description"]', 'content'));
      expect(String(page.attr('meta[property="og:locale"]', 'content'))).toMatch(new RegExp(`^${build.locale}(_[A-Z]{2})?$`));
    }
    expect(Page.load('/404.html', build.dist).all('link[rel="canonical"]')).toHaveLength(0);
  });
});
