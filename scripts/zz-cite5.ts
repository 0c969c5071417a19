import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
const items = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, type: 'thesis', genre: 'Skripsi', title: `A title about trafficking in Vietnam ${i}`, author: [{ literal: 'Jane Doe' }], issued: { 'date-parts': [[2020]] }, publisher: 'Universitas X', abstract: 'word '.repeat(200), URL: `http://x/${i}/`, language: 'id' }));
new Cite([items[0]]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
const t = performance.now();
for (const it of items) new Cite([it]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
console.log(((performance.now() - t) / items.length).toFixed(2), 'ms/item');
