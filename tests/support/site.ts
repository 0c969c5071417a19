/** Reads pages of a built site (`dist/`, or another build's folder). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { outputFileOf } from '../../src/lib/util/paths.ts';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');
export const distBase = join(root, 'dist-base');
export const basePath = '/atlas/';

export function fileFor(urlPath: string, outDir = dist): string {
  return join(outDir, outputFileOf(urlPath));
}

export function html(urlPath: string, outDir = dist): string {
  const file = fileFor(urlPath, outDir);
  if (!existsSync(file)) throw new Error(`The built site has no ${urlPath} (looked for ${file}); run npm test, which builds first`);
  return readFileSync(file, 'utf8');
}

export class Page {
  readonly tree: Root;
  constructor(readonly source: string) {
    this.tree = fromHtml(source);
  }
  static load(urlPath: string, outDir = dist): Page {
    return new Page(html(urlPath, outDir));
  }
  one(selector: string): Element {
    const found = select(selector, this.tree);
    if (!found) throw new Error(`No element matches "${selector}"`);
    return found;
  }
  all(selector: string): Element[] {
    return selectAll(selector, this.tree);
  }
  text(selector: string): string {
    return toText(this.one(selector)).replace(/\s+/g, ' ').trim();
  }
  attr(selector: string, name: string): unknown {
    return this.one(selector).properties?.[name];
  }
}
