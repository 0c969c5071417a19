/**
 * Every script that runs in the reader's browser, bundled once with esbuild before the pages
 * are rendered:
 *
 * - the search interface and the search page, as files under `_search/` with content-hashed
 *   names (loaded only when search is used), the match bar (only on a page opened from a search
 *   result), the passage highlighter (loaded only when an evidence link arrives in a browser
 *   that does not highlight text fragments itself), and the compare script (only on the pages
 *   of `/compare/`: it sets side by side the studies a reader picks; the downloadable copy
 *   leaves it out, and reads the comparison's static pages);
 * - the small scripts inlined into pages (search loader, offline status, term preview, study
 *   filter, copy buttons), which components write with a `data-atlas-script` attribute naming
 *   each — the marker the download copy finds them by;
 * - the classic (non-module) versions the downloadable copy needs, since browsers refuse
 *   module scripts on `file://`.
 *
 * Every script is bundled once per interface language, with that language's dictionary
 * (`atlas:dictionary`, see src/i18n/browser.ts): a page carries its own language's strings only.
 * Pages read the inline code and the URLs of their language from `virtual:atlas/scripts`.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Atlas } from '../lib/atlas/load.ts';
import { languageList } from '../lib/model/languages.ts';
import { searchBundles, type SearchBundle } from '../lib/search/bundles.ts';
import { glossaryForms } from '../lib/search/query-expansion.ts';
import type { SearchTerm } from '../lib/util/nearest-terms.ts';
import { SEARCH_DIR } from '../lib/util/output-files.ts';
import { normalizeBase, withBase } from '../lib/util/paths.ts';

/** Names of the inline scripts, as `data-atlas-script` gives them. */
export type InlineScript = 'search-loader' | 'offline-status' | 'term-preview' | 'study-filter' | 'copy-buttons';

/** The scripts of one interface language. */
export interface LocaleScripts {
  /** URL of the search page's module script. */
  searchPageUrl: string;
  /** URL of the compare pages' module script. */
  compareUrl: string;
  /** Code of each inline script (a module script: its own scope, run after the page is parsed). */
  inline: Record<InlineScript, string>;
}

/** The scripts of every interface language, by language code. */
export type BrowserScripts = Record<string, LocaleScripts>;

/** The classic scripts of the downloadable copy. */
export interface ClassicScripts {
  searchUi: string;
  searchPage: string;
  passageHighlight: string;
  searchMatches: string;
  loader: string;
  termPreview: string;
  studyFilter: string;
  copyButtons: string;
}

/** What the search interface says about this atlas, by interface language. */
export interface SearchText {
  /** The atlas's languages as a phrase: "English or French". */
  languages: string;
  placeholder: string;
  suggestions: string;
  /** The glossary's terms: "did you mean" when a search finds nothing, and the equivalents searched. */
  terms: SearchTerm[];
}

/** A glossary entry's terms in each language and its aliases. */
export interface GlossaryTerms {
  term: Record<string, string>;
  aliases: readonly string[];
}

const VIRTUAL = 'virtual:atlas/scripts';

function searchText(atlas: Atlas, glossary: readonly GlossaryTerms[], locale: string): SearchText {
  const { config } = atlas;
  const text = (value: Record<string, string>) => value[locale] ?? value[config.languages.required[0]!] ?? Object.values(value)[0]!;
  return {
    languages: languageList(config.languages.known, locale, 'disjunction'),
    placeholder: text(config.prose.searchPlaceholder),
    suggestions: text(config.prose.searchSuggestions),
    terms: glossary.map((entry) => ({ label: text(entry.term), ...glossaryForms(entry) })),
  };
}

/** The file of the dictionary of `locale`, which the bundles import as `atlas:dictionary`. */
const dictionaryFile = (root: string, locale: string) => join(root, 'src', 'i18n', `${locale}.ts`);

/** A classic script of the copy in one interface language: the first's as named, the others' with their code. */
export function classicFile(path: string, locale: string, locales: readonly string[]): string {
  return path.replace(/\.classic\.js$/, `.classic${classicSuffix(locale, locales)}.js`);
}

const classicSuffix = (locale: string, locales: readonly string[]) => (locale === locales[0] ? '' : `.${locale}`);

export default function browserScripts(
  atlas: Atlas,
  glossary: readonly GlossaryTerms[] = [],
): AstroIntegration & { classic: () => Promise<Record<string, ClassicScripts>> } {
  const locales = atlas.config.languages.interface;
  let files: { name: string; contents: Uint8Array }[] = [];
  let classicBuild: Promise<Record<string, ClassicScripts>> | undefined;
  let root = '';
  return {
    name: 'atlas:browser-scripts',
    /** Builds the classic scripts on first request (only the download step needs them). */
    classic: () => {
      classicBuild ??= Promise.all(
        locales.map(async (locale) => [locale, await buildClassic(root, locales[0]!, locale, classicSuffix(locale, locales), searchText(atlas, glossary, locale), searchBundles(atlas.config.languages.known))] as const),
      ).then(Object.fromEntries);
      return classicBuild;
    },
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        const base = normalizeBase(config.base);
        const scripts: BrowserScripts = {};
        files = [];
        for (const locale of locales) scripts[locale] = await buildLocale(locale);
        updateConfig({ vite: { plugins: [virtualScripts(scripts)] } });

        async function buildLocale(locale: string): Promise<LocaleScripts> {
          const define = {
            'import.meta.env.BASE_URL': JSON.stringify(base),
            __ATLAS_DOWNLOAD__: 'false',
            __ATLAS_LOCALE__: JSON.stringify(locale),
            __ATLAS_FIRST_LOCALE__: JSON.stringify(locales[0]),
            __ATLAS_SEARCH_TEXT__: JSON.stringify(searchText(atlas, glossary, locale)),
            __ATLAS_SEARCH_BUNDLES__: JSON.stringify(searchBundles(atlas.config.languages.known)),
          };
          const search = await bundle({
            ...common(root, define, locale),
            entryPoints: {
              'search-ui': 'src/scripts/search-ui.ts',
              'search-page': 'src/scripts/search-page.ts',
              'passage-highlight': 'src/scripts/passage-highlight.ts',
              'search-matches': 'src/scripts/search-matches.ts',
              compare: 'src/scripts/compare.ts',
            },
            splitting: true,
            format: 'esm',
            outdir: SEARCH_DIR,
            entryNames: '[name]-[hash]',
            chunkNames: 'shared-[hash]',
          });
          const own = search.outputFiles.map((file) => ({ name: basename(file.path), contents: file.contents }));
          for (const file of own) if (!files.some((f) => f.name === file.name)) files.push(file);
          const urlOf = (entry: string) => {
            const file = own.find((f) => f.name.startsWith(`${entry}-`));
            if (!file) throw new Error(`esbuild wrote no ${entry} bundle`);
            return withBase(base, `/${SEARCH_DIR}/${file.name}`);
          };
          const inlineDefine = {
            ...define,
            __ATLAS_SEARCH_UI__: JSON.stringify(urlOf('search-ui')),
            __ATLAS_PASSAGE_HIGHLIGHT__: JSON.stringify(urlOf('passage-highlight')),
            __ATLAS_SEARCH_MATCHES__: JSON.stringify(urlOf('search-matches')),
          };
          const inline = async (entry: string) =>
            (await bundle({ ...common(root, inlineDefine, locale), entryPoints: [entry], format: 'esm', external: [`${base}${SEARCH_DIR}/*`] })).outputFiles[0]!.text.trim();
          return {
            searchPageUrl: urlOf('search-page'),
            compareUrl: urlOf('compare'),
            inline: {
              'search-loader': await inline('src/scripts/search-loader.ts'),
              'offline-status': await inline('src/scripts/offline-status.ts'),
              'term-preview': await inline('src/scripts/term-preview.ts'),
              'study-filter': await inline('src/scripts/study-filter.ts'),
              'copy-buttons': await inline('src/scripts/copy-buttons.ts'),
            },
          };
        }
      },
      'astro:build:done': ({ dir }) => {
        const outDir = join(fileURLToPath(dir), SEARCH_DIR);
        mkdirSync(outDir, { recursive: true });
        for (const file of files) writeFileSync(join(outDir, file.name), file.contents);
      },
    },
  };
}

/** esbuild, with its failures as one readable error (file:line: message). */
async function bundle(options: BuildOptions & { write: false }) {
  try {
    return await build(options);
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors ?? [];
    const detail = errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`).join('\n');
    throw new AstroError(
      `The browser scripts could not be bundled:\n${detail || String(error)}`,
      'The error is in a file of src/scripts/ (the line is given): fix it there. esbuild bundles these scripts before the pages are built.',
    );
  }
}

function common(root: string, define: Record<string, string>, locale: string): BuildOptions & { write: false } {
  return {
    absWorkingDir: root,
    bundle: true,
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    define,
    alias: { 'atlas:dictionary': dictionaryFile(root, locale) },
  };
}

async function buildClassic(root: string, first: string, locale: string, suffix: string, text: SearchText, bundles: SearchBundle[]): Promise<ClassicScripts> {
  const define = {
    'import.meta.env.BASE_URL': '"/"',
    __ATLAS_LOCALE__: JSON.stringify(locale),
    __ATLAS_FIRST_LOCALE__: JSON.stringify(first),
    __ATLAS_CLASSIC_SUFFIX__: JSON.stringify(suffix),
    __ATLAS_DOWNLOAD__: 'true',
    __ATLAS_SEARCH_TEXT__: JSON.stringify(text),
    __ATLAS_SEARCH_BUNDLES__: JSON.stringify(bundles),
    __ATLAS_SEARCH_UI__: '""',
    __ATLAS_PASSAGE_HIGHLIGHT__: '""',
    __ATLAS_SEARCH_MATCHES__: '""',
  };
  const one = async (entry: string, globalName?: string) =>
    (await bundle({ ...common(root, define, locale), entryPoints: [entry], format: 'iife', globalName })).outputFiles[0]!.text;
  return {
    searchUi: await one('src/scripts/search-ui.ts', 'AtlasSearch'),
    searchPage: await one('src/scripts/search-page.ts'),
    passageHighlight: await one('src/scripts/passage-highlight.ts', 'AtlasPassages'),
    searchMatches: await one('src/scripts/search-matches.ts', 'AtlasMatches'),
    loader: await one('src/scripts/download-loader.ts'),
    termPreview: await one('src/scripts/term-preview.ts'),
    studyFilter: await one('src/scripts/study-filter.ts'),
    copyButtons: await one('src/scripts/copy-buttons.ts'),
  };
}

function virtualScripts(scripts: BrowserScripts): Plugin {
  const resolved = `\0${VIRTUAL}`;
  return {
    name: 'atlas:virtual-scripts',
    resolveId: (id) => (id === VIRTUAL ? resolved : undefined),
    load: (id) => (id === resolved ? `export const scripts = ${JSON.stringify(scripts)};\n` : undefined),
  };
}

