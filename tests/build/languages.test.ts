/**
 * An atlas with several interface languages (the project atlas: English at `/`, Bahasa
 * Indonesia at `/id/`): every page exists in every language with the same passages, says which
 * language it is in, links to itself in the others and into its reader's language, speaks only
 * its own language's interface (the other dictionary's strings appear only inside passages
 * marked with their `lang`), and the one 404 page speaks all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import * as en from '../../src/i18n/en.ts';
import { t } from '../../src/i18n/ui.ts';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { sitePathOf, unlocalizedPath, withoutBase } from '../../src/lib/util/paths.ts';
import { builtAtlases } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

const multilingual = builtAtlases.filter((b) => b.atlas.config.languages.interface.length > 1);

/** Words that are the same in both interfaces (format names, acronyms): never taken as the other language's. */
const SAME_IN_BOTH = new Set(['BibTeX', 'RIS', 'CSL-JSON', 'DOI', 'Volume', 'APA 7']);

/** The fixed strings of a dictionary (functions left out), long enough to be told apart from words of a text. */
function dictionaryStrings(locale: string): string[] {
  const dictionary = { ...t(locale) } as Record<string, unknown>;
  return [...new Set(Object.values(dictionary).filter((v): v is string => typeof v === 'string' && v.length >= 4 && !SAME_IN_BOTH.has(v)))];
}

/**
 * What a page says in `lang`: its running text, and the whole text of each short element (a
 * heading, a label, a button, a link), where interface strings stand alone.
 */
function partsIn(tree: Root, lang: string): { text: string; labels: Set<string> } {
  const labels = new Set<string>();
  const walk = (nodes: (ElementContent | Root['children'][number])[], current: string) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const element = node as Element;
      if (['script', 'style', 'template', 'head'].includes(element.tagName)) continue;
      const own = element.properties?.lang;
      const next = typeof own === 'string' && own !== '' ? own.split('-')[0]! : current;
      if (next === lang) {
        const whole = textIn({ type: 'root', children: [{ ...element, properties: { ...element.properties, lang } }] }, lang).replace(/\s+/g, ' ').trim();
        if (whole.length <= 80) labels.add(whole.replace(/:$/, ''));
      }
      walk(element.children, next);
    }
  };
  walk(tree.children, '');
  return { text: textIn(tree, lang), labels };
}

/** The text of a page that is in `lang`: every text node whose nearest `lang` is it (scripts, styles and hidden data left out). */
function textIn(tree: Root, lang: string): string {
  const parts: string[] = [];
  const walk = (nodes: (ElementContent | Root['children'][number])[], current: string) => {
    for (const node of nodes) {
      if (node.type === 'text' && current === lang) parts.push(node.value);
      if (node.type !== 'element') continue;
      const element = node as Element;
      if (['script', 'style', 'template', 'head'].includes(element.tagName)) continue;
      const own = element.properties?.lang;
      const next = typeof own === 'string' && own !== '' ? own.split('-')[0]! : current;
      for (const name of ['ariaLabel', 'title', 'alt', 'placeholder'] as const) {
        const value = element.properties?.[name];
        if (typeof value === 'string' && next === lang) parts.push(value);
      }
      walk(element.children, next);
    }
  };
  walk(tree.children, '');
  return parts.join('\n');
}

/** `s` as whole words: "Program" is not in "Programme". */
const wholeWords = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

describe.each(multilingual.map((b) => [b.name, b] as const))('the languages of the %s', (_name, build) => {
  const [first, ...later] = build.atlas.config.languages.interface;
  const files = htmlFiles(build.dist).filter((file) => !file.includes('/downloads/'));
  const pages = new Map<string, Page>(files.map((file) => [sitePathOf(file.slice(build.dist.length + 1)), new Page(readFileSync(file, 'utf8'))]));
  const pathOf = (sitePath: string) => withoutBase(build.base, sitePath) ?? sitePath;
  const firstPages = [...pages.keys()].filter((path) => !later.some((lang) => path.startsWith(`/${lang}/`)) && path !== '/404.html');

  it('has every page of the first language in each other one, with the same passage ids', () => {
    expect(firstPages.length).toBeGreaterThan(40);
    for (const lang of later) {
      for (const path of firstPages) {
        const translated = pages.get(`/${lang}${path}`);
        expect(translated, `/${lang}${path}`).toBeDefined();
        const ids = (page: Page) => page.all('[id^="p-"]').map((e) => String(e.properties?.id));
        expect(ids(translated!), `/${lang}${path}`).toEqual(ids(pages.get(path)!));
      }
    }
  });

  it('says its language on <html>, names the same page in every language (hreflang, x-default) and links to the others', () => {
    for (const [path, page] of pages) {
      if (path === '/404.html') continue;
      const lang = later.find((l) => path.startsWith(`/${l}/`)) ?? first!;
      expect(page.attr('html', 'lang'), path).toBe(lang);
      const neutral = unlocalizedPath(path, build.atlas.config.languages.interface);
      const expected = (l: string) => {
        const local = `${build.base.slice(0, -1)}${l === first ? '' : `/${l}`}${neutral}`;
        return build.site ? new URL(local, build.site).href : local;
      };
      const alternates = Object.fromEntries(page.all('link[rel="alternate"][hreflang]').map((link) => [String(link.properties?.hrefLang), String(link.properties?.href)]));
      // Full URLs only: a build without the site's URL has none (as it has no canonical link).
      expect(alternates, path).toEqual(
        build.site ? { ...Object.fromEntries(build.atlas.config.languages.interface.map((l) => [l, expected(l)])), 'x-default': expected(first!) } : {},
      );
      const switchLinks = page.all('nav.language-switch a[hreflang]').map((a) => [String(a.properties?.hrefLang), String(a.properties?.href)]);
      expect(switchLinks, path).toEqual(build.atlas.config.languages.interface.filter((l) => l !== lang).map((l) => [l, `${build.base.slice(0, -1)}${l === first ? '' : `/${l}`}${neutral}`]));
      const ogAlternates = page.all('meta[property="og:locale:alternate"]').length;
      expect(ogAlternates, path).toBe(build.atlas.config.languages.interface.length - 1);
    }
  });

  it('links from a page into its own language: navigation, glossary terms, study names, search', () => {
    const fileRoutes = ['sources/', 'downloads/', 'pagefind/', '_search/'];
    for (const lang of later) {
      for (const [path, page] of pages) {
        if (!path.startsWith(`/${lang}/`)) continue;
        for (const a of page.all('a[href]')) {
          const href = String(a.properties?.href);
          if (a.properties?.hrefLang !== undefined || !href.startsWith(build.base) || href.startsWith('#')) continue;
          const inSite = pathOf(href);
          if (fileRoutes.some((r) => inSite.startsWith(`/${r}`)) || /\.(bib|ris|json|txt|zip)$/.test(inSite.split(/[?#]/)[0]!)) continue;
          expect(inSite, `${path}: ${href}`).toMatch(new RegExp(`^/${lang}/`));
        }
      }
    }
  });

  it('shows no interface string of another language outside passages marked with it, in either direction', () => {
    const strings = Object.fromEntries(build.atlas.config.languages.interface.map((l) => [l, dictionaryStrings(l)]));
    for (const [path, page] of pages) {
      if (path === '/404.html') continue;
      const lang = later.find((l) => path.startsWith(`/${l}/`)) ?? first!;
      const { text, labels } = partsIn(page.tree, lang);
      for (const other of build.atlas.config.languages.interface.filter((l) => l !== lang)) {
        const own = new Set(strings[lang]);
        // A label of the other language standing alone, or a phrase of it (three words or more) anywhere.
        const leaked = strings[other]!.filter((s) => !own.has(s) && (labels.has(s) || (s.split(' ').length >= 3 && wholeWords(s).test(text))));
        expect(leaked, `${path}: ${other} interface strings in ${lang} text`).toEqual([]);
      }
    }
  });

  it('serves one 404 page in every language, each part marked with its language and linking into it', () => {
    const page = pages.get('/404.html')!;
    const sections = page.all('main section');
    expect(sections).toHaveLength(build.atlas.config.languages.interface.length);
    for (const [i, lang] of build.atlas.config.languages.interface.entries()) {
      const section = sections[i]!;
      expect(section.properties?.lang ?? first, lang).toBe(lang);
      expect(toText(section), lang).toContain(t(lang)['notFound.title']);
      const links = selectAll('a', section).map((a) => String(a.properties?.href));
      expect(links, lang).toContain(`${build.base}${i === 0 ? '' : `${lang}/`}`);
    }
  });

  it('gives a study page about the same compressed weight in every language (within 10%)', () => {
    for (const study of build.content.studies) {
      const path = pathOf(build.routes.study(study.slug));
      const size = (p: string) => gzipSync(readFileSync(join(build.dist, p.slice(1), 'index.html'))).length;
      const firstSize = size(path);
      for (const lang of later) expect(size(`/${lang}${path}`) / firstSize, `${lang}: ${path}`).toBeLessThan(1.1);
    }
  });
});

it('finds a multilingual atlas among the builds (the project atlas)', () => {
  expect(multilingual.map((b) => b.name)).toContain('project atlas');
  expect(Object.keys(en.ui).length).toBeGreaterThan(100);
});
