/** Citation files of a study, named after it: `/<studies route>/<slug>/<slug>.bib`, `.ris`, `.json`, in the atlas's first language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_EXTENSIONS, citationFile, type CitationFormat } from '../lib/atlas/routes.ts';
import { config, href } from '../lib/queries/context.ts';
import { getStudies, type StudyEntry } from '../lib/queries/studies.ts';
import { citationFiles, cslItem } from '../lib/util/citation.ts';

const TYPES: Record<CitationFormat, string> = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  csl: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const studies = await getStudies();
  return studies.flatMap((entry) =>
    (Object.keys(CITATION_EXTENSIONS) as CitationFormat[]).map((format) => ({
      params: { slug: entry.id, file: citationFile(entry.id, format) },
      props: { entry, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StudyEntry; format: CitationFormat }> = ({ props, site }) => {
  const locale = config.languages.interface[0]!;
  const path = href(locale, `/${config.studies.route}/${props.entry.id}/`);
  const item = cslItem(props.entry.id, props.entry.data, site && new URL(path, site).href, config, locale);
  return new Response(citationFiles(item)[props.format], { headers: { 'Content-Type': TYPES[props.format] } });
};
