/** Reading a built page's tags (for the link check and the downloadable copy) and editing one start tag in place. */
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../src/lib/checks/link-check.ts';
import { editStartTag, readTags, type HtmlTag } from '../../src/lib/util/html-tags.ts';

const placed = (tag: HtmlTag | undefined) => {
  if (tag?.from === undefined) throw new Error('the tag has no place in the text');
  return { ...tag, from: tag.from };
};
const slice = (html: string, tag: HtmlTag) => html.slice(tag.from, tag.to);

describe('readTags', () => {
  it('gives each element with where its start tag and the element end', () => {
    const html = '<!DOCTYPE html><html><body><p id="a">One <br> two<img src="x.png"/></p><script>if (a < b) "</p>";</script></body></html>';
    const tags = readTags(html);
    expect(tags.map((tag) => tag.name)).toEqual(['html', 'body', 'p', 'br', 'img', 'script']);
    const [, , p, br, img, script] = tags;
    expect(slice(html, p!)).toBe('<p id="a">One <br> two<img src="x.png"/></p>');
    expect(html.slice(p!.from, p!.startTagEnd)).toBe('<p id="a">');
    expect(slice(html, br!)).toBe('<br>');
    expect(slice(html, img!)).toBe('<img src="x.png"/>');
    expect(slice(html, script!)).toBe('<script>if (a < b) "</p>";</script>');
  });

  it('leaves the end undefined when the parser implied it, and the start when it implied the element', () => {
    const tags = readTags('<ul><li>one<li>two</ul></p>');
    expect(tags.map((tag) => [tag.name, tag.from === undefined, tag.to === undefined])).toEqual([
      ['ul', false, false],
      ['li', false, true],
      ['li', false, true],
      ['p', true, true],
    ]);
  });

  it('decodes character references in attribute values and keeps the first of a repeated attribute', () => {
    const [a] = readTags('<a href="/a/?x=1&amp;y=2&lt;" href="/b/" id=&quot;q&quot;>x</a>');
    expect(a!.attributes).toEqual({ href: '/a/?x=1&y=2<', id: '"q"' });
  });

  it('gives the link check every link and how often each id occurs, in the order of the page', () => {
    const scan = scanPage(
      readTags('<html><head><link rel="stylesheet" href="/s.css"><script src="/a.js"></script></head><body><a href="/x/" id="a">x</a><form action="/f/"></form><p id="a"></p><img src="/i.png" id="b"><a name="no-href"></a></body></html>'),
    );
    expect(scan.links).toEqual(['/s.css', '/a.js', '/x/', '/f/', '/i.png']);
    expect([...scan.ids]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('editStartTag', () => {
  const edit = (html: string, changes: Record<string, string | null>) => editStartTag(html, placed(readTags(html)[0]), changes);

  it('changes a value in place whatever its quoting, and keeps every other byte', () => {
    expect(edit('<a class=x href=/a/ data-y=\'1\'>t</a>', { href: '../a/index.html' })).toBe('<a class=x href="../a/index.html" data-y=\'1\'>');
    expect(edit("<a  href = '/a/'  >t</a>", { href: '../a.html' })).toBe('<a  href="../a.html"  >');
    expect(edit('<a data-note="x>y" href="/a/">t</a>', { href: 'b' })).toBe('<a data-note="x>y" href="b">');
    expect(edit('<a download href>t</a>', { href: 'b' })).toBe('<a download href="b">');
  });

  it('removes attributes, adds new ones before the end of the tag, and escapes what it writes', () => {
    expect(edit('<script type="module" src="/a.js" data-atlas-script="x"></script>', { type: null, src: 'a.classic.js' })).toBe('<script src="a.classic.js" data-atlas-script="x">');
    expect(edit('<html lang="en">', { 'data-atlas-root': '../' })).toBe('<html lang="en" data-atlas-root="../">');
    expect(edit('<img src="a.png" />', { alt: 'say "hi" & go' })).toBe('<img src="a.png" alt="say &quot;hi&quot; &amp; go" />');
    expect(edit('<br>', { class: 'x' })).toBe('<br class="x">');
  });

  it('changes the first of a repeated attribute only, keeping how its name is written', () => {
    expect(edit('<a HREF="/a/" href="/b/">t</a>', { href: 'c' })).toBe('<a HREF="c" href="/b/">');
  });
});
