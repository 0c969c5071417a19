/**
 * A study's text compiled outside Vite. As an MDX module, every study became JavaScript that Vite
 * bundled and the page then ran: at 1,000 studies that bundling was most of a build's time and
 * memory, and it grew with the corpus. The text needs no code of its own: it is Markdown, the
 * engine's plugins and a few of the engine's components. So it is compiled here, by MDX's own
 * parser and the same remark plugins, to the HTML tree MDX would have turned into JavaScript, and
 * kept as plain data (`CompiledBody`): HTML strings, written as Astro writes the elements of an MDX
 * page, around the places where a component renders (`StudyBody.astro`).
 *
 * The result is a pure function of the file and of what the plugins know about the atlas, so it is
 * kept in the build cache under a hash of those (`studyBodyKey`). What MDX could do that plain data
 * cannot (imports, exports, expressions, attributes that are not literal values) stops the build
 * at its line, with what to write instead.
 */
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import { parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { spreadAttributes, escapeHTML } from 'astro/runtime/server/index.js';
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html, svg, type Schema } from 'property-information';
import { stringify as commas } from 'comma-separated-tokens';
import { stringify as spaces } from 'space-separated-tokens';
import styleToJs from 'style-to-js';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import rehypeRaw from 'rehype-raw';
import { cacheKey } from './build-cache.ts';
import { literalValue } from './literal-value.ts';
import remarkNoteMarkers from '../../plugins/remark-note-markers.ts';
import { markdownProcessor, studyOfPath, type MarkdownInputs } from './markdown-pipeline.ts';

/** HTML, or a component with its props and what it wraps. */
export type BodyNode = string | BodyComponent;

export interface BodyComponent {
  /** The component's name as the text writes it, or the element it stands for (`a`). */
  name: string;
  props: Record<string, unknown>;
  /** What it wraps (its default slot); absent when it wraps nothing. */
  children?: BodyNode[];
  /** Its named slots (`<Fragment slot="id">…</Fragment>`). */
  slots?: Record<string, BodyNode[]>;
}

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface CompiledBody {
  nodes: BodyNode[];
  headings: BodyHeading[];
  /** The glossary entries the text links to (remark-glossary-links). */
  linkedTerms: string[];
}

/** The elements of a study's text rendered by a component of the page (`a`: its links, with the base and the reader's language). */
export const ELEMENT_COMPONENTS: readonly string[] = ['a'];

/** The components an author may write in a study's text, besides `Fragment`. */
export const TEXT_COMPONENTS: readonly string[] = ['Sic', 'EditorialInsert', 'BarChart'];

/** The components the engine's remark plugins put in a study's text (a heading's gloss, a note's marker). */
const PLUGIN_COMPONENTS: readonly string[] = ['HeadingGloss', 'NoteMarker'];

/**
 * Where the markers of the editorial notes on a passage go (after its words): every passage has
 * one, and the page puts there the markers of the notes it knows (`StudyBody.astro`), so that
 * the compiled text does not wait for the content check to place the notes.
 */
export const NOTE_SLOT = 'atlas-note-markers';

const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const TABLE_CELL = new Set(['td', 'th']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/** What a study text's compiled form depends on besides its file: the settings, the base path and the glossary's terms (not the notes). */
export type StudyTextInputs = Omit<MarkdownInputs, 'notesAt'>;

/** The key of a study file's compiled text in the build cache: its path, its text and what the plugins know. */
export function studyBodyKey(inputs: StudyTextInputs, path: string, text: string): string {
  return cacheKey('study-body', path, text, JSON.stringify({ config: inputs.config, base: inputs.base, terms: inputs.terms }));
}

/** Makes the compiler for an atlas's study files (one per build, or per worker thread). */
export function studyBodyCompiler(inputs: StudyTextInputs): (path: string, text: string) => Promise<CompiledBody> {
  // The engine's own list (plugins, never plugin names, which only Astro's processor resolves), with
  // a place for the notes' markers after every passage instead of the markers themselves.
  const withoutNotes: MarkdownInputs = { ...inputs, notesAt: {} };
  const remarkPlugins: PluggableList = [
    ...(markdownProcessor(withoutNotes).options.remarkPlugins as PluggableList),
    [remarkNoteMarkers, { studyOf: studyOfPath(inputs), slots: true, element: NOTE_SLOT }],
  ];
  const mdx = createProcessor({
    format: 'mdx',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    remarkPlugins,
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], rehypeHeadingIds],
  });
  // MDX's own pipeline up to the HTML tree: the rest of it turns the tree into JavaScript.
  const toTree = unified() as unknown as Processor<any, any, any, any, any>;
  for (const [plugin, ...options] of mdx.attachers) {
    if ((plugin as { name?: string }).name === 'rehypeRecma') break;
    toTree.use(plugin as never, ...(options as never[]));
  }
  const known = new Set([...ELEMENT_COMPONENTS, ...TEXT_COMPONENTS, ...PLUGIN_COMPONENTS]);
  return async (path, text) => {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const file = new VFile({ value: content, path, data: { astro: { frontmatter } } });
    let nodes: BodyNode[];
    try {
      const tree = (await toTree.run(toTree.parse(file), file)) as Root;
      nodes = new BodyWriter(file, known).root(tree);
    } catch (error) {
      throw located(error, path);
    }
    const astro = (file.data as { astro?: { headings?: BodyHeading[]; frontmatter?: { linkedTerms?: string[] } } }).astro;
    return { nodes, headings: astro?.headings ?? [], linkedTerms: astro?.frontmatter?.linkedTerms ?? [] };
  };
}

/** A compile error with its place in the file where Astro's error report looks for it (as `@astrojs/mdx` gives it). */
function located(error: unknown, path: string): unknown {
  if (!(error instanceof Error)) return error;
  const { line, column } = error as { line?: number; column?: number };
  if (line === undefined) return error;
  return Object.assign(error, { name: 'MDXError', loc: { file: path, line, column } });
}

type Child = RootContent | ElementContent | MdxJsxFlowElementHast | MdxJsxTextElementHast | { type: string; position?: Nodes['position']; data?: unknown; value?: string };

/** Writes the HTML tree as MDX's JavaScript would render it in Astro, leaving the components as nodes. */
class BodyWriter {
  private readonly file: VFile;
  private readonly known: ReadonlySet<string>;

  constructor(file: VFile, known: ReadonlySet<string>) {
    this.file = file;
    this.known = known;
  }

  root(tree: Root): BodyNode[] {
    // Whitespace around the whole text is left out, as MDX's fragment leaves it.
    const children = tree.children;
    const blank = (node: RootContent) => node.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);
    let start = 0;
    let end = children.length;
    while (start < end && blank(children[start]!)) start += 1;
    while (end > start && blank(children[end - 1]!)) end -= 1;
    const out = new Output();
    for (const child of children.slice(start, end)) this.node(child, out, html);
    return out.nodes;
  }

  private node(node: Child, out: Output, schema: Schema): void {
    switch (node.type) {
      case 'text':
        out.html(escapeHTML((node as { value: string }).value));
        return;
      case 'comment':
      case 'doctype':
        return;
      case 'element':
        this.element(node as Element, out, schema);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.jsx(node as MdxJsxFlowElementHast, out, schema);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree;
        // `{/* a comment */}` renders nothing.
        if (program && program.body.length === 0) return;
        return this.fail(node, 'an expression (`{…}`)', 'mdx-expression');
      }
      case 'mdxjsEsm':
        return this.fail(node, 'an `import` or `export`', 'mdx-esm');
      default:
        return this.fail(node, `a \`${node.type}\` node`, 'unknown-node');
    }
  }

  private children(nodes: readonly Child[], schema: Schema): BodyNode[] {
    const out = new Output();
    for (const child of nodes) this.node(child, out, schema);
    return out.nodes;
  }

  private element(node: Element, out: Output, parentSchema: Schema): void {
    const schema = parentSchema.space === 'html' && node.tagName.toLowerCase() === 'svg' ? svg : parentSchema;
    const props = elementProps(node, schema);
    if (ELEMENT_COMPONENTS.includes(node.tagName)) {
      out.component({ name: node.tagName, props, ...withChildren(this.children(node.children, schema)) });
      return;
    }
    this.tag(node.tagName, props, node.children, out, schema, true);
  }

  private jsx(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, out: Output, schema: Schema): void {
    const props = this.jsxProps(node);
    const name = node.name;
    if (name === NOTE_SLOT) {
      out.component({ name, props });
      return;
    }
    // `<>…</>` and a `<Fragment>` outside a component's slots: only what they wrap.
    if (name === null || (name === 'Fragment' && props.slot === undefined)) {
      for (const child of node.children) this.node(child, out, schema);
      return;
    }
    if (/^[a-z][a-z0-9]*$/.test(name)) {
      this.tag(name, props, node.children, out, name === 'svg' ? svg : schema, false);
      return;
    }
    if (!this.known.has(name)) {
      return this.fail(node, `the component \`<${name}>\``, 'unknown-component', `The components a study's text may use: ${TEXT_COMPONENTS.map((n) => `<${n}>`).join(', ')} (and \`<Fragment slot="…">\` inside an \`<EditorialInsert>\`).`);
    }
    const children = new Output();
    const slots: Record<string, BodyNode[]> = {};
    for (const child of node.children) {
      if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'Fragment') {
        const slot = this.jsxProps(child).slot;
        if (typeof slot === 'string') {
          slots[slot] = [...(slots[slot] ?? []), ...this.children(child.children, schema)];
          continue;
        }
      }
      this.node(child, children, schema);
    }
    out.component({ name, props, ...withChildren(children.nodes), ...(Object.keys(slots).length > 0 ? { slots } : {}) });
  }

  private jsxProps(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') return this.fail(attribute as Child, 'a spread attribute (`{...}`)', 'mdx-spread');
      const value = attribute.value;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        try {
          props[attribute.name] = literalValue(value.data?.estree);
        } catch (error) {
          return this.fail(node, `the value of \`${attribute.name}\` (${error instanceof Error ? error.message : String(error)})`, 'mdx-attribute');
        }
      }
    }
    return props;
  }

  /** An element with no component inside is one HTML string; one with a component is cut around it. */
  private tag(tagName: string, props: Record<string, unknown>, children: readonly Child[], out: Output, schema: Schema, element: boolean): void {
    const attributes = String(spreadAttributes(props));
    if (children.length === 0 && VOID.test(tagName)) {
      out.html(`<${tagName}${attributes}/>`);
      return;
    }
    out.html(`<${tagName}${attributes}>`);
    // MDX leaves out the line breaks between the parts of a Markdown table.
    const tableBreaks = element && schema.space === 'html' && TABLE_PARTS.has(tagName.toLowerCase());
    for (const child of children) if (!(tableBreaks && child.type === 'text' && (child as { value: string }).value === '\n')) this.node(child, out, schema);
    out.html(`</${tagName}>`);
  }

  private fail(node: Child, what: string, ruleId: string, hint?: string): never {
    throw this.file.fail(
      `A study's text cannot hold ${what}: it is compiled to HTML, not to JavaScript.\nHint: ${hint ?? 'write it as Markdown, or with the components the engine gives study texts, whose attributes are literal values (text, numbers, lists and objects of them).'}`,
      { place: node.position, ruleId, source: 'atlas-study-body' },
    );
  }
}

/** A list of body nodes whose neighbouring HTML strings are joined. */
class Output {
  readonly nodes: BodyNode[] = [];
  html(text: string): void {
    if (text === '') return;
    const last = this.nodes.length - 1;
    if (typeof this.nodes[last] === 'string') this.nodes[last] += text;
    else this.nodes.push(text);
  }
  component(node: BodyComponent): void {
    this.nodes.push(node);
  }
}

const withChildren = (children: BodyNode[]) => (children.length > 0 ? { children } : {});

/** An element's properties as MDX passes them to Astro (hast-util-to-estree, attribute names as in HTML). */
function elementProps(node: Element, schema: Schema): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const properties: Properties = node.properties ?? {};
  let align: string | undefined;
  for (const [property, raw] of Object.entries(properties)) {
    let value: unknown = raw;
    const info = find(schema, property);
    if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value)) || (!value && info.boolean)) continue;
    const name = info.attribute;
    if (Array.isArray(value)) value = info.commaSeparated ? commas(value as string[]) : spaces(value as string[]);
    if (name === 'style') props.style = typeof value === 'object' ? value : styleToJs(String(value));
    else if (value === true) props[name] = true;
    else if (TABLE_CELL.has(node.tagName) && name === 'align') align = String(value);
    else props[name] = String(value);
  }
  if (align !== undefined) props.style = { ...(props.style as object | undefined), textAlign: align };
  return props;
}
