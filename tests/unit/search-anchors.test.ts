/** The copy of a page the search bundles are given: ids only where Pagefind's search reads them. */
import { describe, expect, it } from 'vitest';
import { withSearchAnchorsOnly } from '../../src/lib/build/search-anchors.ts';

describe('withSearchAnchorsOnly', () => {
  it('takes the ids off passages and other block elements, every other attribute and byte kept', () => {
    expect(withSearchAnchorsOnly('<p class="passage" id="p-1rr6eiw" data-x="1">Text</p><li id="l2">Item</li><div id="source-text" class="source-text">')).toBe(
      '<p class="passage" data-x="1">Text</p><li>Item</li><div class="source-text">',
    );
  });

  it('keeps the ids of headings, section titles and inline elements (a note marker stays apart from its word)', () => {
    const kept = '<h2 id="overview">Overview</h2><H3 id="q">Q</H3><section id="s" data-pagefind-title="Part">x</section><p>word<sup><a class="note-marker" id="note-2-p-1" href="#note-2">2</a></sup></p><span id="s1">s</span>';
    expect(withSearchAnchorsOnly(kept)).toBe(kept);
  });

  it('leaves a tag it cannot read safely as written: an id after a value holding ">" stays', () => {
    const tag = '<p title="a > b" id="p-2">Text</p>';
    expect(withSearchAnchorsOnly(tag)).toBe(tag);
  });

  it('does not take a data-id or an id-like word in text for an id', () => {
    const html = '<p data-id="x">id="y" is text</p>';
    expect(withSearchAnchorsOnly(html)).toBe(html);
  });
});
