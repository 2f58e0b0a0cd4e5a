import { describe, expect, it } from 'vitest';
import { scoreArticle, prf, type GoldFile } from '../src/eval.ts';
import { foldName } from '../src/fold.ts';
import type { FactsDocument, EntityRecord } from '../src/contract.ts';

const ent = (id: string, type: EntityRecord['type'], name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({ id, type, name, mentions: [], ...extra });
const doc = (entities: EntityRecord[], facts: [string, string, string][]): FactsDocument => ({
  schema: 'facts/v1', article: { id: 'a', source: null, sha256: '0'.repeat(64), published: null }, entities,
  facts: facts.map(([s, p, o], i) => ({ id: `F${i + 1}`, subject: s, predicate: p as never, object: o, confidence: 0.9, evidence: [{ sentence: 0, start: 0, end: 1, text: 'x' }] })),
});
const gold: GoldFile = {
  article: 'a',
  entities: [
    { key: 'Northwind', type: 'Band', names: ['Northwind'] },
    { key: 'Paper Moon', type: 'Song', names: ['Paper Moon'] },
    { key: 'Glass (2016)', type: 'TVSeries', names: ['Glass'], year: 2016 },
    { key: 'Glass (2018)', type: 'TVSeries', names: ['Glass'], year: 2018 },
  ],
  facts: [['Paper Moon', 'performer', 'Northwind'], ['Glass (2018)', 'based_on', 'Glass (2016)']],
  optional: { entities: [{ key: 'Oslo', type: 'Country', names: ['Norway'] }], facts: [['Northwind', 'country_of_origin', 'Oslo']] },
};

describe('foldName', () => {
  it('folds case, quotes, a possessive and punctuation', () => {
    expect(foldName("'Paper Moon'")).toBe('paper moon');
    expect(foldName('Northwind’s')).toBe('northwind');
    expect(foldName('“Don’t Go,”')).toBe("don't go");
  });
});

describe('scoreArticle', () => {
  it('scores a perfect prediction 1', () => {
    const s = scoreArticle(gold, doc([ent('E1', 'Band', 'Northwind'), ent('E2', 'Song', "'Paper Moon'"), ent('E3', 'TVSeries', 'Glass', { attributes: { year: 2018 } }), ent('E4', 'TVSeries', 'Glass', { attributes: { year: 2016 } })], [['E2', 'performer', 'E1'], ['E3', 'based_on', 'E4']]));
    expect(prf(s.entities).f1).toBe(1);
    expect(prf(s.facts).f1).toBe(1);
  });
  it('does not match a wrong type, and lets an alias match', () => {
    const s = scoreArticle(gold, doc([ent('E1', 'Person', 'Northwind'), ent('E2', 'Song', 'Moon', { aliases: ['Paper Moon'] })], []));
    expect(s.entities).toMatchObject({ tp: 1, fp: 1 });
  });
  it('lets the year decide between same-named gold entities', () => {
    const s = scoreArticle(gold, doc([ent('E1', 'TVSeries', 'Glass', { attributes: { year: 2016 } }), ent('E2', 'TVSeries', 'Glass', { attributes: { year: 2018 } })], [['E1', 'based_on', 'E2']]));
    expect(s.facts).toMatchObject({ tp: 0, fp: 1 });
  });
  it('counts a duplicate entity as a false positive and ignores optional items', () => {
    const s = scoreArticle(gold, doc([ent('E1', 'Band', 'Northwind'), ent('E2', 'Band', 'NORTHWIND'), ent('E3', 'Country', 'Norway')], [['E1', 'country_of_origin', 'E3']]));
    expect(s.entities).toMatchObject({ tp: 1, fp: 1 });
    expect(s.facts).toMatchObject({ tp: 0, fp: 0 });
  });
  it('matches a symmetric fact in either direction', () => {
    const g: GoldFile = { article: 'b', entities: [{ key: 'A', type: 'Band', names: ['A'] }, { key: 'B', type: 'Band', names: ['B'] }], facts: [['A', 'collaborated_with', 'B']] };
    expect(scoreArticle(g, doc([ent('E1', 'Band', 'A'), ent('E2', 'Band', 'B')], [['E2', 'collaborated_with', 'E1']])).facts.tp).toBe(1);
  });
  it('matches coarse gold by name alone and ignores predicates Wikidata lacks', () => {
    const g: GoldFile = { article: 'c', coarse_types: true, entities: [{ key: 'A #0', type: 'docred:MISC', names: ['A'] }, { key: 'B #1', type: 'docred:PER', names: ['B'] }], facts: [['A #0', 'performer', 'B #1']] };
    const s = scoreArticle(g, doc([ent('E1', 'Song', 'A'), ent('E2', 'Band', 'B')], [['E1', 'performer', 'E2'], ['E1', 'collaborated_with', 'E2']]));
    expect(s.entities.tp).toBe(2);
    expect(s.facts).toMatchObject({ tp: 1, fp: 0 });
  });
  it('matches a Date by value', () => {
    const g: GoldFile = { article: 'd', entities: [{ key: 'x', type: 'Date', names: ['next month'], value: '2020-05' }], facts: [] };
    expect(scoreArticle(g, doc([ent('E1', 'Date', 'May', { value: '2020-05' })], [])).entities.tp).toBe(1);
  });
  it('counts every gold item as missed when the output is missing', () => {
    const s = scoreArticle(gold, null);
    expect(s.entities.fn).toBe(4);
    expect(s.facts.fn).toBe(2);
    expect(s.missingOutput).toBe(true);
  });
});
