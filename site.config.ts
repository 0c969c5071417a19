/**
 * This atlas's settings: its identity, languages, kinds of work, how its studies are shown and
 * its own prose. The engine reads them; every field is explained in
 * `src/lib/model/atlas-config.ts` and in the README, "Start your own atlas".
 */
import type { AtlasConfigInput } from './src/lib/model/atlas-config.ts';

export default {
  title: { en: 'Vietnam Trafficking Studies Atlas', id: 'Atlas Studi Perdagangan Manusia di Vietnam' },
  shortTitle: { en: 'VTS Atlas', id: 'Atlas SPMV' },
  description: {
    en: 'Five Indonesian academic studies on human trafficking in Vietnam, presented faithfully with English overviews, for students, researchers and policy staff.',
    id: 'Lima studi akademik Indonesia tentang perdagangan manusia di Vietnam, disajikan secara setia dengan ringkasan dalam bahasa Indonesia dan Inggris, bagi mahasiswa, peneliti, dan staf kebijakan.',
  },
  languages: {
    interface: ['en', 'id'],
    content: [],
    required: ['en'],
    regions: { en: 'GB', id: 'ID' },
  },
  prose: {
    lead: {
      en: 'Indonesian academic studies on human trafficking in Vietnam, each in the authors’ own words with an English overview.',
      id: 'Studi akademik Indonesia tentang perdagangan manusia di Vietnam, masing-masing dalam kata-kata penulisnya sendiri, disertai ringkasan dalam bahasa Indonesia dan Inggris.',
    },
    about: {
      en: 'The atlas reproduces studies written in Indonesian, some with English abstracts, on how Vietnam, international organisations and regional instruments respond to human trafficking, including child trafficking. Each study’s page gives its text as published (for some studies only the abstract or the final chapter is available), the details of the source, an English overview linked to the passages it rests on, and notes where a source contradicts itself or is unclear.',
      id: 'Atlas ini memuat ulang studi-studi berbahasa Indonesia, sebagian di antaranya disertai abstrak berbahasa Inggris, tentang cara Vietnam, organisasi internasional, dan instrumen regional menanggapi perdagangan manusia, termasuk perdagangan anak. Halaman setiap studi menyajikan teksnya sebagaimana diterbitkan (untuk beberapa studi, hanya abstrak atau bab terakhirnya yang tersedia), rincian sumbernya, ringkasan (dalam bahasa Indonesia dan Inggris) yang ditautkan ke bagian-bagian teks yang menjadi dasarnya, serta catatan pada bagian-bagian yang sumbernya tidak konsisten atau kurang jelas.',
    },
    rights: {
      en: 'The study texts are reproduced as research sources; their rights are not stated in the sources.',
      id: 'Teks studi-studi ini dimuat ulang sebagai sumber penelitian; hak atas teks tersebut tidak dinyatakan dalam sumber.',
    },
    studiesOrder: { en: 'in the order the atlas received them', id: 'sesuai urutan diterimanya oleh atlas ini' },
    searchPlaceholder: {
      en: 'e.g. Doi Moi, keamanan manusia, Human Development Report',
      id: 'mis. Doi Moi, efektivitas rezim, Konvensi Hak Anak',
    },
    searchSuggestions: { en: '“perdagangan anak”, “child trafficking”', id: '“perdagangan anak”, “perlindungan korban”' },
    downloadReadme: {
      en: 'Open index.html in a web browser. Everything works from this folder without a network:\nthe studies, the glossary and its previews, and search.',
      id: 'Buka index.html di peramban web. Semuanya berfungsi dari folder ini tanpa jaringan:\nstudi-studi, glosarium beserta pratinjaunya, dan pencarian.',
    },
  },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  offline: { precacheLimitBytes: 25 * 1024 * 1024 },
  kinds: [
    { id: 'journal-article', label: { en: 'Journal article', id: 'Artikel jurnal' }, csl: 'article-journal' },
    {
      id: 'undergraduate-thesis-abstract',
      label: { en: 'Undergraduate thesis (abstract pages)', id: 'Skripsi (halaman abstrak)' },
      csl: 'thesis',
      genre: { en: 'Undergraduate thesis', id: 'Skripsi' },
    },
    {
      id: 'undergraduate-thesis-chapter',
      label: { en: 'Undergraduate thesis (chapter)', id: 'Skripsi (bab)' },
      csl: 'thesis',
      genre: { en: 'Undergraduate thesis', id: 'Skripsi' },
    },
  ],
  studies: {
    route: 'studies',
    headingFloor: 3,
    linkTerms: true,
    order: 'source-file',
    glossaryLists: [
      {
        field: 'frameworks',
        label: { en: 'Frameworks', id: 'Kerangka pemikiran' },
        usedAs: { en: 'a framework it uses', id: 'kerangka pemikiran yang digunakannya' },
        table: true,
        explainedBy: 'framework',
        filter: { name: 'framework', label: { en: 'Framework', id: 'Kerangka pemikiran' } },
      },
      {
        field: 'actors',
        label: { en: 'Main actors', id: 'Aktor utama' },
        usedAs: { en: 'a main actor in it', id: 'aktor utama di dalamnya' },
        table: true,
        filter: { name: 'actor', label: { en: 'Actor', id: 'Aktor' } },
      },
      {
        field: 'instruments',
        label: { en: 'Instruments', id: 'Instrumen' },
        usedAs: { en: 'an instrument it discusses', id: 'instrumen yang dibahasnya' },
        whenEmpty: 'hide',
      },
    ],
    compareRows: ['question', 'period', 'frameworks', 'actors', 'method', 'findings', 'challenges', 'recommendations'],
    // Glosses of the standard headings of Indonesian theses and articles, matched without their
    // numbering ("BAB V", "1.", "5.1") and whatever their case.
    headingGlosses: {
      id: {
        Abstrak: { en: 'Abstract' },
        Pendahuluan: { en: 'Introduction' },
        'Latar Belakang': { en: 'Background' },
        'Rumusan Masalah': { en: 'Research question' },
        'Tujuan Penelitian': { en: 'Aims of the research' },
        'Tinjauan Pustaka': { en: 'Literature review' },
        'Kerangka Teori': { en: 'Theoretical framework' },
        'Kerangka Pemikiran': { en: 'Theoretical framework' },
        'Landasan Teori': { en: 'Theoretical basis' },
        'Metode Penelitian': { en: 'Research method' },
        'Metodologi Penelitian': { en: 'Research methodology' },
        Hasil: { en: 'Results' },
        Pembahasan: { en: 'Discussion' },
        'Hasil dan Pembahasan': { en: 'Results and discussion' },
        Kesimpulan: { en: 'Conclusion' },
        Saran: { en: 'Recommendations' },
        'Kesimpulan dan Saran': { en: 'Conclusion and recommendations' },
        Penutup: { en: 'Closing' },
        'Daftar Pustaka': { en: 'References' },
        Lampiran: { en: 'Appendices' },
      },
    },
  },
  glossary: { route: 'glossary', headingFloor: 2, linkTerms: true },
  timeline: { route: 'timeline' },
  citation: { locales: ['en-US', 'id-ID'] },
} satisfies AtlasConfigInput;
