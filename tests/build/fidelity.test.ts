/**
 * Every sentence of each source text is on its page, and the page adds none of its own, after
 * applying exactly the reviewed corrections in sources/corrections.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, sentences, cleanSource, type CorrectionsFile } from '../../src/lib/fidelity.ts';
import { html, root, studyUrls } from './site.ts';

const corrections = JSON.parse(readFileSync(join(root, 'sources/corrections.json'), 'utf8')) as CorrectionsFile;

describe('fidelity of the study pages to their sources', () => {
  it('has a corrections entry for every seed and no entry for a file that is not a seed', () => {
    const seeds = readdirSync(join(root, 'sources/seeds')).filter((name) => name.endsWith('.txt')).sort();
    expect(Object.keys(corrections.files).sort()).toEqual(seeds);
  });

  it.each(Object.entries(studyUrls))('%s is carried whole and unaltered by its page', (file, url) => {
    const raw = readFileSync(join(root, 'sources/seeds', file), 'utf8');
    const report = compare(raw, html(url), corrections.files[file]);
    expect(report.unusedCorrections, 'corrections that match nothing in the raw text').toEqual([]);
    expect(report.missingFromPage, 'source sentences missing from the page').toEqual([]);
    expect(report.notInSource, 'page sentences that are not in the source').toEqual([]);
    expect(sentences(cleanSource(raw, corrections.files[file]).text).length).toBeGreaterThan(5);
  });
});
