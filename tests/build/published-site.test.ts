/**
 * What a published site needs besides its pages: sitemap, robots.txt, manifest, social metadata;
 * for every build. A build with its site URL (SITE_URL) names its pages by full URL; a build
 * without one names none, rather than a made-up address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/util/walk-files.ts';
import { builtAtlases, under } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('published-site basics of the %s', (_name, build) => {
  const { routes, content, site } = build;

  it('has a web app manifest named after the atlas, whose start URL and icon are under the base path', () => {
    const manifest = JSON.parse(readFileSync(join(build.dist, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: build.title, lang: build.locale, start_url: build.base, scope: build.base, display: 'standalone' });
    expect((manifest.icons as { src: string }[])[0]!.src).toBe(`${build.base}favicon.svg`);
  });

  it('gives each study page Open Graph metadata', () => {
    for (const study of content.studies) {
      const page = Page.load(routes.study(study.slug), build.dist);
      expect(page.attr('meta[property="og:type"]', 'content')).toBe('article');
      expect(page.attr('meta[property="og:title"]', 'content')).toBe(page.text('h1'));
      expect(page.attr('meta[property="og:description"]', 'content')).toBe(page.attr('meta[name="description"]', 'content'));
      expect(String(page.attr('meta[property="og:locale"]', 'content'))).toMatch(new RegExp(`^${build.locale}(_[A-Z]{2})?$`));
    }
    expect(Page.load('/404.html', build.dist).all('link[rel="canonical"]')).toHaveLength(0);
  });

  if (site) {
    it('lists every study and glossary entry in the sitemap, with full URLs, but not the 404 or search pages', () => {
      const sitemap = readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8');
      const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      for (const study of content.studies) expect(urls).toContain(`${site}${under(build, routes.study(study.slug))}`);
      for (const entry of content.glossary) expect(urls).toContain(`${site}${under(build, routes.glossaryEntry(entry.id))}`);
      expect(urls).toContain(`${site}${under(build, routes.studies())}`);
      expect(urls.some((url) => /404|\/search\//.test(url))).toBe(false);
      // Every later interface language: its pages too, each page with its alternates.
      for (const lang of build.atlas.config.languages.interface.slice(1)) {
        for (const study of content.studies) expect(urls).toContain(`${site}${build.base}${lang}${routes.study(study.slug)}`);
        expect(sitemap).toContain(`hreflang="${lang}`);
      }
    });

    it('has a robots.txt naming the sitemap under the base path', () => {
      expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}${build.base}sitemap-index.xml\n`);
    });

    it('gives each study page its full URL as canonical and Open Graph URL', () => {
      for (const study of content.studies) {
        const path = routes.study(study.slug);
        const page = Page.load(path, build.dist);
        expect(page.attr('link[rel="canonical"]', 'href')).toBe(`${site}${under(build, path)}`);
        expect(page.attr('meta[property="og:url"]', 'content')).toBe(`${site}${under(build, path)}`);
      }
    });
  } else {
    it('without a site URL: no sitemap, no canonical or Open Graph URL, and no made-up address anywhere', () => {
      expect(existsSync(join(build.dist, 'sitemap-index.xml'))).toBe(false);
      expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
      for (const study of content.studies) {
        const page = Page.load(routes.study(study.slug), build.dist);
        expect(page.all('link[rel="canonical"], link[rel="sitemap"], meta[property="og:url"]')).toHaveLength(0);
      }
      const texts = walkFiles(build.dist).filter((file) => /\.(?:html|xml|txt|json|bib|ris|js|webmanifest)$/.test(file));
      expect(texts.length).toBeGreaterThan(content.studies.length * 4);
      expect(texts.filter((file) => readFileSync(file, 'utf8').includes('localhost'))).toEqual([]);
    });
  }
});
