/**
 * Fidelity between a raw source text and the page that reproduces it.
 *
 * The raw text is cleaned by the same reviewed list of corrections the page applies
 * (`sources/corrections.json`), then cut into sentences; every sentence must appear on the
 * page, and every sentence of the page's study text must appear in the cleaned source.
 * What the atlas adds inside a study's text carries `data-editorial` and is left out.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

export interface Correction {
  /** Exact text in the source after lines are joined (single spaces). */
  find: string;
  /** What the page has instead. */
  replace: string;
  /** Why: the kind of extraction artefact. */
  reason: string;
}

export interface DroppedLine {
  /** The whole line, trimmed, as it stands in the raw file. */
  line: string;
  /** Why: running header, page number. */
  reason: string;
}

export interface FileCorrections {
  dropLines?: DroppedLine[];
  replace?: Correction[];
}

export interface CorrectionsFile {
  files: Record<string, FileCorrections>;
}

export interface CleanResult {
  text: string;
  /** Corrections that matched nothing: stale entries, to be removed or fixed. */
  unused: string[];
}

/** Applies the extraction clean-up and the file's corrections to a raw source text. */
export function cleanSource(raw: string, corrections: FileCorrections = {}): CleanResult {
  const unused: string[] = [];
  const drop = new Map((corrections.dropLines ?? []).map((d) => [d.line, 0]));
  const kept = raw.split(/\r?\n/).filter((line) => {
    const trimmed = line.trim();
    if (!drop.has(trimmed)) return true;
    drop.set(trimmed, (drop.get(trimmed) ?? 0) + 1);
    return false;
  });
  for (const [line, count] of drop) if (count === 0) unused.push(`dropLines: "${line}"`);

  // A line-final hyphen (or the typographic hyphen and soft hyphen a PDF breaks words with) is
  // joined to the next line without a space: "negara-" + "negara" is "negara-negara".
  let text = '';
  for (const line of kept) {
    // The seeds mark some lists with Markdown bullets ("- a. ..."); the page renders them as a list.
    const trimmed = line.trim().replace(/^[-*]\s+(?=\S)/, '');
    if (!trimmed) continue;
    text += text === '' || /[-\u2010\u00ad]$/.test(text) ? trimmed : ` ${trimmed}`;
  }
  text = collapse(text);
  for (const correction of corrections.replace ?? []) {
    if (!text.includes(correction.find)) {
      unused.push(`replace: "${correction.find}"`);
      continue;
    }
    text = text.split(correction.find).join(correction.replace);
  }
  // The seeds mark italics with asterisks; the page renders them as emphasis.
  text = collapse(text.replace(/\*([^*]+)\*/g, '$1'));
  return { text, unused };
}

/** Sentences: cut after ., ? or ! followed by white space. */
export function sentences(text: string): string[] {
  return collapse(text)
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Text of the element with id `rootId` in a built page, without elements marked `data-editorial`. */
export function pageText(html: string, rootId = 'source-text'): string {
  const tree = fromHtml(html);
  const root = findById(tree, rootId);
  if (!root) throw new Error(`The page has no element with id "${rootId}"`);
  removeEditorial(root);
  return collapse(toText(root));
}

export interface FidelityReport {
  /** Source sentences not found on the page. */
  missingFromPage: string[];
  /** Page sentences not found in the cleaned source (added or altered text). */
  notInSource: string[];
  unusedCorrections: string[];
}

export function compare(raw: string, html: string, corrections?: FileCorrections): FidelityReport {
  const { text: source, unused } = cleanSource(raw, corrections);
  const page = pageText(html);
  return {
    missingFromPage: sentences(source).filter((s) => !page.includes(s)),
    notInSource: sentences(page).filter((s) => !source.includes(s)),
    unusedCorrections: unused,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function findById(node: Root | Element, id: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties?.id === id) return child;
    const found = findById(child, id);
    if (found) return found;
  }
  return undefined;
}

function removeEditorial(node: Element): void {
  node.children = node.children.filter(
    (child) => !(child.type === 'element' && child.properties && 'dataEditorial' in child.properties),
  );
  for (const child of node.children) if (child.type === 'element') removeEditorial(child);
}
