/**
 * citeproc engines of one citation style, one per locale, made when first used and released by
 * their owner: citation-js keeps every engine it makes for the life of the process, and APA
 * compiled for one locale holds about a hundred megabytes. An entry is formatted as citation-js's
 * `bibliography` output formats it (the same engine settings and steps), so the text is the same.
 */
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const require = createRequire(import.meta.url);
const fromPluginCsl = createRequire(require.resolve('@citation-js/plugin-csl'));
/** The citeproc of plugin-csl, which patches its output formats: the same module, not another copy. */
const CSL = fromPluginCsl('citeproc') as { Engine: new (sys: EngineSys, style: string, lang: string | undefined, forceLang: boolean) => Engine };
const { getPrefixedEntry } = fromPluginCsl('./attr.js') as { getPrefixedEntry: (entry: string, id: string) => string };

interface Register<T> {
  has(name: string): boolean;
  get(name: string): T;
}
const csl = plugins.config.get('@csl') as { locales: Register<string>; styles: Register<string> };

interface EngineSys {
  retrieveLocale(locale: string): unknown;
  retrieveItem(id: string): unknown;
}
interface Engine {
  setOutputFormat(format: string): void;
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
  updateItems(ids: string[], nosort?: boolean): string[];
  makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
}

/** A CSL-JSON entry as citation-js holds it (`Cite#data`). */
export type CslData = { id: string } & Record<string, unknown>;

function retrieveLocale(locale: string): unknown {
  if (csl.locales.has(locale)) return csl.locales.get(locale);
  const unnormalised = locale.replace('-', '_');
  return csl.locales.has(unnormalised) ? csl.locales.get(unnormalised) : {};
}

export class CitationEngines {
  readonly #style: string;
  readonly #engines = new Map<string | undefined, { engine: Engine; items: Map<string, CslData> }>();

  /** `style`: a style citation-js knows ("apa"). */
  constructor(style: string) {
    if (!csl.styles.has(style)) throw new TypeError(`Cannot find style '${style}'`);
    this.#style = style;
  }

  /** The plain-text bibliography of `entries` in `locale` (a locale citation-js does not know falls back to the style's). */
  bibliography(entries: readonly CslData[], locale: string): string {
    const engine = this.#engine(locale, entries);
    const ids = engine.updateItems(entries.map((entry) => entry.id), false);
    const [{ bibstart, bibend }, body] = engine.makeBibliography();
    return bibstart + body.map((entry, index) => getPrefixedEntry(entry, ids[index]!)).join('') + bibend;
  }

  /** How many engines are held now. */
  get size(): number {
    return this.#engines.size;
  }

  /** Lets the engine of `locale` go (the next entry in it makes a new one). */
  release(locale: string): void {
    this.#engines.delete(known(locale));
  }

  #engine(locale: string, entries: readonly CslData[]): Engine {
    const lang = known(locale);
    let made = this.#engines.get(lang);
    if (made) {
      made.engine.updateItems([]);
    } else {
      const items = new Map<string, CslData>();
      const retrieveItem = (id: string) => {
        const item = items.get(id);
        if (!item) throw new Error(`Cannot find entry with id '${id}'`);
        return item;
      };
      made = { engine: new CSL.Engine({ retrieveLocale, retrieveItem }, csl.styles.get(this.#style), lang, true), items };
      this.#engines.set(lang, made);
    }
    made.items.clear();
    for (const entry of entries) made.items.set(entry.id, entry);
    made.engine.setOutputFormat('text');
    made.engine.opt.development_extensions.wrap_url_and_doi = false;
    return made.engine;
  }
}

/** The locale citation-js would give citeproc: undefined (the style's own) when it has none by that name. */
function known(locale: string): string | undefined {
  return csl.locales.has(locale) ? locale : undefined;
}
