/** Passages of a study's text: ids that change only with their own words, quotes found within one passage, text fragments. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectPassages, findPassage, nearestPassage, passageIds, textFragment } from '../../src/lib/util/passages.ts';
import remarkPassageIds from '../../src/plugins/remark-passage-ids.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);

describe('passage ids', () => {
  it('come from the passage’s own words, so text added elsewhere changes no other id', () => {
    const before = collectPassages(parse('Satu dua tiga.\n\nEmpat lima enam.'));
    const after = collectPassages(parse('Sebuah paragraf baru.\n\nSatu dua tiga.\n\nEmpat lima enam.'));
    expect(after.slice(1)).toEqual(before);
    expect(before[0]!.id).toMatch(/^p-[0-9a-z]+$/);
  });

  it('tell repeated passages apart by their order', () => {
    expect(passageIds(['Sama.', 'Lain.', 'Sama.'])).toEqual([passageIds(['Sama.'])[0], passageIds(['Lain.'])[0], `${passageIds(['Sama.'])[0]}-2`]);
  });

  it('take list items whole, nested lists apart, and leave out what the atlas inserts', () => {
    const tree = parse('- a. Satu *dua*\n  - b. Tiga\n\n<EditorialInsert label="x">\n\nBukan sumber.\n\n</EditorialInsert>\n\nAkhir.');
    expect(collectPassages(tree, ['EditorialInsert']).map((p) => p.text)).toEqual(['a. Satu dua', 'b. Tiga', 'Akhir.']);
  });
});

describe('quotes', () => {
  const passages = collectPassages(parse('Pemerintah   Vietnam bekerja sama\ndengan UNICEF.\n\nKerja sama itu dimulai pada tahun 1990.'));

  it('are found within one passage, white space aside', () => {
    expect(findPassage(passages, 'Vietnam bekerja sama dengan UNICEF')?.id).toBe(passages[0]!.id);
    expect(findPassage(passages, 'UNICEF. Kerja sama')).toBeUndefined();
  });

  it('that are not found are answered with the nearest stretch of the text', () => {
    expect(nearestPassage(passages, 'dimulai pada tahun 1989')).toBe('dimulai pada tahun 1990.');
  });

  it('become text fragments with the words around them, escaped as the syntax needs', () => {
    const [passage] = collectPassages(parse('Awal kalimat non-negara, dan & lainnya di akhir.'));
    expect(textFragment('non-negara, dan & lainnya', passage!)).toBe(':~:text=Awal%20kalimat-,non%2Dnegara%2C%20dan%20%26%20lainnya,-di%20akhir.');
  });

  it('that are long are named by their ends after a prefix, and whole when no prefix can single them out', () => {
    const long = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas';
    const [middle] = collectPassages(parse(`Nol ${long} dua belas.`));
    expect(textFragment(long, middle!)).toBe(':~:text=Nol-,satu%20dua%20tiga%20empat%20lima,tujuh%20delapan%20sembilan%20sepuluh%20sebelas,-dua%20belas.');
    const [opening] = collectPassages(parse(`${long} dua belas.`));
    expect(textFragment(long, opening!)).toBe(`:~:text=${long.replaceAll(' ', '%20')},-dua%20belas.`);
  });

  it('that are a whole passage need no text fragment: the passage’s id is enough', () => {
    const [passage] = collectPassages(parse('Seluruh paragraf ini dikutip.'));
    expect(textFragment('Seluruh paragraf ini dikutip.', passage!)).toBe('');
  });

  it('never take context from the next paragraph of a list item', () => {
    const [item] = collectPassages(parse('- f. Penguatan Layanan.\n\n  Penguatan pada sektor ini.'));
    expect(item!.text).toBe('f. Penguatan Layanan. Penguatan pada sektor ini.');
    expect(textFragment('Penguatan Layanan', item!)).toBe(':~:text=f.-,Penguatan%20Layanan,-.');
  });

  it('fall back to the passage’s id when the page shows the fragment’s words earlier, in a longer quote', () => {
    const [passage] = collectPassages(parse('Penelitian terhadap efektivitas ACTIP-WC di Vietnam yang dianalisis menggunakan teori.'));
    expect(textFragment('efektivitas ACTIP-WC di Vietnam', passage!)).toBe(':~:text=Penelitian%20terhadap-,efektivitas%20ACTIP%2DWC%20di%20Vietnam,-yang%20dianalisis%20menggunakan');
    expect(textFragment('efektivitas ACTIP-WC di Vietnam', passage!, ['penelitian terhadap efektivitas actip-wc di vietnam yang dianalisis menggunakan'])).toBe('');
    const [list] = collectPassages(parse('Penyebab eksternal adalah diskriminasi gender, kemiskinan, dan lemahnya aparat.'));
    expect(textFragment('diskriminasi gender, kemiskinan', list!, ['penyebab eksternal adalah diskriminasi gender, kemiskinan, dan lemahnya'])).toBe('');
    // The quote alone, shown between quotation marks, never matches its context.
    expect(textFragment('efektivitas ACTIP-WC di Vietnam', passage!, ['efektivitas actip-wc di vietnam'])).not.toBe('');
  });

  it('that span a mark the page adds (such as [sic]) become fragments that start before it and end after it', () => {
    const [passage] = collectPassages(parse('Kerja sama dengan lembaga Every Child Protected Agains<Sic /> Trafficking in UK (ECPAT) dan lainnya.'));
    expect(passage!.text).toBe('Kerja sama dengan lembaga Every Child Protected Agains Trafficking in UK (ECPAT) dan lainnya.');
    expect(findPassage([passage!], 'Protected Agains Trafficking in UK')).toBe(passage);
    expect(textFragment('lembaga Every Child Protected Agains Trafficking in UK (ECPAT)', passage!)).toBe(
      ':~:text=Kerja%20sama%20dengan-,lembaga%20Every%20Child%20Protected%20Agains,Trafficking%20in%20UK%20(ECPAT),-dan%20lainnya.',
    );
    // Context never reaches across the mark; a range without a prefix could start too early.
    expect(textFragment('Trafficking in UK', passage!)).toBe(':~:text=Trafficking%20in%20UK,-(ECPAT)%20dan%20lainnya.');
    const [opening] = collectPassages(parse('Every Child Protected Agains<Sic /> Trafficking in UK (ECPAT) dan lainnya.'));
    expect(textFragment('Every Child Protected Agains Trafficking in UK', opening!)).toBe('');
  });
});

describe('remark-passage-ids', () => {
  it('puts the ids on the rendered paragraphs and list items of the files it includes', async () => {
    const render = async (path: string) =>
      String(
        await unified()
          .use(remarkParse)
          .use(remarkGfm)
          .use(remarkPassageIds, { include: (p: string) => p.includes('/studies/') })
          .use(remarkRehype)
          .use(rehypeStringify)
          .process(new VFile({ value: 'Satu.\n\n- Dua.', path })),
      );
    const [first, second] = collectPassages(parse('Satu.\n\n- Dua.'));
    expect(await render('/atlas/src/content/studies/x.md')).toBe(`<p id="${first!.id}">Satu.</p>\n<ul>\n<li id="${second!.id}">Dua.</li>\n</ul>`);
    expect(await render('/atlas/src/content/glossary/x.md')).toBe('<p>Satu.</p>\n<ul>\n<li>Dua.</li>\n</ul>');
  });
});
