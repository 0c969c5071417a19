/**
 * Study pages put the text first, and speak a reader's words, in every atlas: the summary and
 * contents, then the study's text; the full overview folds; notes, source details and
 * citations follow the text. A note about particular passages is marked at each of them and
 * links back; the source's headings carry their glosses in the reader's language; studies are
 * named by their short titles; and no reader page names a source file or says how it was made.
 */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { headingGloss } from '../../src/lib/util/heading-glosses.ts';
import { normalizeQuote } from '../../src/lib/util/passages.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { rootBuilds } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the study pages of the %s', (_name, build) => {
  const { content, routes, locale, atlas } = build;
  const studies = content.studies.map((study) => ({ study, page: Page.load(routes.study(study.slug), build.dist) }));

  it('show the summary and contents, then the text; the full overview folds; notes, source and citation follow the text', () => {
    for (const { study, page } of studies) {
      const order = page.source;
      const at = (id: string) => order.indexOf(`id="${id}"`);
      expect(at('overview'), study.slug).toBeLessThan(at('text-of-the-study'));
      for (const later of ['about-the-source', 'cite-this-study', ...(study.data.editorialNotes.length > 0 ? ['editorial-notes'] : [])]) {
        expect(at(later), `${study.slug}: ${later} comes after the text`).toBeGreaterThan(at('text-of-the-study'));
      }
      expect(page.all('.overview p.summary'), study.slug).toHaveLength(1);
      for (const heading of page.all('.overview h3')) {
        expect(page.all('.overview details.overview-more h3').includes(heading), `${study.slug}: "${toText(heading)}" is folded`).toBe(true);
      }
    }
  });

  it('mark every passage an editorial note concerns with a link to the note, and the note links back', () => {
    let marked = 0;
    for (const { study, page } of studies) {
      study.data.editorialNotes.forEach((note, index) => {
        const n = index + 1;
        expect(page.all(`li#note-${n}`), `${study.slug}: note ${n}`).toHaveLength(1);
        const passages = new Set(note.at.map((quote) => content.evidence.index[study.slug]![normalizeQuote(quote)]!.id));
        for (const passage of passages) {
          const marker = page.one(`[id="${passage}"] a.note-marker[href="#note-${n}"]`);
          expect(marker.properties?.id).toBe(`note-${n}-${passage}`);
          expect(page.all(`li#note-${n} a[href="#note-${n}-${passage}"]`), `${study.slug}: note ${n} links back to ${passage}`).toHaveLength(1);
          marked += 1;
        }
        expect(page.all(`li#note-${n} a.evidence-ref`)).toHaveLength(passages.size);
      });
      // Nothing else is marked.
      const expected = study.data.editorialNotes.reduce((sum, note) => sum + new Set(note.at.map((q) => content.evidence.index[study.slug]![normalizeQuote(q)]!.id)).size, 0);
      expect(page.all('.source-text a.note-marker'), study.slug).toHaveLength(expected);
    }
    if (build.name === 'project atlas') expect(marked).toBeGreaterThan(10);
  });

  it('gloss the source’s headings in the reader’s language, beside the heading and in the contents', () => {
    let glossed = 0;
    for (const { study, page } of studies) {
      const lang = study.data.languages[0]!;
      if (lang === locale) continue;
      for (const heading of page.all('.study-body h3, .study-body h4')) {
        const words = toText(heading).replace(/\s+/g, ' ').trim();
        const gloss = page.all(`[id="${heading.properties?.id}"] .heading-gloss`);
        const own = words.replace(/\s*\([^)]*\)$/, '');
        const expected = headingGloss(gloss.length > 0 ? own : words, lang, { standard: atlas.config.studies.headingGlosses, own: study.data.headingGlosses })?.[locale];
        if (!expected) {
          expect(gloss, `${study.slug}: "${words}" has no gloss`).toHaveLength(0);
          continue;
        }
        expect(toText(gloss[0]!)).toBe(`(${expected})`);
        // Read as written on the page: the heading's words, a space, the gloss.
        expect(words, study.slug).toBe(`${own} (${expected})`);
        expect(gloss[0]!.properties?.lang).toBe(locale);
        expect(toText(page.one(`.toc a[href="#${heading.properties?.id}"]`))).toContain(`(${expected})`);
        glossed += 1;
      }
    }
    if (build.name === 'project atlas') expect(glossed).toBeGreaterThan(10);
  });
});

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the reader’s words in the %s', (_name, build) => {
  const pages = htmlFiles(build.dist).map((file) => ({ file: file.slice(build.dist.length), page: new Page(readFileSync(file, 'utf8')) }));

  it('never name a source file, a hash or how the atlas was made', () => {
    const files = build.content.studies.map((s) => s.data.source.file);
    for (const { file, page } of pages) {
      const text = toText(page.one('main')).replace(/\s+/g, ' ');
      for (const source of files) expect(text, file).not.toContain(source);
      expect(text, file).not.toMatch(/\b(corpus|frontmatter|extracted|extraction artefacts?)\b/i);
      expect(text, file).not.toMatch(/\b[0-9a-f]{16}\b/);
    }
  });

  it('name studies in glossary entries by their short titles, linked to the study', () => {
    for (const entry of build.content.glossary) {
      const page = Page.load(build.routes.glossaryEntry(entry.id), build.dist);
      for (const name of page.all('a.study-name')) {
        const study = build.content.studies.find((s) => build.routes.study(s.slug) === name.properties?.href);
        expect(study, `${entry.id}: ${String(name.properties?.href)}`).toBeDefined();
        expect(toText(name)).toBe(pick(study!.data.shortTitle, build.locale).text);
      }
    }
  });

  it('explain on “About this edition” how each study’s text was prepared, with every change as a table row', () => {
    const edition = Page.load(build.routes.edition(), build.dist);
    for (const study of build.content.studies) {
      const section = `section[aria-labelledby="${study.slug}"]`;
      expect(edition.all(section), study.slug).toHaveLength(1);
      for (const note of study.data.editionNotes) expect(edition.text(section)).toContain(pick(note, build.locale).text.slice(0, 40));
    }
    const corrections = JSON.parse(readFileSync(build.atlas.layout.correctionsFile, 'utf8')) as { files: Record<string, { dropLines?: unknown[]; replace?: unknown[] }> };
    const rows = Object.values(corrections.files).reduce((sum, f) => sum + (f.dropLines?.length ?? 0) + (f.replace?.length ?? 0), 0);
    expect(edition.all('table.changes tbody tr')).toHaveLength(rows);
  });
});
