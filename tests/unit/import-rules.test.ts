/** Each cleaning rule of the importer on its own, on the cases it must tell apart. */
import { describe, expect, it } from 'vitest';
import { abstractHeading, keywordLine } from '../../src/lib/import/rules/abstracts.ts';
import { captionKind } from '../../src/lib/import/rules/captions.ts';
import { headingShape, levelOf, looksTitled, type LevelState } from '../../src/lib/import/rules/headings.ts';
import { joinLines, wordCounts } from '../../src/lib/import/rules/hyphenation.ts';
import { languageOf } from '../../src/lib/import/rules/language.ts';
import { listItem } from '../../src/lib/import/rules/list-items.ts';
import { removePageNumbers } from '../../src/lib/import/rules/page-numbers.ts';
import { referenceEntries } from '../../src/lib/import/rules/references.ts';
import { isJournalLine, removeRunningHeaders } from '../../src/lib/import/rules/running-headers.ts';
import { splitWordFlags } from '../../src/lib/import/rules/split-words.ts';
import { linesOfText, type SourceLine } from '../../src/lib/import/source-lines.ts';
import { decodeReceived } from '../../src/lib/import/received-file.ts';
import en from '../../src/lib/import/vocabulary/en.ts';
import id from '../../src/lib/import/vocabulary/id.ts';

const vocabularies = new Map([
  ['id', id],
  ['en', en],
]);
const both = [id, en];

describe('running headers and footers', () => {
  const page = (n: number, header: string, body: string[], footer?: string): SourceLine[] =>
    [header, ...body, ...(footer ? [footer] : [])].map((text, i) => ({ text, page: n, gapBefore: true, position: i / 10 }));

  it('drops a line repeated at the top of several pages, page numbers in it aside, and marks the next line as after a page break', () => {
    const lines = [1, 2, 3].flatMap((n) => page(n, `Jurnal Kajian ${100 + n}`, [`Isi halaman ${n} yang panjang.`]));
    const { lines: kept, dropped } = removeRunningHeaders(lines);
    expect(kept.map((l) => l.text)).toEqual(['Isi halaman 1 yang panjang.', 'Isi halaman 2 yang panjang.', 'Isi halaman 3 yang panjang.']);
    expect(dropped.map((d) => d.line)).toEqual(['Jurnal Kajian 101', 'Jurnal Kajian 102', 'Jurnal Kajian 103']);
    expect(kept[1]!.pageBreakBefore).toBe(true);
  });

  it('keeps a line that recurs in the body, not at a page edge', () => {
    const lines = [1, 2, 3].flatMap((n) => page(n, `Kepala ${n}`, ['Paragraf pertama.', 'Kesimpulan', 'Paragraf kedua.', 'Paragraf ketiga.']));
    expect(removeRunningHeaders(lines).lines.filter((l) => l.text === 'Kesimpulan')).toHaveLength(3);
  });

  it('drops a journal line that names volume, issue and pages even once, and keeps a reference that does', () => {
    expect(isJournalLine('Sang Pencerah: Jurnal Ilmiah Universitas Muhammadiyah Buton Dwi Okta. 8(4): 924-938')).toBe(true);
    expect(isJournalLine('Jurnal Hubungan Internasional Vol. 7 No. 2, Juli 2021')).toBe(true);
    expect(isJournalLine('Budiarta, I. W. (2015). Perlindungan Anak. Jurnal Hukum, 3(2), 112-130.')).toBe(false);
    const lines = linesOfText('Kalimat pertama yang panjang.\n\nSang Pencerah: Jurnal Ilmiah 8(4): 924-938\n\nKalimat kedua.\n');
    expect(removeRunningHeaders(lines).dropped.map((d) => d.line)).toEqual(['Sang Pencerah: Jurnal Ilmiah 8(4): 924-938']);
  });
});

describe('page numbers', () => {
  it('drops a lone number between blank lines in a text file, and keeps one that is part of the text elsewhere', () => {
    const alone = linesOfText('akhir halaman\n\n929\n\nawal halaman berikutnya\n');
    expect(removePageNumbers(alone).dropped.map((d) => d.line)).toEqual(['929']);
    const inText = linesOfText('Tabel\n2017\n350\n\n350\n\nlanjutan\n');
    expect(removePageNumbers(inText).dropped).toEqual([]);
  });

  it('drops numbers at the foot of PDF pages only', () => {
    const lines: SourceLine[] = [
      { text: '12', page: 1, gapBefore: true, position: 0.5 },
      { text: '13', page: 1, gapBefore: true, position: 0.97 },
    ];
    expect(removePageNumbers(lines).dropped.map((d) => d.line)).toEqual(['13']);
  });
});

describe('words broken at line ends', () => {
  const words = wordCounts(['perlindungan korban', 'negara-negara', 'kerja sama']);

  it('rejoins a word the text writes whole elsewhere, recording the change as the fidelity check joins lines', () => {
    expect(joinLines(['upaya perlin-', 'dungan ini'], words)).toEqual({
      text: 'upaya perlindungan ini',
      replacements: [{ find: 'perlin-dungan', replace: 'perlindungan', reason: expect.any(String) }],
      flags: [],
    });
  });

  it('keeps a hyphen that belongs to the word, silently when the text settles it', () => {
    expect(joinLines(['di negara-', 'negara asal'], words)).toMatchObject({ text: 'di negara-negara asal', replacements: [], flags: [] });
    expect(joinLines(['aktor non-', 'Negara'], words).flags).toEqual([]);
  });

  it('keeps and flags a break the text cannot settle', () => {
    const joined = joinLines(['dukungan masya-', 'rakat luas'], words);
    expect(joined.text).toBe('dukungan masya-rakat luas');
    expect(joined.flags[0]!.message).toContain('“masya-rakat”');
  });

  it('treats the typographic hyphen of a PDF like a hyphen', () => {
    expect(joinLines(['upaya perlin\u2010', 'dungan'], words).replacements[0]).toMatchObject({ find: 'perlin\u2010dungan', replace: 'perlindungan' });
  });
});

describe('words split by the extraction', () => {
  it('flags fragments the text writes whole elsewhere, and a space after a hyphen; merges nothing', () => {
    const text = 'Pada kategori pertama. Pada kateg ori kedua, aktor non- negara.';
    const flags = splitWordFlags(text, wordCounts([text]));
    expect(flags.map((f) => f.at)).toEqual(['kateg ori', 'non- negara']);
  });

  it('does not flag two words of the text', () => {
    const text = 'kerja sama dan kerjasama; di samping itu disamping.';
    expect(splitWordFlags(text, wordCounts([text, text]))).toEqual([]);
  });
});

describe('headings', () => {
  it('recognises chapters, numbered, upper-case and lettered headings, and not sentences or list items', () => {
    expect(headingShape('BAB V', both)).toEqual({ kind: 'chapter' });
    expect(headingShape('Chapter 4', both)).toEqual({ kind: 'chapter' });
    expect(headingShape('4.1 Kebijakan Pemerintah Vietnam', both)).toEqual({ kind: 'numbered', depth: 2 });
    expect(headingShape('1. Pendahuluan', both)).toEqual({ kind: 'numbered', depth: 1 });
    expect(headingShape('PENDAHULUAN', both)).toEqual({ kind: 'upper' });
    expect(headingShape('A. Keamanan Manusia', both)).toEqual({ kind: 'lettered' });
    expect(headingShape('1. Menggunakan laporan berkala untuk menginformasikan pengembangan kebijakan pada rentang waktu tertentu.', both)).toBeUndefined();
    expect(headingShape('a. Fungsi Informasi', both)).toBeUndefined();
    expect(headingShape('UNICEF.', both)).toBeUndefined();
    expect(looksTitled('Perdagangan Anak di Vietnam')).toBe(true);
    expect(looksTitled('dan kemudian pemerintah menetapkan')).toBe(false);
  });

  it('levels headings from the floor: a chapter, its numbered sections, their lettered and titled subsections', () => {
    const state: LevelState = { chapter: false, last: {} };
    expect(levelOf({ kind: 'chapter' }, 3, state)).toBe(3);
    expect(levelOf({ kind: 'numbered', depth: 2 }, 3, state)).toBe(4);
    expect(levelOf({ kind: 'lettered' }, 3, state)).toBe(5);
    const article: LevelState = { chapter: false, last: {} };
    expect(levelOf({ kind: 'upper' }, 3, article)).toBe(3);
    expect(levelOf({ kind: 'titled' }, 3, article)).toBe(4);
    expect(levelOf({ kind: 'titled' }, 3, article)).toBe(4);
  });
});

describe('list items', () => {
  it('keeps the marker as written', () => {
    expect(listItem('a. Faktor internal meliputi kemiskinan')).toEqual({ marker: 'a.', rest: 'Faktor internal meliputi kemiskinan' });
    expect(listItem('2) Ancaman negara lain (Perang),')).toEqual({ marker: '2)', rest: 'Ancaman negara lain (Perang),' });
    expect(listItem('(iii) the third')).toEqual({ marker: '(iii)', rest: 'the third' });
    expect(listItem('• bullet')).toEqual({ marker: '•', rest: 'bullet' });
    expect(listItem('Vietnam telah menunjukkan')).toBeUndefined();
  });
});

describe('abstracts and keywords', () => {
  it('finds abstract headings and keyword lines with their languages and labels as written', () => {
    expect(abstractHeading('ABSTRAK', vocabularies)).toBe('id');
    expect(abstractHeading('Abstract ', vocabularies.size > 0 ? vocabularies : vocabularies)).toBe('en');
    expect(abstractHeading('Abstract: This paper', vocabularies)).toBeUndefined();
    expect(keywordLine('Kata Kunci: Perdagangan manusia; Vietnam; LSM', vocabularies)).toEqual({
      label: 'Kata Kunci',
      keywords: ['Perdagangan manusia', 'Vietnam', 'LSM'],
      lang: 'id',
      exact: true,
    });
  });

  it('records keywords separated by commas as a change, and keeps a line the page could not write as is', () => {
    expect(keywordLine('Keywords: policy, Vietnam', vocabularies)).toMatchObject({ keywords: ['policy', 'Vietnam'], exact: true, replacement: { find: 'policy, Vietnam', replace: 'policy; Vietnam' } });
    expect(keywordLine('Keywords : policy; Vietnam', vocabularies)).toMatchObject({ exact: false });
  });
});

describe('references, captions and languages', () => {
  it('splits a reference list into entries, continuation lines joined', () => {
    expect(referenceEntries(['Budiarta, I. W. (2015). Perlindungan Anak. Jurnal Hukum, 3(2),', '112-130.', 'Hynes, P. (2018). Vulnerability. London: IOM.'])).toEqual([
      ['Budiarta, I. W. (2015). Perlindungan Anak. Jurnal Hukum, 3(2),', '112-130.'],
      ['Hynes, P. (2018). Vulnerability. London: IOM.'],
    ]);
  });

  it('tells tables from figures by their caption words, in either language', () => {
    expect(captionKind('Tabel 1. Jumlah kasus', both)).toBe('table');
    expect(captionKind('Figure 2 Map of provinces', both)).toBe('figure');
    expect(captionKind('Gambar ini menunjukkan', both)).toBeUndefined();
  });

  it('tells the atlas languages apart, and says nothing on a fragment', () => {
    expect(languageOf('Penelitian ini bertujuan untuk mengkaji upaya UNICEF dalam menangani perdagangan anak di Vietnam.', vocabularies)).toBe('id');
    expect(languageOf('This study aims to examine the efforts of UNICEF in dealing with child trafficking in Vietnam.', vocabularies)).toBe('en');
    expect(languageOf('UNICEF', vocabularies)).toBeUndefined();
  });
});

describe('received text files', () => {
  it('reads UTF-8 with a byte-order mark and CRLF, and says so', () => {
    const decoded = decodeReceived(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Baris satu\r\nBaris dua\r\n')]));
    expect(decoded.text).toBe('Baris satu\nBaris dua\n');
    expect(decoded.note).toBe('UTF-8 text (byte-order mark removed), CRLF line ends made LF');
  });

  it('converts Windows-1252 and says so', () => {
    const decoded = decodeReceived(new Uint8Array(Buffer.from('\x93Kebijakan\x94 caf\xe9\n', 'latin1')));
    expect(decoded.text).toBe('“Kebijakan” café\n');
    expect(decoded.note).toContain('Windows-1252');
  });

  it('refuses an empty or binary file with what to do', () => {
    expect(() => decodeReceived(new Uint8Array([]))).toThrow(/empty/);
    expect(() => decodeReceived(new Uint8Array([0x00, 0x01, 0x02, 0x41, 0x42, 0x00, 0x03]))).toThrow(/binary/);
    expect(() => decodeReceived(new Uint8Array(Buffer.from('%PDF-1.4 …')))).toThrow(/rename it to \.pdf/);
  });
});
