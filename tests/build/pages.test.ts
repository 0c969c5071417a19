/** Every built page of every atlas as a reader meets it: frame, language, scripts, headings, ids. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { outputFileOf } from '../../src/lib/util/paths.ts';
import { builtAtlases, rootBuilds } from '../support/atlases.ts';
import { Page } from '../support/site.ts';
import { atlasOrder, listingPages, rowLinks } from '../support/study-index.ts';
import { offlineStrings as offlineOf } from '../../src/i18n/ui.ts';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('every page of the %s', (_name, build) => {
  const pages = htmlFiles(build.dist).map((file) => ({ file: file.slice(build.dist.length), page: new Page(readFileSync(file, 'utf8')) }));

  const [first, ...later] = build.atlas.config.languages.interface;
  const localeOfFile = (file: string) => later.find((lang) => file.startsWith(`/${lang}/`)) ?? first!;
  const titleIn = (lang: string) => build.atlas.config.title[lang] ?? build.title;

  it('has the page frame: language, title, description, skip link, one main, navigation (and the language switch where the atlas has several), footer, one h1', () => {
    expect(pages.length).toBeGreaterThan(8);
    for (const { file, page } of pages) {
      const lang = localeOfFile(file);
      expect(page.attr('html', 'lang'), file).toBe(lang);
      expect(page.text('title'), file).toMatch(new RegExp(`${titleIn(lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(String(page.attr('meta[name="description"]', 'content')).length, file).toBeGreaterThan(40);
      expect(page.attr('a.skip-link', 'href'), file).toBe('#main');
      expect(page.all('main#main'), file).toHaveLength(1);
      expect(page.all('header nav.site-nav[aria-label]'), file).toHaveLength(1);
      const switches = file === '/404.html' || later.length === 0 ? 0 : 1;
      expect(page.all('header nav.language-switch[aria-label]'), file).toHaveLength(switches);
      expect(page.all('footer'), file).toHaveLength(1);
      expect(page.all('h1'), file).toHaveLength(1);
    }
  });

  it('carries only small, marked inline scripts: theme, search loader, offline status, language switch and suggestion where the atlas has several languages, term preview where it links to the glossary, study filter and copy buttons where it has them; and a module script only on the search and compare pages', () => {
    for (const { file, page } of pages) {
      const inline = page.all('script:not([src]):not([type="application/ld+json"])');
      const kinds = inline.map((script) => {
        expect(gzipSync(toText(script), { level: 9 }).length, `${file}: ${String(script.properties?.dataAtlasScript)}`).toBeLessThanOrEqual(1024);
        return String(script.properties?.dataAtlasScript);
      });
      const termLinks = page.all('a.term');
      const filters = page.all('form[data-study-filter]');
      const copyButtons = page.all('button[data-copy]');
      const switches = page.all('nav.language-switch');
      const suggestions = page.all('[data-language-suggestion]');
      expect(kinds.sort(), file).toEqual([
        ...(copyButtons.length > 0 ? ['copy-buttons'] : []),
        ...(suggestions.length > 0 ? ['language-suggestion'] : []),
        ...(switches.length > 0 ? ['language-switch'] : []),
        'offline-status',
        'search-loader',
        ...(filters.length > 0 ? ['study-filter'] : []),
        ...(termLinks.length > 0 ? ['term-preview'] : []),
        'theme',
      ]);
      expect(
        page.all('script[src]').map((s) => String(s.properties?.src).replace(/-[A-Z0-9]+\.js$/, '.js')),
        file,
      ).toEqual(
        file.endsWith('/search/index.html')
          ? [`${build.base}_search/search-page.js`]
          : // The pages of /compare/, where there are studies to pick: the compare script.
            /\/compare\/(?:page\/\d+\/)?index\.html$/.test(file) && build.content.studies.length > 1
            ? [`${build.base}_search/compare.js`]
            : [],
      );
      // Each page carries its own language's script strings only.
      if (later.length > 0 && file !== '/404.html') {
        const offline = inline.find((s) => s.properties?.dataAtlasScript === 'offline-status');
        const lang = localeOfFile(file);
        for (const other of build.atlas.config.languages.interface) {
          const reload = offlineOf(other).reload;
          expect(toText(offline!).includes(JSON.stringify(reload).slice(1, -1)), `${file}: ${other} offline strings`).toBe(other === lang);
        }
      }
      for (const link of termLinks) {
        const describedBy = String(link.properties?.ariaDescribedBy);
        expect(page.all(`[id="${describedBy}"]`), `${file}: ${describedBy} must be on the page`).toHaveLength(1);
      }
    }
  });

  it('has headings in order and unique ids', () => {
    for (const { file, page } of pages) {
      const levels = page.all('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      levels.forEach((level, index) => {
        const previous = index === 0 ? 0 : levels[index - 1]!;
        expect(level - previous, `${file}: heading ${index + 1} jumps from h${previous} to h${level}`).toBeLessThanOrEqual(1);
      });
      const ids = page.all('[id]').map((el) => String(el.properties?.id));
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });
});

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the pages of the %s', (_name, build) => {
  const { routes, content, atlas } = build;

  it('publishes every study, and no other page under the studies route', () => {
    // The index is paginated (`studies.pageSize`): its pages together list every study once.
    const linked = listingPages(build, build.locale, { order: 'atlas' }).flatMap(({ page }) => rowLinks(page));
    expect(linked.sort()).toEqual(content.studies.map((s) => routes.study(s.slug)).sort());
    for (const study of content.studies) expect(Page.load(routes.study(study.slug), build.dist).all('article.study[data-pagefind-body]')).toHaveLength(1);
  });

  it('marks each study’s text with its language and says “not stated in the source” for what the source does not give', () => {
    for (const study of content.studies) {
      const page = Page.load(routes.study(study.slug), build.dist);
      expect(page.attr('.study-body', 'lang')).toBe(study.data.languages[0]);
      for (const abstract of page.all('section.abstract')) expect(study.data.languages).toContain(abstract.properties?.lang);
      const meta = page.text('.meta-panel');
      if (!study.data.source.doi) expect(meta).toMatch(/DOI not stated in the source/);
      // How the text was prepared, and the text as received, are on "About this edition".
      expect(page.attr('.meta-panel a[href*="#"]', 'href')).toBe(routes.edition(study.slug));
      const edition = Page.load(routes.edition(), build.dist);
      expect(edition.attr(`section[aria-labelledby="${study.slug}"] a[href$=".txt"]`, 'href')).toBe(routes.sourceText(study.data.source.file));
    }
  });

  it('lists the first studies on the home page (at most home.studies), links to all of them, and has a 404 page with a way back', () => {
    const hrefs = Page.load('/', build.dist).all('main a').map((a) => a.properties?.href);
    const shown = atlasOrder(build, build.locale).slice(0, atlas.config.home.studies);
    expect(Page.load('/', build.dist).all('.study-card')).toHaveLength(shown.length);
    for (const study of shown) expect(hrefs).toContain(routes.study(study.slug));
    expect(hrefs).toContain(routes.studies());
    const notFound = Page.load('/404.html', build.dist);
    expect(notFound.all('main a[href="/"]')).toHaveLength(1);
  });

  it('has a timeline page, linked from the navigation, exactly when the atlas has a timeline', () => {
    const navigation = Page.load('/', build.dist).all('header nav a').map((a) => String(a.properties?.href));
    const hasTimeline = existsSync(atlas.layout.timelineFile);
    expect(navigation.includes(routes.timeline())).toBe(hasTimeline);
    expect(existsSync(join(build.dist, outputFileOf(routes.timeline())))).toBe(hasTimeline);
  });
});
