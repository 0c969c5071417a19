/**
 * The project atlas's search query set: what a student would type, written from the study texts
 * (`sources/seeds/`), each with the studies a reader should find among the first five study
 * results. Inflected Indonesian forms are chosen to differ from the forms the texts mostly use
 * ("melaksanakan" where the texts write "pelaksanaan"); English concepts are ones whose
 * discussion is in Indonesian; words the atlas never uses expect no study at all.
 */
export const S000 = '/studies/vietnam-anti-trafficking-strategy/';
export const S001 = '/studies/vietnam-child-trafficking-uk/';
export const S002 = '/studies/unicef-child-trafficking-vietnam/';
export const S003 = '/studies/actip-wc-effectiveness-vietnam/';
export const S004 = '/studies/iom-human-trafficking-vietnam/';

export type QueryKind = 'inflected Indonesian' | 'Indonesian phrase' | 'English concept' | 'acronym' | 'name or phrase' | 'absent word';

export interface SetQuery {
  query: string;
  kind: QueryKind;
  /** Studies expected among the first five study results; empty: no study may be offered as a hit. */
  studies: string[];
}

export const QUERY_SET: SetQuery[] = [
  // Inflected forms: the texts mostly write the noun (pelaksanaan, perdagangan, pemberantasan, …).
  { query: 'melaksanakan', kind: 'inflected Indonesian', studies: [S001, S002, S004] },
  { query: 'diperdagangkan', kind: 'inflected Indonesian', studies: [S000, S001, S002, S003, S004] },
  { query: 'memberantas', kind: 'inflected Indonesian', studies: [S001, S002, S003] },
  { query: 'melindungi', kind: 'inflected Indonesian', studies: [S001, S002] },
  { query: 'mencegah', kind: 'inflected Indonesian', studies: [S001, S002] },
  { query: 'meratifikasi', kind: 'inflected Indonesian', studies: [S001, S002, S003] },
  { query: 'dieksploitasi', kind: 'inflected Indonesian', studies: [S001, S002] },
  { query: 'miskin', kind: 'inflected Indonesian', studies: [S001, S002, S004] },
  { query: 'menangani', kind: 'inflected Indonesian', studies: [S001, S002] },
  { query: 'mengimplementasikan', kind: 'inflected Indonesian', studies: [S001, S002, S003] },
  { query: 'pendidikan', kind: 'inflected Indonesian', studies: [S002] },
  // Indonesian phrases as the texts write them.
  { query: 'penegakan hukum', kind: 'Indonesian phrase', studies: [S000] },
  { query: 'bekerja sama', kind: 'Indonesian phrase', studies: [S001, S002, S003] },
  { query: 'perlindungan korban', kind: 'Indonesian phrase', studies: [S000, S001, S002] },
  { query: 'pernikahan dini', kind: 'Indonesian phrase', studies: [S002] },
  { query: 'efektivitas rezim', kind: 'Indonesian phrase', studies: [S003] },
  { query: 'keamanan manusia', kind: 'Indonesian phrase', studies: [S001] },
  { query: 'kepentingan nasional', kind: 'Indonesian phrase', studies: [S001] },
  { query: 'hak asasi manusia', kind: 'Indonesian phrase', studies: [S001, S002] },
  { query: 'perbatasan', kind: 'Indonesian phrase', studies: [S001] },
  // English concepts a student would type, discussed in Indonesian.
  { query: 'poverty', kind: 'English concept', studies: [S002, S004] },
  { query: 'root causes', kind: 'English concept', studies: [S000] },
  { query: 'victim protection', kind: 'English concept', studies: [S000, S001, S002] },
  { query: 'child marriage', kind: 'English concept', studies: [S002] },
  { query: 'regime effectiveness', kind: 'English concept', studies: [S003] },
  { query: 'human security', kind: 'English concept', studies: [S001, S002] },
  { query: 'national interest', kind: 'English concept', studies: [S001] },
  { query: 'prostitution', kind: 'English concept', studies: [S002] },
  { query: 'border areas', kind: 'English concept', studies: [S001] },
  { query: 'education', kind: 'English concept', studies: [S002] },
  { query: 'cooperation', kind: 'English concept', studies: [S001, S002, S003] },
  { query: 'ratification', kind: 'English concept', studies: [S001, S002, S003] },
  { query: 'law enforcement', kind: 'English concept', studies: [S000, S001] },
  { query: 'partnership', kind: 'English concept', studies: [S000] },
  // Actors' and instruments' acronyms.
  { query: 'UNFPA', kind: 'acronym', studies: [S002] },
  { query: 'TVPA', kind: 'acronym', studies: [S001, S002] },
  { query: 'IOM', kind: 'acronym', studies: [S004] },
  { query: 'ECPAT', kind: 'acronym', studies: [S001] },
  { query: 'MOLISA', kind: 'acronym', studies: [S002] },
  { query: 'UNDP', kind: 'acronym', studies: [S001, S002] },
  { query: 'ASEAN', kind: 'acronym', studies: [S000, S001, S002, S003] },
  { query: 'ILSSA', kind: 'acronym', studies: [S002] },
  { query: 'UNICEF', kind: 'acronym', studies: [S002] },
  // Names and multi-word phrases.
  { query: 'Child Protection Programme', kind: 'name or phrase', studies: [S002] },
  { query: 'Responsibility to Protect', kind: 'name or phrase', studies: [S002] },
  { query: 'Palermo Protocol', kind: 'name or phrase', studies: [S002] },
  { query: 'Steering Committee 138', kind: 'name or phrase', studies: [S001] },
  // Words the atlas never uses: no study is a hit.
  { query: 'cryptocurrency', kind: 'absent word', studies: [] },
  { query: 'blockchain', kind: 'absent word', studies: [] },
  { query: 'perubahan iklim', kind: 'absent word', studies: [] },
  { query: 'visa', kind: 'absent word', studies: [] },
];
