/** "Did you mean": the glossary terms nearest to a query that found nothing. */
import { describe, expect, it } from 'vitest';
import { nearestTerms } from '../../src/lib/util/nearest-terms.ts';

const TERMS = [
  { label: 'Water committee', forms: ['Water committee', 'komite air', 'committees'] },
  { label: 'Spring capture', forms: ['Spring capture', 'captage de source'] },
  { label: 'Tariff policy', forms: ['Tariff policy', 'tarif'] },
];

describe('nearestTerms', () => {
  it('finds a misspelt term, a misspelt word of a term, and a form in another language, ignoring case and accents', () => {
    expect(nearestTerms('water comittee', TERMS)).toEqual(['Water committee']);
    expect(nearestTerms('comitee', TERMS)).toEqual(['Water committee']);
    expect(nearestTerms('CAPTÂGE', TERMS)).toEqual(['Spring capture']);
    expect(nearestTerms('tarrif', TERMS)).toEqual(['Tariff policy']);
  });

  it('offers nothing for a word far from every term, or a query too short to judge', () => {
    expect(nearestTerms('cryptocurrency', TERMS)).toEqual([]);
    expect(nearestTerms('wa', TERMS)).toEqual([]);
  });

  it('puts the nearest first and gives at most the limit', () => {
    const many = [...TERMS, { label: 'Water committees (regional)', forms: ['water committes'] }];
    expect(nearestTerms('water committe', many, 1)).toEqual(['Water committee']);
    expect(nearestTerms('water committe', many)).toEqual(['Water committee', 'Water committees (regional)']);
  });
});
