/**
 * Links glossary terms in study and glossary text to their entries.
 *
 * - The first mention of a term in each section (text between two headings) becomes a link;
 *   later mentions in the same section stay plain.
 * - Matching is whole-word, case- and diacritic-insensitive, longest alias first
 *   (`src/lib/term-matcher.ts`).
 * - Never inside headings, links, code, `<NoTerms>` passages, or on the entry's own page.
 * - `<Term id="...">text</Term>` links explicitly; an unknown id stops the build with the
 *   line and a "did you mean".
 * - The ids linked on a page are left in `remarkPluginFrontmatter.linkedTerms`, so that the
 *   page can carry their short definitions for previews.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { closest, distance } from 'fastest-levenshtein';
import type { VFile } from 'vfile';
import { definitionElementId } from '../lib/util/term-ids.ts';
import { TermMatcher, type TermAliases } from '../lib/util/term-matcher.ts';

export interface Options {
  /** Every entry's id and the forms that link to it. */
  terms: readonly TermAliases[];
  /**
   * The URL of an entry. In MDX give the site path (`/glossary/<id>/`): the page's `a`
   * component adds the base and the reader's language when it renders.
   */
  href: (id: string) => string;
  /** Which files get automatic links (by absolute path, `/` separators). Default: none; `<Term>` works everywhere. */
  include?: (path: string) => boolean;
  /** The entry a file is, if it is one, so that it does not link to itself. Default: none. */
  entryOf?: (path: string) => string | undefined;
  /** Where glossary entries live, as error messages name it. Default `the glossary folder`. */
  entriesFolder?: string;
  /** Element name for explicit links. Default `Term`. */
  termElement?: string;
  /** Element name that turns linking off for a passage. Default `NoTerms`. */
  optOutElement?: string;
  /** Class of the generated links. Default `term`. */
  className?: string;
}


interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

interface JsxElement extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

const SKIPPED = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export default function remarkGlossaryLinks(options: Options) {
  const include = options.include ?? (() => false);
  const entryOf = options.entryOf ?? (() => undefined);
  const entriesFolder = options.entriesFolder ?? 'the glossary folder';
  const termElement = options.termElement ?? 'Term';
  const optOut = options.optOutElement ?? 'NoTerms';
  const className = options.className ?? 'term';
  const ids = options.terms.map((term) => term.id);
  const matcher = new TermMatcher(options.terms);

  return (tree: Root, file: VFile) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    const explicitOnly = !include(path);
    const self = entryOf(path);
    const linked = new Set<string>();
    let section = new Set<string>();

    const link = (id: string, children: PhrasingContent[]): Link => {
      linked.add(id);
      section.add(id);
      return {
        type: 'link',
        url: options.href(id),
        children,
        data: { hProperties: { className: [className], 'aria-describedby': definitionElementId(id) } },
      } as Link;
    };

    const walk = (parent: Parent): void => {
      const next: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'heading' && parent.type === 'root') section = new Set();
        const element = child as unknown as JsxElement;
        if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && element.name === optOut) {
          next.push(...(element.children as RootContent[]));
          continue;
        }
        if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && element.name === termElement) {
          next.push(explicitTerm(element) as RootContent);
          continue;
        }
        if (child.type === 'text' && !explicitOnly) {
          next.push(...(linkText(child) as RootContent[]));
          continue;
        }
        if ('children' in child && !SKIPPED.has(child.type)) walk(child as Parent);
        next.push(child);
      }
      parent.children = next as Parent['children'];
    };

    const explicitTerm = (element: JsxElement): RootContent => {
      const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof attribute?.value === 'string' ? attribute.value : '';
      const line = element.position ? `line ${element.position.start.line}: ` : '';
      if (!ids.includes(id)) {
        const suggestion = ids.length > 0 ? closest(id, ids) : undefined;
        const near = suggestion && distance(id, suggestion) <= Math.max(2, Math.floor(id.length / 3));
        file.fail(
          `${line}<${termElement} id="${id}"> names no glossary entry${near ? `: did you mean "${suggestion}"?` : ''} Glossary ids are the file names in ${entriesFolder}`,
          { place: element.position, ruleId: 'unknown-term', source: 'atlas' },
        );
      }
      // On a line of its own, the element holds paragraphs: a link takes their phrasing content.
      const children = (element.type === 'mdxJsxFlowElement'
        ? (element.children as RootContent[]).flatMap((c) => ('children' in c && c.type === 'paragraph' ? c.children : []))
        : element.children) as PhrasingContent[];
      const built = link(id, children.length > 0 ? children : [{ type: 'text', value: id }]);
      return (element.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [built] } : built) as RootContent;
    };

    const linkText = (node: Text): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matcher.matches(node.value)) {
        if (match.id === self || section.has(match.id)) continue;
        if (match.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        out.push(link(match.id, [{ type: 'text', value: match.text }]));
        cursor = match.end;
      }
      if (cursor === 0) return [node];
      if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
      return out;
    };

    walk(tree);
    const astro = ((file.data as Record<string, unknown>).astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, linkedTerms: [...linked].sort() };
  };
}
