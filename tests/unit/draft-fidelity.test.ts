/**
 * A draft against its source text, sentence by sentence in both directions, as the fidelity
 * test checks built pages. Every published study of both atlases, which passes that test on its
 * built page, passes this check from its files: the text read from the MDX is the page's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { parseFrontmatter } from '../../src/lib/checks/frontmatter-check.ts';
import { draftFidelityProblems, draftPageText } from '../../src/lib/checks/draft-fidelity.ts';
import type { CorrectionsFile } from '../../src/lib/checks/fidelity.ts';

const root = resolve(import.meta.dirname, '../..');
/** A study's text as the check reads it: the file after its frontmatter. */
const bodyOf = (path: string) => parseFrontmatter(readFileSync(path, 'utf8'), path, [], '')!.body;
const atlases = [['project', await loadAtlas(root)], ['mini', await loadAtlas(join(root, 'tests/fixtures/atlas-mini'))]] as const;

describe.each(atlases)('the studies of the %s atlas, checked as drafts', (_name, atlas) => {
  const corrections: CorrectionsFile = existsSync(atlas.layout.correctionsFile) ? JSON.parse(readFileSync(atlas.layout.correctionsFile, 'utf8')) : { files: {} };
  it.each(checkContent(atlas).studies.map((s) => [s.slug, s] as const))('%s is faithful to its source', (_slug, study) => {
    const problems = draftFidelityProblems({
      file: study.file,
      abstracts: study.data.abstracts,
      body: bodyOf(join(atlas.layout.root, study.file)),
      seed: { name: study.data.source.file, text: readFileSync(join(atlas.layout.seedsDir, study.data.source.file), 'utf8') },
      corrections: corrections.files[study.data.source.file],
      correctionsFile: 'sources/corrections.json',
      keywordsLabel: 'Keywords',
    });
    expect(problems).toEqual([]);
  });
});

describe('draftFidelityProblems', () => {
  const seed = { name: 'report.txt', text: 'Report\n\nSummary\n\nThe *valley* shares water. Each farm waits its turn.\n\nKeywords: water; turns\n\nBody\n\nThe council meets in May.\nIt sets the turns.\n' };
  const draft = {
    file: 'src/content/studies/report.mdx',
    abstracts: [{ lang: 'en', heading: 'Summary', text: 'The *valley* shares water. Each farm waits its turn.', keywords: ['water', 'turns'] }],
    body: 'Body\n\nThe council meets in May. It sets the turns.\n',
    seed,
    corrections: { dropLines: [{ line: 'Report', reason: 'the title line' }] },
    correctionsFile: 'sources/corrections.json',
    keywordsLabel: 'Keywords',
  };

  it('reads the draft as its page shows it: abstract headings, paragraphs without the italics’ asterisks, keyword lines, then the body', () => {
    expect(draftPageText(draft.abstracts, draft.body, 'Keywords')).toBe('Summary The valley shares water. Each farm waits its turn. Keywords: water; turns Body The council meets in May. It sets the turns.');
    expect(draftFidelityProblems(draft)).toEqual([]);
  });

  it('names each sentence the draft lacks or adds, on the draft’s body, with the fix', () => {
    const problems = draftFidelityProblems({ ...draft, body: 'Body\n\nThe council meets in June. It sets the turns.\n' });
    expect(problems).toEqual([
      {
        file: 'src/content/studies/report.mdx',
        field: 'body',
        // A sentence runs on across headings and keyword lines, which end without a full stop.
        message: 'this sentence of the source is not in the draft: "Keywords: water; turns Body The council meets in May.": restore it, or record the change in sources/corrections.json',
      },
      {
        file: 'src/content/studies/report.mdx',
        field: 'body',
        message: 'this sentence is not in the source report.txt: "Keywords: water; turns Body The council meets in June.": restore the source\'s words, or record the change in sources/corrections.json',
      },
    ]);
  });

  it('shortens a long sentence to its first 80 characters', () => {
    const long = `${'word '.repeat(30).trim()}.`;
    const [problem] = draftFidelityProblems({ ...draft, body: `Body\n\nThe council meets in May. It sets the turns. ${long}\n` });
    expect(problem?.message).toContain(`"${long.slice(0, 80)}…"`);
  });

  it('names a correction of the file that matches nothing, on the corrections file', () => {
    const problems = draftFidelityProblems({ ...draft, corrections: { dropLines: [{ line: 'Report', reason: 'the title line' }, { line: 'Page 4', reason: 'a page number' }] } });
    expect(problems).toEqual([
      { file: 'sources/corrections.json', field: 'files."report.txt"', message: 'the correction dropLines: "Page 4" matches nothing in report.txt: copy its text exactly as the file has it, or remove it' },
    ]);
  });
});
