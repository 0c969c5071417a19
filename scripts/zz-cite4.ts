import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { writeHeapSnapshot } from 'node:v8';
const item = { id: 'a', type: 'thesis', title: 'A title', author: [{ family: 'Doe', given: 'J' }], issued: { 'date-parts': [[2020]] } };
new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
(globalThis as any).gc();
console.log(writeHeapSnapshot('/tmp/m/cite.heapsnapshot'));
