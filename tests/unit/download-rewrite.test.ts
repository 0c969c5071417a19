/** The downloadable copy's page rewrite: relative file links, scripts handled by their markers, web-only parts left out. */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rewritePage, ScriptError } from '../../src/lib/build/download.ts';

const classic = { loader: 'LOADER()', termPreview: 'PREVIEW()', studyFilter: 'FILTER()', copyButtons: 'COPY()' };
const rewrite = (html: string, page = 'studies/x/index.html', base = '/atlas/') => {
  const text = rewritePage(html, page, base, classic);
  // Spliced into the page's own text or into the page written out whole, the copy reads the same.
  const whole = rewritePage(toHtml(fromHtml(html)), page, base, classic);
  expect(toHtml(fromHtml(text))).toBe(toHtml(fromHtml(whole)));
  return text;
};

describe('rewritePage', () => {
  it('links files relatively, keeps fragments and queries, and leaves other sites and the canonical URL alone', () => {
    const html = rewrite(
      '<html><head><link rel="canonical" href="https://example.org/atlas/studies/x/"></head><body><a href="/atlas/glossary/y/#z">y</a><a href="/atlas/">home</a><a href="https://example.org/">out</a><img src="/atlas/favicon.svg"></body></html>',
    );
    expect(html).toContain('href="../../glossary/y/index.html#z"');
    expect(html).toContain('href="../../index.html"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="https://example.org/atlas/studies/x/"');
    expect(html).toContain('src="../../favicon.svg"');
    expect(html).toContain('data-atlas-root="../../"');
  });

  it('handles each script by its marker and drops what is marked web-only', () => {
    const html = rewrite(
      '<html><head><script data-atlas-script="theme">THEME()</script><link rel="manifest" href="/atlas/manifest.webmanifest"></head><body>' +
        '<script type="module" data-atlas-script="search-loader">import("/atlas/_search/x.js")</script>' +
        '<p data-offline-status data-web-only></p><script type="module" data-atlas-script="offline-status" data-web-only>SW()</script>' +
        '<script type="module" data-atlas-script="term-preview">MODULE_PREVIEW()</script>' +
        '<script type="module" data-atlas-script="study-filter">MODULE_FILTER()</script>' +
        '<script type="module" data-atlas-script="copy-buttons">MODULE_COPY()</script>' +
        '<script type="application/ld+json">{"a":1}</script></body></html>',
    );
    expect(html).toContain('<script data-atlas-script="theme">THEME()</script>');
    expect(html).toContain('<script data-atlas-script="search-loader">LOADER()</script>');
    expect(html).toContain('<script data-atlas-script="term-preview">PREVIEW()</script>');
    expect(html).toContain('<script data-atlas-script="study-filter">FILTER()</script>');
    expect(html).toContain('<script data-atlas-script="copy-buttons">COPY()</script>');
    expect(html).toContain('<script type="application/ld+json">{"a":1}</script>');
    expect(html).not.toContain('SW()');
    expect(html).not.toContain('data-offline-status');
    expect(html).not.toContain('manifest');
  });

  it('points the search page at its classic script', () => {
    const html = rewrite('<html><body><script type="module" src="/atlas/_search/search-page-AB12.js" data-atlas-script="search-page"></script></body></html>', 'search/index.html');
    expect(html).toContain('<script src="../_search/search-page.classic.js" data-atlas-script="search-page"></script>');
  });

  it('stops at a script without a marker, so that no new script slips into the copy unconverted', () => {
    expect(() => rewrite('<html><body><script>alert(1)</script></body></html>')).toThrow(ScriptError);
    expect(() => rewrite('<html><body><script>alert(1)</script></body></html>')).toThrow(/studies\/x\/index\.html has a script without a known data-atlas-script marker/);
  });

  it('changes only the tags concerned and keeps the rest of the page as the site wrote it', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset=utf-8><title>It&#x27;s</title></head>\n<body class=x>  <p data-note=\'a>b\'>One &amp; two</p>' +
      '<a class="term" data-href="/atlas/x/" href="/atlas/glossary/y/">y</a></body></html>';
    const html = rewrite(page);
    expect(html).toBe(
      '<!DOCTYPE html>\n<html lang="en" data-atlas-root="../../"><head><meta charset=utf-8><title>It&#x27;s</title></head>\n<body class=x>  <p data-note=\'a>b\'>One &amp; two</p>' +
        '<a class="term" data-href="/atlas/x/" href="../../glossary/y/index.html">y</a></body></html>',
    );
  });

  it('writes the page out whole when a change has no place in its text (an element the parser implied)', () => {
    const html = rewrite('<a href="/atlas/glossary/y/">y</a>');
    expect(html).toBe('<html data-atlas-root="../../"><head></head><body><a href="../../glossary/y/index.html">y</a></body></html>');
    // A web-only element whose end tag is implied: its extent is known only once the page is written out whole.
    expect(rewrite('<html><body><ul><li data-web-only>offline<li>kept</ul></body></html>')).toBe(
      '<html data-atlas-root="../../"><head></head><body><ul><li>kept</li></ul></body></html>',
    );
  });

  it('keeps each rewritten tag as written but for the attributes it changes', () => {
    const html = rewrite(
      "<html lang=en><body><a  class=term href=/atlas/a/?x=1&amp;y=2 >a</a><img src='/atlas/i.svg' alt='a \"b\"'/><a href=\"/atlas/b/\" href=\"/atlas/c/\">b</a></body></html>",
    );
    expect(html).toContain('<html lang=en data-atlas-root="../../">');
    expect(html).toContain('<a  class=term href="../../a/index.html?x=1&amp;y=2" >a</a>');
    expect(html).toContain(`<img src="../../i.svg" alt='a "b"'/>`);
    // Browsers keep the first of a repeated attribute; the copy rewrites that one and leaves the other as written.
    expect(html).toContain('<a href="../../b/index.html" href="/atlas/c/">b</a>');
  });
});
