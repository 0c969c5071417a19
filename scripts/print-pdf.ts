/**
 * Prints a reviewed study as a journal would set it, for measuring the importer on PDFs: A4,
 * justified paragraphs, long words breakable (soft hyphens, so that lines end in hyphenated
 * words), a running header that names a journal with its volume, issue and pages, and a page
 * number at the foot of each page. Headless Chromium from the system (CHROMIUM_PATH or
 * /usr/bin/chromium); it is never downloaded.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const PRINTED_HEADER = 'Jurnal Contoh Ilmu Sosial Vol. 3 No. 2 (2022): 101-120';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium is not at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A soft hyphen in the middle of each long word, so that some lines end in a broken word. */
const breakable = (text: string) => text.replace(/\b(\p{L}{5,})(\p{L}{5,})\b/gu, '$1\u00ad$2');

/** A study's blocks (headings, list items, paragraphs, in reading order) as an A4 PDF with a running header and page numbers. */
export async function printPdf(browser: Browser, blocks: readonly { kind: 'heading' | 'item' | 'paragraph'; text: string }[], path: string): Promise<void> {
  const html = `<!doctype html><html lang="id"><meta charset="utf-8"><style>body{font:11pt/1.45 serif}p{margin:0 0 .9em;text-align:justify}h3{font-size:11pt;margin:1.4em 0 .9em}p.item{padding-left:1.5em;text-indent:-1.5em}</style>${blocks
    .map((b) => (b.kind === 'heading' ? `<h3>${escape(b.text)}</h3>` : `<p${b.kind === 'item' ? ' class="item"' : ''}>${breakable(escape(b.text))}</p>`))
    .join('\n')}</html>`;
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({
    path,
    format: 'A4',
    displayHeaderFooter: true,
    margin: { top: '2.2cm', bottom: '2.2cm', left: '2.2cm', right: '2.2cm' },
    headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${PRINTED_HEADER}</div>`,
    footerTemplate: '<div style="font-size:9pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
  await page.close();
}
