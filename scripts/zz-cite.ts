import { loadAtlas } from '../src/lib/atlas/load.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { cslItem, citations } from '../src/lib/util/citation.ts';
const atlas = await loadAtlas();
const check = checkContent(atlas);
const items = check.studies.flatMap((s) => atlas.config.languages.interface.map((l: string) => cslItem(s.slug, s.data, `http://x/${s.slug}/`, atlas.config, l)));
(globalThis as any).gc(); const h0 = process.memoryUsage().heapUsed;
console.log('items', items.length, 'heap after check', (h0 / 1e6).toFixed(0));
items.forEach((item, i) => {
  citations(item, atlas.config.citation.locales);
  if ((i + 1) % 250 === 0) { (globalThis as any).gc(); console.log(i + 1, ((process.memoryUsage().heapUsed - h0) / 1e6).toFixed(1), 'MB more'); }
});
