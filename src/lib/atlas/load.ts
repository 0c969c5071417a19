/**
 * Loads an atlas: finds its folder (`ATLAS_DIR` or the project root), imports its
 * `site.config.ts` and validates it. Everything the engine knows about one corpus comes from
 * here. A mistake stops the build with the field and the fix.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { atlasConfigSchema, defaultCompareRows, languagesSchema, resolveLanguages, type AtlasConfig } from '../model/atlas-config.ts';
import { problemsOfIssues } from '../checks/frontmatter-check.ts';
import { problemsError, type ContentProblem } from '../checks/problems.ts';
import { readTextFile } from '../checks/text-file.ts';
import { hasDictionary, interfaceLanguages } from '../../i18n/ui.ts';
import { cslLocaleFile } from '../util/csl-locales.ts';
import { atlasLayout, atlasRoot, displayPath, pathsNote, type AtlasLayout } from './layout.ts';

export interface Atlas {
  layout: AtlasLayout;
  config: AtlasConfig;
}

const SCHEMA_FILE = 'src/lib/model/atlas-config.ts';
const CONFIG_HINT =
  'Each line names the setting in site.config.ts and what to write. Every setting is documented in src/lib/model/atlas-config.ts and in the README, "Start your own atlas".';

/** Validates what a `site.config.ts` exports; `file` names it in problems. */
export function parseAtlasConfig(input: unknown, file: string): { config?: AtlasConfig; problems: ContentProblem[] } {
  if (input === null || typeof input !== 'object') {
    return { problems: [{ file, message: 'site.config.ts exports no settings: end it with "export default { title: { en: … }, … }"' }] };
  }
  const languagesInput = (input as Record<string, unknown>).languages;
  const languagesResult = languagesSchema.safeParse(languagesInput);
  if (!languagesResult.success) {
    const issues = languagesResult.error.issues.map((issue) => ({ ...issue, path: ['languages', ...issue.path] }));
    return { problems: problemsOfIssues(issues as never, input, file, SCHEMA_FILE) };
  }
  const languages = resolveLanguages(languagesResult.data);
  const undictionaried = languages.interface
    .map((code, index) => ({ code, index }))
    .filter(({ code }) => !hasDictionary(code))
    .map(({ code, index }) => ({
      file,
      field: `languages.interface.${index}`,
      message: `the engine has no interface dictionary for "${code}" (it has ${interfaceLanguages.map((c) => `"${c}"`).join(', ')}): use one of those, or add src/i18n/${code}.ts in the shape of src/i18n/en.ts; a language the texts are written in goes in languages.content`,
    }));
  if (undictionaried.length > 0) return { problems: undictionaried };
  const result = atlasConfigSchema(languages).safeParse(input);
  if (!result.success) return { problems: problemsOfIssues(result.error.issues as never, input, file, SCHEMA_FILE) };
  const parsed = result.data;
  const config: AtlasConfig = {
    ...parsed,
    languages,
    studies: { ...parsed.studies, compareRows: parsed.studies.compareRows ?? defaultCompareRows(parsed.studies.glossaryLists) },
  };
  const problems = citationLocaleProblems(config, file);
  return problems.length > 0 ? { problems } : { config, problems };
}

function citationLocaleProblems(config: AtlasConfig, file: string): ContentProblem[] {
  return config.citation.locales.flatMap((locale, index) => {
    try {
      cslLocaleFile(locale);
      return [];
    } catch {
      return [{ file, field: `citation.locales.${index}`, message: `there is no CSL locale "${locale}": use one of the files in node_modules/citeproc-locales/locales/ (for example "en-GB", "fr-FR", "de-DE")` }];
    }
  });
}

const loaded = new Map<string, Promise<Atlas>>();

/** The atlas at `root` (default: `ATLAS_DIR` or the working folder), loaded once a process. */
export function loadAtlas(root = atlasRoot()): Promise<Atlas> {
  let atlas = loaded.get(root);
  if (!atlas) {
    atlas = load(root);
    loaded.set(root, atlas);
  }
  return atlas;
}

async function load(root: string): Promise<Atlas> {
  const layout = atlasLayout(root);
  const shown = displayPath(layout.root);
  if (!existsSync(layout.root)) {
    throw new AstroError(
      `The atlas folder "${shown}" does not exist.`,
      'Set ATLAS_DIR to a folder that holds site.config.ts, src/content/ and sources/, or leave ATLAS_DIR unset to build the project’s own atlas.',
    );
  }
  const configFile = displayPath(layout.configFile, layout.root);
  if (!existsSync(layout.configFile)) {
    throw new AstroError(
      `The atlas folder "${shown}" has no site.config.ts.`,
      'Copy site.config.ts from the project root into it and change every setting (README, "Start your own atlas").',
    );
  }
  const encoding = readTextFile(layout.configFile);
  if (!encoding.ok) throw problemsError(configFile, [{ file: configFile, message: encoding.problem }], CONFIG_HINT);
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ pathToFileURL(layout.configFile).href)) as { default?: unknown };
  } catch (error) {
    throw new AstroError(
      `${configFile} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      'site.config.ts must be TypeScript that Node runs as it is (types are fine; no enums or namespaces) and end with "export default { … }".',
    );
  }
  const { config, problems } = parseAtlasConfig(module.default, configFile);
  if (!config) throw problemsError(configFile, problems, `${CONFIG_HINT}${pathsNote(layout.root)}`);
  return { layout, config };
}
