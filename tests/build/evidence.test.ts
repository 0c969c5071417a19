/**
 * Every claim of every atlas shows its evidence: each evidence link lands on a passage of the
 * study that holds the quoted words (checked in the built pages, not in the content), every
 * passage of a study's text can be linked to, and every passage a glossary entry writes either
 * quotes a study or is marked as general background.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { holdsQuote } from '../../src/lib/checks/evidence-report.ts';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { sitePathOf, splitSuffix, withoutBase } from '../../src/lib/util/paths.ts';
import { rootBuilds } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(rootBuilds.map((b) => [b.name, b] as const))('evidence in the %s', (_name, build) => {
  const pages = htmlFiles(build.dist).map((file) => ({ path: sitePathOf(file.slice(build.dist.length + 1)), page: new Page(readFileSync(file, 'utf8')) }));
  const cache = new Map<string, Page>();
  const load = (path: string) => cache.get(path) ?? cache.set(path, Page.load(path, build.dist)).get(path)!;

  const passageTexts = new Map<string, Map<string, string>>();
  /** A page's passages: id → words as the page shows them. */
  const passagesOf = (path: string) =>
    passageTexts.get(path) ??
    passageTexts.set(path, new Map(load(path).all('[id^="p-"]').map((el) => [String(el.properties?.id), squash(toText(el))]))).get(path)!;

  it('links every quote to the passage that holds its words', () => {
    let links = 0;
    for (const { path, page } of pages) {
      for (const link of page.all('a.evidence-link')) {
        links += 1;
        const href = String(link.properties?.href);
        const { path: target, suffix } = splitSuffix(withoutBase(build.base, href) ?? href);
        const [id = '', directive] = suffix.slice(1).split(':~:');
        expect(id, `${path}: ${href}`).toMatch(/^p-[0-9a-z]+(-\d+)?$/);
        const words = passagesOf(target).get(id);
        expect(words, `${path}: ${href} lands on no passage`).toBeDefined();
        const quote = squash(toText(link)).replace(/^“|”$/g, '');
        expect(quote, `${path}: the link shows the quote`).not.toBe('');
        expect(holdsQuote(words!, quote, directive ? `:~:${directive}` : ''), `${path}: ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(build.content.studies.length);
  });

  it('gives every quote a text fragment whose first match on the study’s page is in its passage', () => {
    // The way browsers read a text fragment: the first match of its start (with its prefix), in
    // the order the page shows its text, is where the highlight begins; without a range, the
    // first match of prefix, words and suffix together.
    let checked = 0;
    for (const [slug, quotes] of Object.entries(build.content.evidence.index)) {
      const { text, spans } = shownText(load(build.routes.study(slug)));
      for (const { id, fragment } of Object.values(quotes)) {
        if (!fragment) continue;
        const parts = fragment.replace(':~:text=', '').split(',');
        const prefix = parts[0]!.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : '';
        const suffix = parts.at(-1)!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : '';
        const [start = '', end] = parts.map((part) => decodeURIComponent(part));
        const loose = (words: string[]) => words.filter(Boolean).map((w) => squash(w).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('\\s*');
        const first = new RegExp(end ? loose([prefix, start]) : loose([prefix, start, suffix])).exec(text);
        const span = spans.get(id)!;
        expect(span, `${slug}: #${id}`).toBeDefined();
        expect(first && first.index >= span[0] && first.index < span[1], `${slug}: #${id}${fragment} first matches outside its passage`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(build.content.studies.length);
  });

  it('gives every paragraph and list item of each study’s text an id to link to', () => {
    for (const study of build.content.studies) {
      const page = load(build.routes.study(study.slug));
      const passages = page
        .all('.study-body p, .study-body li, section.abstract p:not(.keywords)')
        .filter((el) => !page.all('.editorial-insert').some((insert) => contains(insert, el)))
        .filter((el) => el.tagName === 'li' || !page.all('.study-body li').some((li) => contains(li, el)));
      expect(passages.length, study.slug).toBeGreaterThan(0);
      for (const el of passages) expect(String(el.properties?.id ?? ''), `${study.slug}: ${squash(toText(el)).slice(0, 60)}`).toMatch(/^p-/);
    }
  });

  it('follows every statement of a study’s overview with the numbers of the passages it rests on, on the same page', () => {
    for (const study of build.content.studies) {
      const page = load(build.routes.study(study.slug));
      const quotes = new Set(build.content.evidence.quotes.filter((q) => q.study === study.slug).map((q) => `${q.passage} ${squash(q.quote)}`));
      const claims = page.all('.overview p.summary, .overview h3 + p, .overview li');
      expect(claims.length, study.slug).toBeGreaterThan(2);
      for (const claim of claims) {
        const refs = page.all('a.evidence-ref').filter((a) => contains(claim, a));
        expect(refs.length, `${study.slug}: ${squash(toText(claim)).slice(0, 60)}`).toBeGreaterThan(0);
        const ids = refs.map((ref) => String(ref.properties?.href));
        expect(new Set(ids).size, `${study.slug}: one number for each passage`).toBe(ids.length);
        for (const ref of refs) {
          const id = String(ref.properties?.href).replace(/^#/, '');
          expect(ref.properties?.ariaDescribedBy, `${study.slug}: ${id}`).toEqual([id]);
          const passage = page.all(`[id="${id}"]`)[0];
          expect(passage, `${study.slug}: #${id} is not a passage of the page`).toBeDefined();
          // The words the number names (the page's script shows and marks them, leaving out what the atlas adds) are a quote of this study.
          for (const span of String(ref.properties?.dataWords).split(';')) {
            const [first, end] = span.split(' ').map(Number);
            const named = sourceWords(passage!).split(' ').slice(first, end).join(' ');
            expect([...quotes].some((q) => q.startsWith(`${id} `) && named.includes(q.slice(id.length + 1))), `${study.slug}: #${id} words ${first}–${end}: "${named}"`).toBe(true);
          }
        }
      }
      expect(page.all('.overview a.evidence-link'), `${study.slug}: the overview copies no quote of the text below it`).toEqual([]);
    }
  });

  it('lets a glossary entry say nothing a study does not say, unless it is marked as background', () => {
    for (const entry of build.content.glossary) {
      const page = load(build.routes.glossaryEntry(entry.id));
      const background = page.all('.entry-body .background-passage');
      for (const el of page.all('.entry-body p, .entry-body li')) {
        if (el.properties?.className?.toString().includes('background-label')) continue;
        if (el.tagName === 'p' && page.all('.entry-body li').some((li) => contains(li, el))) continue;
        const marked = background.some((box) => contains(box, el));
        const quoted = page.all('a.evidence-link').some((a) => contains(el, a));
        expect(marked || quoted, `${entry.id}: ${squash(toText(el)).slice(0, 60)}`).toBe(true);
      }
      const lead = page.one('.glossary-entry header .lead');
      const basis = entry.data.definitionBasis;
      if (basis === 'background') expect(page.text('.glossary-entry header .lead'), entry.id).toContain('General background');
      else expect(page.all('.glossary-entry header .lead a.evidence-link').length, entry.id).toBe(basis.length);
      expect(lead).toBeDefined();
    }
  });
});

/**
 * A page's text as a browser searches it for a text fragment (lower case, white space as one
 * space; nothing of head, scripts, styles or hidden elements), and where each passage's text is.
 */
function shownText(page: Page): { text: string; spans: Map<string, [number, number]> } {
  let text = '';
  const spans = new Map<string, [number, number]>();
  const walk = (node: Element) => {
    const id = String(node.properties?.id ?? '');
    const from = text.length;
    for (const child of node.children) {
      if (child.type === 'text') text = `${text}${child.value.toLowerCase()}`.replace(/\s+/g, ' ');
      else if (child.type === 'element' && !['head', 'script', 'style', 'template'].includes(child.tagName) && child.properties?.hidden === undefined) walk(child);
    }
    if (id.startsWith('p-')) spans.set(id, [from, text.length]);
  };
  walk(page.one('body')!);
  return { text, spans };
}

/** An element's words without what the atlas adds (`data-editorial`, such as a [sic] mark). */
function sourceWords(element: Element): string {
  const walk = (node: Element): string =>
    node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' && !('dataEditorial' in (child.properties ?? {})) ? walk(child) : '')).join('');
  return squash(walk(element));
}

function contains(outer: Element, inner: Element): boolean {
  if (outer === inner) return true;
  return outer.children.some((child) => child.type === 'element' && contains(child, inner));
}
