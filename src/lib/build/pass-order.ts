/**
 * The order in which the after-build pass takes the built files: the folder walk's order, with
 * each file of a later interface language moved to just after its counterpart in the first
 * (`studies/x/index.html`, then `id/studies/x/index.html`). Only the first language's pages go to
 * the search bundles, so in the walk's own order Pagefind waited idle while the whole `id/` folder
 * was read and then indexed every page at the end; interleaved, it indexes while the other pages
 * are read. The order is stable, so the archive and the bundles are the same at every build.
 */
import { localeOfPath } from '../util/paths.ts';

/** `paths`: the walk's order, relative to the output folder with `/` separators. */
export function passOrder(paths: readonly string[], locales: readonly string[]): string[] {
  const walked = new Map(paths.map((path, i) => [path, i]));
  const keyed = paths.map((path, i) => {
    const locale = localeOfPath(`/${path}`, locales);
    const rank = locales.indexOf(locale);
    const counterpart = rank > 0 ? walked.get(path.slice(locale.length + 1)) : undefined;
    return { path, at: counterpart ?? i, rank: counterpart === undefined ? 0 : rank, i };
  });
  return keyed.sort((a, b) => a.at - b.at || a.rank - b.rank || a.i - b.i).map((k) => k.path);
}
