/**
 * `virtual:atlas`: the loaded atlas (its folder layout and validated settings), what the Markdown
 * plugins know about it (for the study texts the pages compile, `../lib/build/study-body.ts`), the keys of the
 * evidence index (which passage of which study holds each quote the site shows: one file per
 * study, `../lib/build/evidence-store.ts`) and what each draft leaves to review (by slug; empty
 * but on the dev server, the only one that shows drafts), as data for everything Vite builds
 * (content config, pages, components). Loaded and checked once, in `astro.config.mjs`; the
 * modules read it from here instead of loading it again.
 */
import type { Plugin } from 'vite';
import type { Atlas } from '../lib/atlas/load.ts';
import type { DraftReview } from '../lib/checks/draft-review.ts';
import type { EvidenceIndex } from '../lib/checks/evidence-check.ts';
import type { StudyTextInputs } from '../lib/build/study-body.ts';
import { storeEvidence } from '../lib/build/evidence-store.ts';

const ID = 'virtual:atlas';
const RESOLVED = `\0${ID}`;

export function vitePluginAtlas(atlas: Atlas, studyTextInputs: StudyTextInputs, evidence: EvidenceIndex, drafts: Readonly<Record<string, DraftReview>> = {}): Plugin {
  const code = `export const atlas = ${JSON.stringify(atlas)};\nexport const studyTextInputs = ${JSON.stringify(studyTextInputs)};\nexport const evidenceKeys = ${JSON.stringify(storeEvidence(evidence))};\nexport const drafts = ${JSON.stringify(drafts)};\n`;
  return {
    name: 'atlas:virtual-module',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? code : undefined),
  };
}
