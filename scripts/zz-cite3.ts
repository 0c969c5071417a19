import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
const items = Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, 'citation-key': `a${i}`, type: 'thesis', genre: 'Skripsi', title: `A title about trafficking in Vietnam ${i}`, author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2020]] }, publisher: 'Universitas X', abstract: 'word '.repeat(200), URL: `http://x/${i}/` }));
for (const [label, fn] of [
  ['new Cite', (it: any) => new Cite([it])],
  ['apa en-US', (it: any) => new Cite([it]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })],
  ['biblatex', (it: any) => new Cite([it]).format('biblatex', { format: 'object' })],
  ['ris', (it: any) => new Cite([it]).format('ris', { format: 'object' })],
] as const) {
  fn(items[0]);
  const t = performance.now();
  for (const it of items) fn(it);
  console.log(label, ((performance.now() - t) / items.length).toFixed(2), 'ms/item');
}
