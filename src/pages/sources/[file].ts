/** The raw source texts, published as received, for provenance: `/sources/<seed file>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getStudies } from '../../lib/studies.ts';

export const getStaticPaths = (async () => {
  const studies = await getStudies();
  return studies.map((entry) => ({ params: { file: entry.data.source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(join(process.cwd(), 'sources/seeds', params.file ?? ''), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
