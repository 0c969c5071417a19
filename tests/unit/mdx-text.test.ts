/** The text of an MDX body as its page shows it, read from the file (a draft has no built page). */
import { describe, expect, it } from 'vitest';
import { mdxText } from '../../src/lib/checks/mdx-text.ts';

describe('mdxText', () => {
  it('leaves out comments and the atlas’s editorial additions', () => {
    const body = [
      '{/* TODO: check this paragraph */}',
      '',
      'The source’s words. {/* an inline comment */} More of them.',
      '',
      '<EditorialInsert label={{ en: "Figures" }}>',
      'A table the atlas adds.',
      '</EditorialInsert>',
      '',
      'Spelled so<span data-editorial>[sic]</span> in the source.',
    ].join('\n');
    expect(mdxText(body)).toBe('The source’s words. More of them. Spelled so in the source.');
  });

  it('keeps the text of other elements, and undoes escapes and character references as Markdown does', () => {
    expect(mdxText('A <span lang="en">human trafficking</span> case<sup>12</sup>, \\*not emphasis\\*, \\<b\\> &amp; 5\\. next.')).toBe(
      'A human trafficking case12, *not emphasis*, <b> & 5. next.',
    );
    expect(mdxText('<p role="note" class="source-note">A footnote of the source.</p>')).toBe('A footnote of the source.');
  });

  it('drops markup and joins blocks with spaces, as the page’s text reads', () => {
    const body = ['### 1. Introduction', '', 'A *stressed* and **strong** [linked](/x/) `code` word,', 'on two lines.', '', '- a. first', '- b. second', '', '| Year | Cases |', '| --- | --- |', '| 2017 | 350 |'].join('\n');
    expect(mdxText(body)).toBe('1. Introduction A stressed and strong linked code word, on two lines. a. first b. second Year Cases 2017 350');
  });

  it('leaves out the numbers of a numbered list, which the page draws', () => {
    expect(mdxText('1. first\n2. second')).toBe('first second');
  });

  it('says nothing of a body that is not valid MDX (the MDX compiler reports it)', () => {
    expect(mdxText('A <span unclosed paragraph.')).toBeUndefined();
  });
});
