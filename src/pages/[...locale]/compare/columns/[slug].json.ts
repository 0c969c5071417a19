/**
 * Each study's column of the comparison, in every interface language
 * (`/compare/columns/<slug>.json`, `/id/compare/columns/<slug>.json`), for the compare script:
 * `table`, the comparison's table with this study alone, rendered by the component that renders
 * the pages' tables (so a column set in a page is the one a page would have), and `definitions`,
 * the short definitions of the glossary terms it links to (the descriptions of its term links).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CompareTable from '../../../../components/CompareTable.astro';
import TermDefinitions from '../../../../components/TermDefinitions.astro';
import { href } from '../../../../lib/queries/context.ts';
import { comparePagePath, compareTerms, localeOfPrefix, localePrefixes } from '../../../../lib/queries/compare.ts';
import { getStudies, type StudyEntry } from '../../../../lib/queries/studies.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const prefix of localePrefixes()) {
    const locale = localeOfPrefix(prefix);
    for (const study of await getStudies(locale)) paths.push({ params: { locale: prefix, slug: study.id }, props: { study, locale } });
  }
  return paths;
}) satisfies GetStaticPaths;

let container: AstroContainer | undefined;

export const GET: APIRoute<{ study: StudyEntry; locale: string }> = async ({ props }) => {
  container ??= await AstroContainer.create();
  // The components take the reader's language from the URL: the comparison's, in that language.
  const request = new Request(new URL(href(props.locale, comparePagePath()), 'http://atlas.invalid'));
  const [table, definitions] = await Promise.all([
    container.renderToString(CompareTable, { props: { studies: [props.study] }, request }),
    container.renderToString(TermDefinitions, { props: { ids: compareTerms([props.study]), script: false }, request }),
  ]);
  return new Response(JSON.stringify({ study: props.study.id, table: table.trim(), definitions: definitions.trim() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
