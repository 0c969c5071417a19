/** Citation files of a study: `/studies/<slug>/cite.bib`, `cite.ris`, `cite.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citations, cslItem } from '../../../lib/citation.ts';
import { getStudies, type StudyEntry } from '../../../lib/studies.ts';
import { CITATION_FILES, studyPageUrl } from '../../../lib/study-urls.ts';

const TYPES = { bibtex: 'application/x-bibtex; charset=utf-8', ris: 'application/x-research-info-systems; charset=utf-8', csl: 'application/vnd.citationstyles.csl+json; charset=utf-8' };

export const getStaticPaths = (async () => {
  const studies = await getStudies();
  return studies.flatMap((entry) =>
    (Object.entries(CITATION_FILES) as [keyof typeof CITATION_FILES, string][]).map(([format, file]) => ({
      params: { slug: entry.id, file },
      props: { entry, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StudyEntry; format: keyof typeof CITATION_FILES }> = ({ props, site }) => {
  const item = cslItem(props.entry.id, props.entry.data, studyPageUrl(props.entry.id, site, import.meta.env.BASE_URL));
  return new Response(citations(item)[props.format], { headers: { 'Content-Type': TYPES[props.format] } });
};
