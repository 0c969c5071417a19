/** What a published site needs besides its pages: sitemap, robots.txt, manifest, social metadata. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, dist, distBase, Page, studyUrls } from './site.ts';

describe('published-site basics', () => {
  it('lists every study and glossary entry in the sitemap, with full URLs, but not the 404 or search pages', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const url of Object.values(studyUrls)) expect(urls).toContain(`http://localhost:4321${url}`);
    expect(urls).toContain('http://localhost:4321/glossary/human-security/');
    expect(urls.some((url) => /404|search/.test(url))).toBe(false);
    expect(readFileSync(join(distBase, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>http://localhost:4321${basePath}studies/</loc>`);
  });

  it('has a robots.txt naming the sitemap under the base path', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: http://localhost:4321/sitemap-index.xml\n');
    expect(readFileSync(join(distBase, 'robots.txt'), 'utf8')).toContain(`Sitemap: http://localhost:4321${basePath}sitemap-index.xml`);
  });

  it('has a web app manifest whose start URL and icon are under the base path', () => {
    const manifest = JSON.parse(readFileSync(join(distBase, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Vietnam Trafficking Studies Atlas', start_url: basePath, scope: basePath, display: 'standalone' });
    expect((manifest.icons as { src: string }[])[0]!.src).toBe(`${basePath}favicon.svg`);
  });

  it('gives each page a canonical URL and Open Graph metadata', () => {
    const page = Page.load(studyUrls['003_2ce81c8634926572.txt']);
    const canonical = `http://localhost:4321${studyUrls['003_2ce81c8634926572.txt']}`;
    expect(page.attr('link[rel="canonical"]', 'href')).toBe(canonical);
    expect(page.attr('meta[property="og:url"]', 'content')).toBe(canonical);
    expect(page.attr('meta[property="og:type"]', 'content')).toBe('article');
    expect(page.attr('meta[property="og:title"]', 'content')).toBe(page.text('h1'));
    expect(page.attr('meta[property="og:description"]', 'content')).toBe(page.attr('meta[name="description"]', 'content'));
    expect(Page.load('/404.html').all('link[rel="canonical"]')).toHaveLength(0);
  });
});
