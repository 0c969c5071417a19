/** What an imported study leaves to review: its `TODO` values and `{/* TODO: … *\/}` comments, with their lines. */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/checks/frontmatter-check.ts';
import { reviewItems } from '../../src/lib/checks/review-items.ts';

function parsed(text: string) {
  const file = parseFrontmatter(text, 'study.mdx', [], 'README');
  if (!file) throw new Error('the fixture has no frontmatter');
  return file;
}

const study = `---
draft: true
title:
  en: "TODO: a descriptive title"
kind: TODO
authors:
  - name: "TODO: the author's name, as the source gives it"
  - name: Todorov
overview: TODO
rights: not-stated
---

{/* TODO: the lines above the abstract were left out */}

A paragraph. {/* TODO:   a footnote
   marker */} More.

{/* A comment that asks nothing. */}

{/* TODO */}
`;

describe('reviewItems', () => {
  it('lists every TODO value with its field and line, and each TODO comment with its line in the file', () => {
    expect(reviewItems(parsed(study), { kind: 'choose one of: report, brief' })).toEqual([
      { field: 'title.en', line: 4, text: 'a descriptive title' },
      { field: 'kind', line: 5, text: 'choose one of: report, brief' },
      { field: 'authors.0.name', line: 7, text: "the author's name, as the source gives it" },
      { field: 'overview', line: 9, text: 'fill in overview' },
      { line: 13, text: 'the lines above the abstract were left out' },
      { line: 15, text: 'a footnote marker' },
      { line: 20, text: 'a comment left to review' },
    ]);
  });

  it('finds nothing in a study without placeholders', () => {
    expect(reviewItems(parsed('---\ntitle:\n  en: Todo lists in village committees\n---\n\nTODO is a word here, not a comment.\n'))).toEqual([]);
  });

  it('counts the lines of the body from the line it starts on', () => {
    const items = reviewItems({ input: {}, lineOf: () => undefined, body: 'one\n\n{/* TODO: here */}\n', bodyLine: 10 });
    expect(items).toEqual([{ line: 12, text: 'here' }]);
  });
});
