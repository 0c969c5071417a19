/** The raw source texts, published as received, for provenance: `/sources/<file>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getStudies } from '../../lib/queries/studies.ts';

export const getStaticPaths = (async () => {
  const studies = await getStudies();
  return studies.map((entry) => ({ params: { file: entry.data.source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const seed = await getEntry('seeds', params.file ?? '');
  if (!seed) throw new Error(`No source text "${params.file}": the content check should have stopped the build`);
  return new Response(seed.data.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
