import type { ImportVocabulary } from './vocabulary.ts';

export default {
  iso6393: 'ind',
  abstract: ['Abstrak', 'Intisari', 'Ringkasan'],
  keywords: ['Kata kunci', 'Kata-kata kunci'],
  chapter: ['BAB'],
  references: ['Daftar Pustaka', 'Referensi', 'Bibliografi', 'Daftar Referensi'],
  table: ['Tabel'],
  figure: ['Gambar', 'Grafik', 'Diagram', 'Bagan'],
} satisfies ImportVocabulary;
