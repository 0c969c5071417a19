/**
 * The search bundles: one Pagefind index per language the atlas's texts are written in, each
 * built from every page's whole HTML with that language's word rules (`forceLanguage`), so that
 * an Indonesian word is stemmed as Indonesian and an English one as English. The first language's
 * bundle is Pagefind's folder itself (with the script every bundle is searched by); each other
 * language's is a folder inside it, holding only its index and its WebAssembly.
 */
import { PAGEFIND_DIR } from '../util/output-files.ts';

export interface SearchBundle {
  /** The language whose word rules the bundle uses (a BCP 47 code). */
  language: string;
  /** Its folder, from the site's root, ending in `/`: `pagefind/`, `pagefind/id/`. */
  dir: string;
}

export function searchBundles(languages: readonly string[]): SearchBundle[] {
  return languages.map((language, i) => ({ language, dir: i === 0 ? `${PAGEFIND_DIR}/` : `${PAGEFIND_DIR}/${language}/` }));
}
