/**
 * The Bahasa Indonesia interface: every string the engine shows, for any atlas, with exactly the
 * keys and function signatures of `en.ts` (each export is typed against the English one, and
 * tests/unit/dictionaries.test.ts checks keys, arities and untranslated values). Nothing here
 * names a corpus, a topic or a source language: what one atlas says about itself is in its
 * `site.config.ts`, and language names come from `Intl`.
 *
 * `Intl.DisplayNames` in Indonesian names a language without the word "bahasa" ("Inggris",
 * "Indonesia"), so every string that takes a language name writes "bahasa" before it.
 * Indonesian has no plural inflection: counts read `${n} studi` for any n.
 */
import type { CompareStrings, FilterStrings, MatchStrings, OfflineStrings, SearchStrings, Ui } from './en.ts';

/** Strings of pages and components, rendered at build time. */
export const ui: Ui = {
  'skip.toMain': 'Langsung ke konten utama',
  'nav.label': 'Utama',
  'nav.home': 'Beranda',
  'nav.studies': 'Studi',
  'nav.glossary': 'Glosarium',
  'nav.compare': 'Bandingkan',
  'nav.timeline': 'Linimasa',
  'theme.system': 'Tema: ikuti sistem',
  'theme.light': 'Tema: terang',
  'theme.dark': 'Tema: gelap',
  'language.label': 'Bahasa',
  'language.autonym': 'Bahasa Indonesia',
  'language.suggest': 'Atlas ini juga tersedia dalam bahasa Indonesia.',
  'language.suggestOpen': 'Baca dalam bahasa Indonesia',
  'language.suggestDismiss': 'Tutup',
  'fallback.notice': (language: string) => `Belum diterjemahkan: ditampilkan dalam bahasa ${language}.`,
  'footer.code': 'Kode berlisensi',
  'footer.repository': 'Repositori kode sumber',

  notStated: 'tidak disebutkan dalam sumber',
  'list.separator': ', ',

  'home.what.heading': 'Tentang atlas ini',
  'home.what.edition': 'bagaimana teks disiapkan dari sumbernya, beserta setiap perubahan yang dilakukan terhadapnya.',
  'home.studies.heading': 'Daftar studi',
  'home.studies.count': (n: number, order: string) => `${n} studi, ${order}.`,
  'home.studies.shown': (shown: number, n: number, order: string) => `${shown} studi pertama dari ${n} studi, ${order}.`,
  'home.studies.all': (n: number) => `Semua ${n} studi`,
  'home.ways.heading': 'Cara menjelajahi atlas',
  'home.ways.table': (columns: string) => `Semua studi dalam tabel yang dapat diurutkan dan disaring: ${columns}.`,
  'home.ways.rules': 'Setiap fakta berasal dari studi itu sendiri; hal yang tidak dinyatakan oleh suatu studi ditandai “tidak disebutkan dalam sumber”.',
  'home.ways.glossary': 'Telusuri konsep, organisasi, atau undang-undang, lalu temukan semua studi yang menggunakannya.',
  'home.ways.compare': 'Baca studi-studi secara berdampingan: pertanyaan penelitian, kerangka pemikiran, temuan, rekomendasi.',
  'home.ways.timeline': 'Lihat peristiwa, undang-undang, dan program yang disebutkan studi-studi ini, tahun demi tahun.',
  'home.download.heading': 'Membaca secara luring (offline)',
  'home.download.body':
    'Setelah dibuka sekali, atlas ini tetap tersedia secara luring di peramban ini, termasuk pencariannya. Untuk menyimpan salinan di komputer Anda, unduh atlas, ekstrak berkas zip, lalu buka index.html: studi, glosarium, dan pencarian semuanya berfungsi dari folder tersebut, tanpa server dan tanpa jaringan.',
  'home.download.link': 'Unduh atlas (berkas zip)',
  'home.download.none': (n: number) =>
    `Setelah dibuka sekali, atlas ini tetap tersedia secara luring di peramban ini, termasuk pencariannya. Dengan ${n} studi, atlas ini terlalu besar untuk ditawarkan sebagai satu berkas unduhan.`,

  'studies.title': 'Daftar studi',
  'studies.lead': (details: string) => `Semua studi dalam atlas, beserta ${details}.`,
  'studies.lead.period': 'periode yang dikaji tiap studi',
  'studies.lead.kind': 'jenisnya',
  'studies.caption': 'Studi dalam atlas',
  'studies.col.title': 'Studi',
  'studies.col.period': 'Periode yang dikaji',
  'studies.col.kind': 'Jenis',
  'studies.col.columns.period': 'periode',
  'studies.col.columns.kind': 'jenis',
  'studies.title.byTitle': 'Studi menurut judul (A–Z)',
  'studies.title.byYear': 'Studi menurut tahun, terbaru lebih dahulu',
  'studies.title.kind': (kind: string) => `Studi: ${kind}`,
  'studies.title.language': (language: string) => `Studi berbahasa ${language}`,
  'studies.title.page': (title: string, page: number, pages: number) => `${title}, halaman ${page} dari ${pages}`,
  'studies.showing': (from: number, to: number, total: number) =>
    from === to ? `Studi ke-${from} dari ${total}.` : `Studi ke-${from} sampai ke-${to} dari ${total}.`,
  'studies.controls': 'Urutan dan saringan',
  'studies.order.label': 'Urutan',
  'studies.order.atlas': 'Urutan atlas',
  'studies.order.title': 'Judul (A–Z)',
  'studies.order.year': 'Tahun, terbaru lebih dahulu',
  'studies.order.yearNote': 'Terbaru lebih dahulu menurut tahun terbit; studi yang sumbernya tidak menyebutkan tahun ditempatkan paling akhir.',
  'studies.filter.language': 'Bahasa teks',
  'studies.filter.option': (label: string, n: number) => `${label} (${n})`,
  'studies.filter.all': (n: number) => `Semua studi (${n})`,
  'studies.filter.note': 'Daftar yang disaring tetap mengikuti urutan atlas.',
  'studies.pages': 'Halaman daftar',
  'studies.page.previous': 'Sebelumnya',
  'studies.page.next': 'Berikutnya',
  'studies.page.number': (n: number) => `Halaman ${n}`,

  'study.readingTime': (minutes: number) => `Waktu baca teks studi: sekitar ${minutes} menit.`,
  'study.toc': 'Di halaman ini',
  'study.descriptiveTitle': 'Judul deskriptif: sumber tidak mencantumkan judul; judul ini disusun berdasarkan teksnya.',
  'study.sourceTitle': 'Judul dalam bahasa sumber',
  'study.overview.heading': 'Ringkasan',
  'study.overview.more': 'Ringkasan lengkap: pertanyaan penelitian, kerangka pemikiran, metode, temuan',
  'study.overview.note': (language: string) => `Ditulis untuk atlas ini dalam bahasa ${language}; isinya hanya apa yang dinyatakan sumber.`,
  'study.overview.question': 'Pertanyaan penelitian',
  'study.overview.framework': 'Kerangka pemikiran',
  'study.overview.method': 'Metode',
  'study.overview.findings': 'Temuan',
  'study.overview.challenges': 'Tantangan',
  'study.overview.recommendations': 'Rekomendasi',
  'study.meta.heading': 'Tentang sumber',
  'study.meta.kind': 'Jenis',
  'study.meta.holds': 'Isi sumber',
  'study.meta.languages': 'Bahasa',
  'study.meta.periods': 'Periode yang dikaji',
  'study.meta.primary': 'periode utama',
  'study.meta.statedIn': 'dinyatakan dalam',
  'study.meta.method': 'Metode',
  'study.meta.authors': 'Penulis',
  'study.meta.year': 'Tahun terbit',
  'study.meta.institution': 'Institusi',
  'study.meta.venue': 'Diterbitkan di',
  'study.meta.volume': 'Volume',
  'study.meta.issue': 'Nomor',
  'study.meta.pages': 'Halaman',
  'study.meta.doi': 'DOI',
  'study.meta.rights': 'Hak cipta',
  'study.meta.edition': 'Edisi ini',
  'study.notes.heading': 'Catatan editorial',
  'study.notes.lead':
    'Hal-hal yang dalam sumbernya saling bertentangan atau dapat disalahpahami, serta apa yang dilakukan atlas terhadapnya. Catatan yang menyangkut bagian tertentu juga ditandai di dalam teks.',
  /** The link at a passage of the text to the note that concerns it. */
  'study.notes.marker': (n: number) => `Catatan ${n}`,
  'study.notes.places': 'Bagian teks studi yang terkait, berdasarkan nomor:',
  'study.edition.link': 'Bagaimana teks ini disiapkan',
  'study.cite.heading': 'Sitasi studi ini',
  'study.cite.lead': 'Sitasi untuk studi itu sendiri, berdasarkan fakta yang dinyatakan sumbernya.',
  'study.cite.leadDescriptive':
    'Sitasi untuk studi itu sendiri, berdasarkan fakta yang dinyatakan sumbernya; judulnya berasal dari kami sehingga ditulis dalam kurung siku.',
  'study.cite.pageGiven': 'Halaman ini dicantumkan sebagai tempat teksnya tersedia.',
  'study.cite.descriptiveNote': 'Judul deskriptif: sumber tidak mencantumkan judul.',
  'study.cite.apa': 'APA 7',
  'study.cite.apaIn': (language: string) => `APA 7, dalam bahasa ${language}`,
  'study.cite.managers': 'Untuk aplikasi pengelola referensi',
  'study.cite.downloads': 'Unduh:',
  'study.cite.bibtex': 'BibTeX',
  'study.cite.ris': 'RIS',
  'study.cite.csl': 'CSL-JSON',
  'study.cite.copy': (format: string) => `Salin ${format}`,
  'study.cite.copied': 'Tersalin',
  'study.cite.copyFailed': 'Gagal menyalin: teksnya sudah dipilih agar dapat Anda salin sendiri.',
  'study.terms.heading': 'Istilah glosarium dalam studi ini',
  'study.terms.lead': 'Konsep, aktor, dan instrumen yang ditautkan halaman ini ke glosarium.',
  'study.text.heading': 'Teks studi',
  'study.text.note':
    'Dalam kata-kata penulis sendiri, sebagaimana diterbitkan. Yang dibersihkan hanyalah jejak konversi dokumen terbitan ke teks polos (kepala dan nomor halaman, baris yang terpotong, spasi berlebih). [sic] menandai ejaan asli penulis yang dapat menyesatkan.',
  'study.keywords': 'Kata kunci',
  'study.sic': 'sic: demikian tertulis dalam sumber',

  'draft.title': 'Draf dalam peninjauan',
  'draft.lead': 'Studi ini masih berupa draf: hanya server pengembangan yang menampilkannya, dan situs yang diterbitkan tidak memuatnya. Setelah semua hal di bawah ini diselesaikan, hapus “draft: true” dari berkasnya untuk menerbitkannya.',
  'draft.items': (n: number) => `${n} hal masih perlu ditinjau, menurut berkas dan baris:`,
  'draft.none': 'Tidak ada lagi yang perlu ditinjau: hapus “draft: true” dari berkasnya untuk menerbitkannya.',
  'draft.toReview': 'perlu ditinjau: belum ditulis',

  'edition.title': 'Tentang edisi ini',
  'edition.lead': 'Bagaimana teks di situs ini disiapkan dari sumbernya, beserta setiap perubahan yang dilakukan terhadapnya.',
  'edition.how.heading': 'Bagaimana teks disiapkan',
  'edition.how.points': [
    'Teks setiap studi disajikan dalam kata-kata penulisnya sendiri, sebagaimana diterbitkan, lengkap dengan judul bagian, daftar, dan tabelnya.',
    'Yang dibersihkan hanyalah jejak konversi dokumen terbitan ke teks polos: baris yang terpotong di dalam paragraf disambung, sedangkan kepala halaman, nomor halaman, dan spasi berlebih dihapus. Setiap perubahan selain penyambungan baris dicantumkan di bawah, studi demi studi, beserta teks sebagaimana diterima.',
    'Ejaan, tanda baca, dan sitasi dipertahankan seperti yang ditulis penulis; [sic] menandai ejaan yang dapat menyesatkan.',
    'Tambahan atlas di dalam teks, seperti tabel angka yang disebutkan teks atau catatan tentang angka yang tidak tersedia, dipisahkan dan diberi label.',
    'Judul, penulis, tahun, dan fakta lain tentang suatu studi hanya berasal dari sumbernya; hal yang tidak dicantumkan sumber ditandai “tidak disebutkan dalam sumber”.',
    'Ringkasan ditulis untuk atlas dan hanya menyatakan apa yang dinyatakan studi: setiap pernyataan ditautkan ke bagian teks yang menjadi dasarnya. Jika suatu sumber bertentangan dengan dirinya sendiri, kedua versi dipertahankan dan sebuah catatan editorial menjelaskannya.',
  ],
  'edition.studies.heading': 'Studi demi studi',
  'edition.asReceived': 'Teks sebagaimana diterima',
  'edition.asReceived.link': 'teks polos, sebelum dibersihkan',
  'edition.notes.heading': 'Bagaimana teks ini disiapkan',
  'edition.changes.heading': 'Perubahan pada teks',
  'edition.changes.none': 'Tidak ada, selain penyambungan baris yang terpotong di dalam paragraf.',
  'edition.changes.source': 'Dalam teks sebagaimana diterima',
  'edition.changes.shown': 'Di situs ini',
  'edition.changes.reason': 'Alasan',
  'edition.changes.removed': 'dihapus',

  'chart.sourceCaption': (title: string, source: string) => `${title}. Sumber sebagaimana dikutip dalam studi: ${source}.`,
  'chart.sourceDescription': (description: string, source: string) => `${description}. Sumber: ${source}.`,

  'glossary.title': 'Glosarium',
  'glossary.lead':
    'Konsep, aktor, dan instrumen hukum yang digunakan studi-studi ini, masing-masing dengan definisi singkat, apa yang dikemukakan studi tentangnya, dan studi yang menggunakannya.',
  'glossary.kind.concept': 'Konsep',
  'glossary.kind.actor': 'Aktor',
  'glossary.kind.instrument': 'Instrumen',
  'glossary.kindSingular.concept': 'Konsep',
  'glossary.kindSingular.actor': 'Aktor',
  'glossary.kindSingular.instrument': 'Instrumen',
  'glossary.inLanguage': (language: string) => `Dalam bahasa ${language}`,
  'glossary.alsoWritten': 'Juga ditulis sebagai',
  /** The heading every glossary body has, written by the author in the body's language. */
  'glossary.studiesSay': 'Apa yang dikemukakan studi',
  'glossary.background.heading': 'Latar belakang umum',
  'glossary.background.passage': 'Latar belakang umum, bukan dari studi:',
  'glossary.definition.background': 'Latar belakang umum, bukan dari studi.',
  'glossary.definition.preview': (definition: string) => `Latar belakang umum: ${definition}`,
  'evidence.lead': 'Sebagaimana tertulis dalam studi:',
  'evidence.refs': 'Bagian teks studi yang menjadi dasarnya, berdasarkan nomor:',
  'glossary.background.note': 'Bukan dari studi: latar belakang yang sudah mapan, ditambahkan oleh atlas.',
  'glossary.usedIn.heading': 'Digunakan dalam',
  'glossary.usedIn.none': 'Belum ada studi dalam atlas yang menggunakan istilah ini.',
  'glossary.usedIn.applies': 'menerapkannya',
  'glossary.usedIn.mentions': 'menyebutkannya',
  'glossary.usedIn.more': (n: number) => `dan ${n} studi lainnya: lihat tabel semua studi.`,
  'glossary.related.heading': 'Entri terkait',

  'timeline.title': 'Linimasa',
  'timeline.lead':
    'Peristiwa, undang-undang, program, laporan, dan peringkat bertanggal yang disebutkan studi-studi ini, masing-masing beserta studi yang menyebutkannya dengan kata-katanya sendiri. Jika suatu studi bertentangan dengan dirinya sendiri, kedua tanggal ditampilkan.',
  'timeline.mentionedIn': 'Disebutkan dalam',
  'timeline.note': 'Catatan',
  'timeline.years': 'Lompat ke tahun',
  'timeline.decade': (decade: number) => `${decade}-an`,
  'timeline.filter.legend': 'Tampilkan hanya peristiwa yang disebutkan studi-studi berikut',
  'timeline.filter.count': (n: number) => `${n} peristiwa`,
  'timeline.filter.reset': 'Tampilkan semua peristiwa',
  'timeline.kind.instrument': 'Instrumen',
  'timeline.kind.law': 'Undang-undang atau keputusan',
  'timeline.kind.programme': 'Program',
  'timeline.kind.report': 'Laporan',
  'timeline.kind.ranking': 'Peringkat',
  'timeline.kind.incident': 'Insiden',
  'timeline.kind.institution': 'Lembaga',
  'timeline.kind.ratification': 'Ratifikasi',
  'timeline.kind.agreement': 'Perjanjian',
  'timeline.kind.statistic': 'Data statistik',

  'compare.title': 'Bandingkan studi',
  'compare.lead':
    'Studi-studi secara berdampingan, berdasarkan ringkasannya. Setiap sel ditautkan ke bagian terkait di halaman studi; “tidak disebutkan dalam sumber” menandai hal yang tidak dicantumkan sumber.',
  'compare.caption': 'Perbandingan studi',
  'compare.row.question': 'Pertanyaan penelitian',
  'compare.row.period': 'Periode yang dikaji',
  'compare.row.framework': 'Kerangka pemikiran',
  'compare.row.method': 'Metode',
  'compare.row.findings': 'Temuan',
  'compare.row.challenges': 'Tantangan',
  'compare.row.recommendations': 'Rekomendasi',
  'compare.row.summary': 'Ringkasan',
  'compare.goTo': 'di halaman studi',
  'compare.noneListed': 'tidak ada yang dicantumkan',
  'compare.pageTitle': (page: number, pages: number) => `Bandingkan studi, halaman ${page} dari ${pages}`,
  'compare.shown': (from: number, to: number, total: number) =>
    from === to ? `Studi ke-${from} dari ${total}, sesuai urutan atlas.` : `Studi ke-${from} sampai ke-${to} dari ${total}, sesuai urutan atlas.`,
  'compare.pages': 'Halaman perbandingan',
  'compare.page.previous': 'Studi sebelumnya',
  'compare.page.next': 'Studi berikutnya',
  'compare.page.number': (n: number) => `Halaman perbandingan ${n}`,
  'compare.remove': 'Hapus',
  'compare.pick.open': 'Pilih studi',
  'compare.pick.find': 'Cari studi menurut judulnya',
  'compare.pick.hint': (n: number) => `Paling banyak ${n} studi berdampingan. Alamat halaman menyimpan pilihan Anda, untuk dibuka lagi atau dibagikan.`,
  'compare.pick.list': 'Studi yang dapat ditambahkan',

  'search.type.study': 'Studi',
  'search.type.glossary': 'Entri glosarium',
  'search.pageDescription': (languages: string, filters: string) =>
    `Cari di studi dan glosarium dalam bahasa ${languages}, persempit menurut ${filters}, dan bagikan pencarian sebagai tautan.`,

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Tidak ada halaman di alamat ini. Halaman tersebut mungkin telah dipindahkan, atau tautannya salah ketik.',
  'notFound.home': 'Ke beranda',
  'notFound.studies': 'Lihat semua studi',
};

/**
 * Strings of the search interface, which runs in the browser: a separate export, so that the
 * search script bundles these and not the whole dictionary. `languages` is the atlas's
 * languages as a phrase ("Inggris atau Indonesia", hence "bahasa" before it), `examples` its
 * own example terms.
 */
export const search: SearchStrings = {
  open: 'Cari',
  dialogLabel: 'Cari di atlas',
  inputLabel: 'Cari studi dan glosarium',
  close: 'Tutup',
  /** The count of each kind of page found (`study`, `glossary`), in that order. */
  resultsByType: (counts: { type: string; n: number }[], q: string) =>
    `${counts.map(({ type, n }) => (type === 'glossary' ? `${n} entri glosarium` : `${n} studi`)).join(' dan ')} untuk “${q}”`,
  glossaryCards: 'Entri glosarium',
  allGlossaryMatches: (n: number) => `Semua ${n} entri glosarium yang cocok`,
  studyResults: 'Studi',
  alsoSearched: 'Juga dicari, dari glosarium:',
  expandLabel: 'Cari juga setiap istilah glosarium dalam bahasa lainnya',
  partial: (missing: string[], searched: string) =>
    `Tidak ada halaman yang memuat ${missing.map((w) => `“${w}”`).join(' atau ')}. Hasil yang cocok sebagian, hanya untuk “${searched}”:`,
  partialMatch: 'Cocok sebagian',
  none: (q: string, languages: string, examples: string) =>
    `Tidak ada hasil untuk “${q}”. Coba kata yang lebih sedikit atau kata lain, istilah dalam bahasa ${languages} (${examples}), atau jelajahi glosarium.`,
  empty: (languages: string) => `Ketik kata atau frasa dalam bahasa ${languages}.`,
  shortened: (n: number) => `Hanya ${n} karakter pertama dari teks pencarian yang digunakan.`,
  failed: 'Pencarian tidak dapat dimuat. Muat ulang halaman, atau jelajahi daftar studi dan glosarium.',
  fullPage: 'Buka halaman pencarian, dengan filter',
  didYouMean: 'Istilah glosarium yang mirip dengan yang Anda ketik:',
  sectionsIn: 'Di halaman ini:',
  filtersLegend: 'Persempit hasil',
  filterAny: 'Semua',
  filterType: 'Jenis halaman',
  filterKind: 'Jenis',
  filterPeriod: 'Periode yang dikaji',
  sortLabel: 'Urutan',
  sortRelevance: 'Paling cocok terlebih dahulu',
  sortOldest: 'Periode yang dikaji, dari yang paling awal',
  sortNewest: 'Periode yang dikaji, dari yang paling baru',
  submit: 'Cari',
  noScript:
    'Pencarian berjalan di peramban Anda dan memerlukan JavaScript. Setiap studi dan entri glosarium juga dapat diakses dari tabel studi dan dari glosarium.',
};

/**
 * Strings of the match bar on a page opened from a search result, which runs in the browser:
 * `q` is the query as the result's address carries it. The keys n and p are the script's own.
 */
export const matches: MatchStrings = {
  label: 'Kecocokan pencarian Anda di halaman ini. Tombol: n kecocokan berikutnya, p kecocokan sebelumnya',
  position: (i: number, n: number, q: string) => `Kecocokan ${i} dari ${n} untuk “${q}”`,
  none: (q: string) => `Tidak ada kecocokan persis untuk “${q}” dalam teks halaman ini: pencarian menemukan bentuk lain dari kata tersebut.`,
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  close: 'Tutup',
};

/**
 * Strings of the study filter on the timeline and compare pages, which runs in the browser:
 * what it announces after each choice.
 */
export const filter: FilterStrings = {
  events: (shown: number, total: number) =>
    shown === total ? `Menampilkan semua ${total} peristiwa.` : `Menampilkan ${shown} dari ${total} peristiwa.`,
  studies: (shown: number, total: number) =>
    shown === total ? `Membandingkan semua ${total} studi.` : `Membandingkan ${shown} dari ${total} studi.`,
};

/** Strings of the offline status in the footer, which runs in the browser. */
/**
 * Strings of the compare script, which sets side by side the studies a reader picks on
 * /compare/: what it announces, and the picker's options.
 */
export const compare: CompareStrings = {
  showing: (titles: string[]) =>
    titles.length === 0 ? 'Belum ada studi yang dipilih: pilih satu untuk dibandingkan.' : `Membandingkan ${titles.length} studi: ${titles.join('; ')}.`,
  removed: (title: string) => `${title} dihapus.`,
  added: (title: string) => `${title} ditambahkan.`,
  full: (n: number) => `Sudah ${n} studi berdampingan, jumlah terbanyak: hapus satu untuk menambahkan yang lain.`,
  tooMany: (n: number) => `Paling banyak ${n} studi berdampingan: yang ditampilkan ${n} studi pertama dari alamat.`,
  unknown: (names: string[]) => `Bukan studi dalam atlas ini: ${names.join(', ')}.`,
  failed: 'Studi yang dipilih tidak dapat dimuat. Muat ulang halaman, atau baca halaman-halaman perbandingan.',
  matches: (n: number) => (n === 0 ? 'Tidak ada studi yang cocok.' : `${n} studi cocok.`),
  add: (title: string) => `Tambahkan ${title}`,
};

export const offline: OfflineStrings = {
  ready: 'Tersedia secara luring: peramban ini telah menyimpan seluruh atlas, termasuk pencariannya.',
  saving: 'Menyimpan atlas untuk dibaca secara luring…',
  save: (mb: string) => `Simpan atlas untuk dibaca secara luring (${mb} MB)`,
  saveButton: 'Simpan atlas untuk dibaca secara luring',
  saveFailed: 'Atlas tidak dapat disimpan untuk dibaca secara luring. Coba lagi saat koneksi lebih baik.',
  update: 'Versi baru atlas sudah siap.',
  reload: 'Muat ulang untuk memperbarui',
};
