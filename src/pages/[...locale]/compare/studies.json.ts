/**
 * Every study the compare picker offers, in every interface language (`/compare/studies.json`,
 * `/id/compare/studies.json`), in the atlas's order: `[slug, short title]` pairs. Loaded only
 * when the reader opens the picker; it grows with the atlas, the comparison's pages do not.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pick } from '../../../lib/model/localized-text.ts';
import { config } from '../../../lib/queries/context.ts';
import { localeOfPrefix, localePrefixes } from '../../../lib/queries/compare.ts';
import { getStudies } from '../../../lib/queries/studies.ts';

export const getStaticPaths = (() => localePrefixes().map((prefix) => ({ params: { locale: prefix }, props: { locale: localeOfPrefix(prefix) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: string }> = async ({ props }) => {
  const studies = await getStudies(props.locale);
  const list = studies.map((study) => [study.id, pick(study.data.shortTitle, props.locale, config.languages.required).text]);
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
