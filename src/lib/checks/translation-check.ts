/**
 * What is not yet translated into each later interface language: the keyed texts (`title: { en,
 * id }`) of a study, a glossary entry, a timeline event or the site settings that have the first
 * language but not another one. Reported as warnings naming the file, the line and the field:
 * the pages of that language show the first language's text, marked with its `lang` and a
 * notice, so a missing translation never stops the build.
 */
import type { Languages as AtlasLanguages } from '../model/atlas-config.ts';
import { languageName } from '../model/languages.ts';
import type { ContentProblem } from './problems.ts';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A keyed text: an object whose keys are all languages of the atlas. */
function isKeyed(value: Record<string, unknown>, known: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => known.includes(key));
}

/** Every keyed text in `value` that has the first interface language and lacks a later one. */
export function untranslated(value: unknown, languages: AtlasLanguages, path: Path = []): { path: Path; lang: string }[] {
  const [first, ...later] = languages.interface;
  if (Array.isArray(value)) return value.flatMap((item, index) => untranslated(item, languages, [...path, index]));
  if (!isRecord(value)) return [];
  if (isKeyed(value, languages.known)) {
    return value[first!] === undefined ? [] : later.filter((lang) => value[lang] === undefined).map((lang) => ({ path, lang }));
  }
  return Object.entries(value)
    .filter(([key]) => !NOT_TRANSLATED.has(key))
    .flatMap(([key, item]) => untranslated(item, languages, [...path, key]));
}

/**
 * Fields keyed by language that are not translations: glosses of a source's headings (read by
 * readers of other languages than the heading's) and the regions of the languages.
 */
const NOT_TRANSLATED = new Set(['headingGlosses', 'regions']);

/** The message for a text missing in `lang`, in the words of the file's author. */
export function untranslatedMessage(lang: string, first: string, what = 'this text'): string {
  const name = languageName(lang, 'en');
  return `${what} is not yet translated into ${name}: add ${lang}: beside ${first}: (until then the ${name} pages show the ${languageName(first, 'en')}, marked as such)`;
}

/** `untranslated` as warnings for one file. */
export function untranslatedProblems(
  value: unknown,
  languages: AtlasLanguages,
  file: string,
  lineOf: (path: Path) => number | undefined = () => undefined,
  prefix: Path = [],
): ContentProblem[] {
  const first = languages.interface[0]!;
  return untranslated(value, languages, prefix).map(({ path, lang }) => ({
    file,
    line: lineOf(path),
    field: `${path.join('.')}.${lang}`,
    message: untranslatedMessage(lang, first),
    severity: 'warning' as const,
  }));
}

/**
 * Editorial inserts and charts in a study's text whose label or title is in the first interface
 * language only (`label="…"`, or keyed without a later language), or that lack the later
 * language's content (`<Fragment slot="id">`).
 */
export function untranslatedInserts(body: string, bodyLine: number, file: string, interfaceLanguages: readonly string[]): ContentProblem[] {
  const [first, ...later] = interfaceLanguages;
  const problems: ContentProblem[] = [];
  const lineAt = (index: number) => bodyLine + body.slice(0, index).split('\n').length - 1;
  for (const match of body.matchAll(/<(EditorialInsert|BarChart)\b([^>]*?)(\/?)>/gs)) {
    const [, element, attributes = '', selfClosing] = match;
    const prop = element === 'EditorialInsert' ? 'label' : 'title';
    const keyed = new RegExp(`${prop}=\\{\\{([^}]*)\\}\\}`).exec(attributes)?.[1];
    const close = element === 'EditorialInsert' && !selfClosing ? body.indexOf('</EditorialInsert>', match.index) : -1;
    const content = close > 0 ? body.slice(match.index, close) : '';
    for (const lang of later) {
      const labelled = keyed !== undefined && new RegExp(`(^|[\\s,{])["']?${lang}["']?\\s*:`).test(keyed);
      const slotted = element !== 'EditorialInsert' || content.includes(`slot="${lang}"`);
      if (labelled && slotted) continue;
      problems.push({
        file,
        line: lineAt(match.index),
        field: `<${element}>`,
        message: untranslatedMessage(lang, first!, `this <${element}>`).replace(
          /add \S+: beside \S+:/,
          element === 'EditorialInsert'
            ? `give it ${prop}={{ ${first}: "…", ${lang}: "…" }} and its ${lang} content in <Fragment slot="${lang}">…</Fragment>`
            : `give it ${prop}={{ ${first}: "…", ${lang}: "…" }}`,
        ),
        severity: 'warning',
      });
    }
  }
  return problems;
}
