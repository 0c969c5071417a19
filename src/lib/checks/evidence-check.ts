/**
 * Every claim the atlas makes about what a study says rests on the study's own words: each
 * statement of a study's overview carries quotes (`evidence`), each passage of a glossary entry
 * carries `<Evidence study="…" quote="…" />` or stands inside `<Background>` (general knowledge,
 * marked as such), and a definition says what it rests on (`definitionBasis`). This check finds
 * every quote in one paragraph of the study quoted — the passage an evidence link points at —
 * and stops the build with the file, the line and the nearest passage when a quote is not
 * there. Its index (study → quote → passage id) is what pages link with.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BACKGROUND } from '../model/glossary-schema.ts';
import type { Claim, Overview } from '../model/study-schema.ts';
import { paragraphs } from '../util/inline-text.ts';
import { abstractPassages, collectPassages, findPassage, nearestPassage, normalizeQuote, textFragment, wordSpan, type Passage } from '../util/passages.ts';
import type { LineOf } from './frontmatter-check.ts';
import type { ContentProblem } from './problems.ts';
import { buildCache, cacheKey, readCachedJson } from '../build/build-cache.ts';

/** A quote found in a study (its passage's index, its text fragment and words), or the passage nearest to it. */
type Located = { at: number; fragment: string; words: [number, number] } | { near?: string };


/** Separates texts joined for one search: no quote contains it. */
const APART = '\u0000';

/** Elements of MDX content that the check reads. */
export const EVIDENCE_ELEMENT = 'Evidence';
export const BACKGROUND_ELEMENT = 'Background';
export const STUDY_NAME_ELEMENT = 'StudyName';
/** What the atlas inserts into a study's text: not the source's words, never quoted. */
export const EDITORIAL_ELEMENTS = ['EditorialInsert'];

/** Where a quote is: the id of the passage that holds it, and the passage's language. */
export interface PassageRef {
  id: string;
  lang: string;
  /** The text fragment that marks the quote in the page (`:~:text=…`), or `''` (the id alone). */
  fragment: string;
  /** The passage's number in the study's text (abstracts first), from 1. */
  n: number;
  /** Which of the passage's words the quote is: `[first, end)`. */
  words: [number, number];
}

/** Study slug → normalized quote → the passage that holds it. */
export type EvidenceIndex = Record<string, Record<string, PassageRef>>;

/** One quote the site shows as evidence, where it is used, and the passage it points at. */
export interface QuotedEvidence {
  study: string;
  quote: string;
  passage: string;
  /** Where the claim is: `overview`, `glossary`, `definition`, `timeline`, or `note` (the passage an editorial note concerns). */
  usedIn: 'overview' | 'glossary' | 'definition' | 'timeline' | 'note';
  /** The file that makes the claim (as messages name it). */
  file: string;
}

export interface EvidenceStudy {
  slug: string;
  file: string;
  body: string;
  /** The study's languages, main first: its body is in the first. */
  languages: readonly string[];
  abstracts: readonly { text: string; lang: string }[];
  overview: Readonly<Record<string, Overview>>;
  /** Its editorial notes: the passages each concerns, as quotes. */
  notes?: readonly { at: readonly string[] }[];
  /**
   * What else the study's page shows before its text (its title, overview, notes, the
   * definitions of its glossary terms): a text fragment must not find the quoted words there.
   */
  shownOnPage?: readonly string[];
  /** The body as `readStudyBody` read it (null: it does not parse), when the caller has read it already. */
  read?: StudyBody | null;
  lineOf: LineOf;
}

export interface EvidenceEntry {
  id: string;
  file: string;
  body: string;
  bodyLine: number;
  definitionBasis: typeof BACKGROUND | { study: string; quote: string }[];
  lineOf: LineOf;
}

export interface EvidenceResult {
  problems: ContentProblem[];
  index: EvidenceIndex;
  quotes: QuotedEvidence[];
  /** Per glossary entry, the passages of its body that are general background (their first words). */
  background: Record<string, string[]>;
  passages: Map<string, Passage[]>;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * An MDX body as a tree, or undefined when it does not parse. The evidence checks then say nothing
 * about that file: the content check reports the parser's own message at its line
 * (`mdxSyntaxError`), and for a glossary entry the MDX compiler, which parses it the same way.
 */
function parseMdx(body: string): Root | undefined {
  try {
    return parser.parse(body);
  } catch {
    return undefined;
  }
}

/** Why a body that starts on line `bodyLine` of its file does not parse as MDX: the parser's message (with its places in the file) and line. */
export function mdxSyntaxError(body: string, bodyLine: number): { reason: string; line?: number } | undefined {
  try {
    // Blank lines in place of the frontmatter: the parser's places are then the file's.
    parser.parse('\n'.repeat(bodyLine - 1) + body);
    return undefined;
  } catch (error) {
    const { reason, message, line } = error as { reason?: string; message?: string; line?: number };
    return { reason: reason ?? message ?? String(error), line };
  }
}

/** What the checks read from a study's MDX body, parsed once: its passages and its headings as text. */
export interface StudyBody {
  passages: Passage[];
  headings: string[];
}

/** A study's MDX body read once for every check that needs it, or undefined when it does not parse. */
export function readStudyBody(body: string): StudyBody | undefined {
  const tree = parseMdx(body);
  if (!tree) return undefined;
  return { passages: collectPassages(tree, EDITORIAL_ELEMENTS), headings: headingsOf(tree) };
}

/**
 * The passages of a study, each with its language: its abstracts' paragraphs, then its body's
 * paragraphs and list items; undefined when the body is not valid MDX. `read`: the body as
 * `readStudyBody` read it, when the caller has it already.
 */
export function studyPassages(
  study: Pick<EvidenceStudy, 'abstracts' | 'body' | 'languages'>,
  read: StudyBody | undefined = readStudyBody(study.body),
): (Passage & { lang: string })[] | undefined {
  if (!read) return undefined;
  const fromAbstracts = study.abstracts.flatMap((abstract) => abstractPassages(paragraphs(abstract.text)).map((p) => ({ ...p, lang: abstract.lang })));
  const fromBody = read.passages.map((p) => ({ ...p, lang: study.languages[0]! }));
  return [...fromAbstracts, ...fromBody];
}

/** The headings of an MDX tree as text (without the atlas's elements). */
function headingsOf(tree: Root): string[] {
  const texts: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') texts.push(node.children.map((c) => textOf(c as unknown as JsxNode)).join('').replace(/\s+/g, ' ').trim());
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return texts;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

const attribute = (node: JsxNode, name: string) => {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

const isElement = (node: JsxNode, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

function elementsIn(node: JsxNode, name: string): JsxNode[] {
  return [...(isElement(node, name) ? [node] : []), ...(node.children ?? []).flatMap((child) => elementsIn(child, name))];
}

function textOf(node: JsxNode): string {
  if ('value' in node && typeof (node as { value?: unknown }).value === 'string') return (node as unknown as { value: string }).value;
  return (node.children ?? []).map(textOf).join('');
}

export function checkEvidence(
  studies: readonly EvidenceStudy[],
  glossary: readonly EvidenceEntry[],
  timeline: readonly { file: string; line?: number; field: string; study: string; quote: string }[],
  /** Studies that exist but could not be read: quotes from them are skipped, not reported. */
  unreadable: readonly string[] = [],
  /** Drafts among `studies`: their own quotes are checked; a glossary entry may not quote or name them. */
  drafts: readonly string[] = [],
): EvidenceResult {
  const problems: ContentProblem[] = [];
  const index: EvidenceIndex = {};
  const quotes: QuotedEvidence[] = [];
  const background: Record<string, string[]> = {};
  const passages = new Map<string, (Passage & { lang: string })[]>();
  // What each study's page shows before its text, as text fragments compare it.
  // Joined by a character no quote has, so that one search covers them all.
  const shown = new Map(studies.map((study) => [study.slug, (study.shownOnPage ?? []).map((text) => normalizeQuote(text).toLowerCase()).join(APART)]));
  const lowerTexts = new Map<string, { joined: string; ends: number[] }>();
  /** The text of a study's passages before passage `at`, in lower case. */
  const textBefore = (study: string, own: readonly Passage[], at: number) => {
    let texts = lowerTexts.get(study);
    if (!texts) {
      const lower = own.map((p) => p.text.toLowerCase());
      let end = -APART.length;
      lowerTexts.set(study, (texts = { joined: lower.join(APART), ends: lower.map((text) => (end += APART.length + text.length)) }));
    }
    return at === 0 ? '' : texts.joined.slice(0, texts.ends[at - 1]);
  };
  const unchecked = new Set(unreadable);
  for (const study of studies) {
    const own = studyPassages(study, study.read === undefined ? readStudyBody(study.body) : (study.read ?? undefined));
    if (own) passages.set(study.slug, own);
    else unchecked.add(study.slug);
  }
  const unpublished = new Set(drafts);
  const slugs = studies.map((s) => s.slug).filter((slug) => !unpublished.has(slug));
  const fileOf = new Map(studies.map((s) => [s.slug, s.file]));

  /** Finds a quote in a study; records it, or the problem. */
  const resolve = (study: string, quote: string, usedIn: QuotedEvidence['usedIn'], where: Omit<ContentProblem, 'message'>) => {
    if (unpublished.has(study) && usedIn !== 'overview' && usedIn !== 'note') {
      problems.push({ ...where, message: draftMessage(study, fileOf.get(study)!, `the quote "${shorten(quote, 8)}"`) });
      return;
    }
    const own = passages.get(study);
    if (!own) {
      if (unchecked.has(study)) return;
      problems.push({ ...where, message: `no study "${study}": use the slug of a study (its file name), one of ${slugs.join(', ')}` });
      return;
    }
    const found = located(study, own, quote);
    if (!('at' in found)) {
      problems.push({
        ...where,
        message: `the quote "${shorten(quote)}" is not in one paragraph of ${study}: copy the study's words exactly, within one paragraph${found.near ? `; the nearest passage reads "${shorten(found.near)}"` : ''}`,
      });
      return;
    }
    const passage = own[found.at]!;
    (index[study] ??= {})[normalizeQuote(quote)] = { id: passage.id, lang: passage.lang, fragment: found.fragment, n: found.at + 1, words: found.words };
    quotes.push({ study, quote, passage: passage.id, usedIn, file: where.file });
  };

  /**
   * Where a quote is in a study's passages, with its text fragment and words: a pure function of
   * the passages, of what the page shows above them and of the quote, kept in the build cache per
   * study (an edit to the study's text or to the page above it makes a new entry).
   */
  const locatedBefore = buildCache('evidence');
  const locatedIn = new Map<string, { key: string; quotes: Record<string, Located>; added: boolean }>();
  const located = (study: string, own: readonly (Passage & { lang: string })[], quote: string): Located => {
    let memo = locatedIn.get(study);
    if (!memo) {
      const key = cacheKey(JSON.stringify(own), shown.get(study)!);
      memo = { key, quotes: readCachedJson<Record<string, Located>>(locatedBefore, key) ?? {}, added: false };
      locatedIn.set(study, memo);
    }
    const known = memo.quotes[quote];
    if (known) return known;
    const passage = findPassage(own, quote);
    let result: Located;
    if (passage) {
      const at = own.indexOf(passage as Passage & { lang: string });
      // Nor in the passages before this one, nor earlier in this one (textFragment sees that).
      result = { at, fragment: textFragment(quote, passage, [shown.get(study)!, textBefore(study, own, at)]), words: wordSpan(quote, passage) };
    } else {
      result = { near: nearestPassage(own, quote) };
    }
    memo.quotes[quote] = result;
    memo.added = true;
    return result;
  };

  for (const study of studies) {
    for (const [lang, overview] of Object.entries(study.overview)) {
      for (const [field, value] of Object.entries(overview) as [string, Claim | Claim[]][]) {
        const claims = Array.isArray(value) ? value : [value];
        claims.forEach((claim, position) => {
          const path = Array.isArray(value) ? ['overview', lang, field, position] : ['overview', lang, field];
          claim.evidence.forEach((quote, k) =>
            resolve(study.slug, quote, 'overview', { file: study.file, line: study.lineOf([...path, 'evidence', k]), field: [...path, 'evidence', k].join('.') }),
          );
        });
      }
    }
  }

  for (const study of studies) {
    (study.notes ?? []).forEach((note, n) =>
      note.at.forEach((quote, k) =>
        resolve(study.slug, quote, 'note', { file: study.file, line: study.lineOf(['editorialNotes', n, 'at', k]), field: `editorialNotes.${n}.at.${k}` }),
      ),
    );
  }

  for (const entry of glossary) {
    if (entry.definitionBasis !== BACKGROUND) {
      entry.definitionBasis.forEach(({ study, quote }, k) =>
        resolve(study, quote, 'definition', { file: entry.file, line: entry.lineOf(['definitionBasis', k]), field: `definitionBasis.${k}` }),
      );
    }
    const tree = parseMdx(entry.body);
    if (!tree) continue;
    const lineOf = (node: JsxNode) => (node.position ? node.position.start.line + entry.bodyLine - 1 : undefined);
    for (const element of elementsIn(tree as unknown as JsxNode, EVIDENCE_ELEMENT)) {
      const study = attribute(element, 'study');
      const quote = attribute(element, 'quote');
      if (!study || !quote) {
        problems.push({ file: entry.file, line: lineOf(element), message: `<${EVIDENCE_ELEMENT}> needs study="<slug>" and quote="<the study's words>"` });
        continue;
      }
      resolve(study, quote, 'glossary', { file: entry.file, line: lineOf(element) });
    }
    for (const element of elementsIn(tree as unknown as JsxNode, STUDY_NAME_ELEMENT)) {
      const study = attribute(element, 'study');
      if (study && unpublished.has(study)) {
        problems.push({ file: entry.file, line: lineOf(element), message: draftMessage(study, fileOf.get(study)!, `<${STUDY_NAME_ELEMENT} study="${study}" />`) });
        continue;
      }
      if (study && (passages.has(study) || unchecked.has(study))) continue;
      problems.push({
        file: entry.file,
        line: lineOf(element),
        message: `<${STUDY_NAME_ELEMENT}${study ? ` study="${study}"` : ''} /> names no study: write study="<slug>", one of ${slugs.join(', ')}`,
      });
    }
    // Every passage the entry writes either quotes a study or is marked as background.
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes as unknown as JsxNode[]) {
        if (isElement(node, BACKGROUND_ELEMENT)) {
          (background[entry.id] ??= []).push(shorten(textOf(node).replace(/\s+/g, ' ').trim(), 8));
          continue;
        }
        if (node.type === 'paragraph' || node.type === 'listItem') {
          const ownText = node.type === 'listItem' ? (node.children ?? []).filter((c) => c.type !== 'list') : [node];
          const quoted = ownText.some((part) => elementsIn(part, EVIDENCE_ELEMENT).length > 0);
          if (!quoted && textOf(node).trim() !== '') {
            problems.push({
              file: entry.file,
              line: lineOf(node),
              message: `the passage "${shorten(textOf(node).replace(/\s+/g, ' ').trim(), 8)}" says what no study is quoted for: add <${EVIDENCE_ELEMENT} study="<slug>" quote="<the study's words>" /> to it, or wrap it in <${BACKGROUND_ELEMENT}>…</${BACKGROUND_ELEMENT}> if it is general knowledge`,
            });
          }
          for (const child of node.children ?? []) if (child.type === 'list') walk(child.children as unknown as RootContent[]);
          continue;
        }
        if (node.type === 'heading') continue;
        if (node.children) walk(node.children as unknown as RootContent[]);
      }
    };
    walk(tree.children);
  }

  for (const mention of timeline) {
    if (!passages.has(mention.study)) continue;
    resolve(mention.study, mention.quote, 'timeline', { file: mention.file, line: mention.line, field: mention.field });
  }

  // In each file, in the order of its lines.
  const order = new Map(problems.map((p, i) => [p, i]));
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : order.get(a)! - order.get(b)!));
  for (const memo of locatedIn.values()) if (memo.added) locatedBefore?.set(memo.key, JSON.stringify(memo.quotes));
  return { problems, index, quotes, background, passages };
}

/** A published page may not quote or name a draft, which is not published. `what`: what to remove. */
export function draftMessage(study: string, file: string, what: string): string {
  return `the study "${study}" is a draft and is not published: remove ${what}, or publish the study by removing "draft: true" from ${file}`;
}

function shorten(text: string, words = 12): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
