// The spec's matching rules on small made-up gold and documents.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluate, formatReport, formatShow, maximumMatching, prf, scoreArticle, UsageError,
  type GoldFile,
} from '../src/eval.ts';
import type { EntityRecord, EntityType, EvidenceRecord, FactsDocument, Predicate } from '../src/contract.ts';

type Triple = [string, Predicate, string];

const entity = (id: string, type: EntityType, name: string, extra: Partial<EntityRecord> = {}): EntityRecord =>
  ({ id, type, name, mentions: [], ...extra });

const document = (entities: EntityRecord[], facts: Triple[] = [], evidence: EvidenceRecord[] = []): FactsDocument => ({
  schema: 'facts/v1',
  article: { id: 'a', source: null, sha256: '0'.repeat(64), published: null },
  entities,
  facts: facts.map(([subject, predicate, object], i) => ({ id: `F${i + 1}`, subject, predicate, object, confidence: 0.9, evidence })),
});

/** A made-up article: a band, its song, and two same-named dramas told apart by year. */
const gold: GoldFile = {
  article: 'a',
  entities: [
    { key: 'Northwind', type: 'Band', names: ['Northwind', 'The Northwind'] },
    { key: 'Paper Moon', type: 'Song', names: ['Paper Moon'] },
    { key: 'Glass (2016 drama)', type: 'TVSeries', names: ['Glass'], year: 2016 },
    { key: 'Glass (2018 drama)', type: 'TVSeries', names: ['Glass'], year: 2018 },
  ],
  facts: [['Paper Moon', 'performer', 'Northwind'], ['Glass (2018 drama)', 'based_on', 'Glass (2016 drama)']],
  optional: {
    entities: [{ key: 'Norway', type: 'Country', names: ['Norway'] }],
    facts: [['Northwind', 'country_of_origin', 'Norway']],
  },
};

const perfect = (): FactsDocument => document(
  [
    entity('E1', 'Band', 'Northwind'),
    entity('E2', 'Song', '“Paper Moon”'),
    entity('E3', 'TVSeries', 'Glass', { attributes: { year: 2018 } }),
    entity('E4', 'TVSeries', 'Glass', { attributes: { year: 2016 } }),
  ],
  [['E2', 'performer', 'E1'], ['E3', 'based_on', 'E4']],
);

describe('scoreArticle: entities', () => {
  it('scores a perfect prediction F1 1', () => {
    const s = scoreArticle(gold, perfect());
    expect(prf(s.entities).f1).toBe(1);
    expect(prf(s.facts).f1).toBe(1);
    expect(s.wrongFacts).toEqual([]);
    expect(s.missedFacts).toEqual([]);
  });
  it('does not match an entity of the wrong type', () => {
    const s = scoreArticle(gold, document([entity('E1', 'Person', 'Northwind')]));
    expect(s.entities).toEqual({ tp: 0, fp: 1, fn: 4 });
    expect(s.byType.Person).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.byType.Band).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.wrongEntities).toMatchObject([{ id: 'E1', reason: 'gold has it as Band' }]);
  });
  it('matches by an alias, and by any of the gold names', () => {
    const s = scoreArticle(gold, document([
      entity('E1', 'Song', 'that ballad', { aliases: ['Paper Moon'] }),
      entity('E2', 'Band', "THE NORTHWIND'S"),
    ]));
    expect(s.entities.tp).toBe(2);
    expect(s.entities.fp).toBe(0);
  });
  it('lets the year decide between same-named gold entities', () => {
    const s = scoreArticle(gold, document([entity('E1', 'TVSeries', 'Glass', { attributes: { year: 2016 } })]));
    expect(s.entities.tp).toBe(1);
    expect(s.missedEntities.map((e) => e.key)).toContain('Glass (2018 drama)');
    expect(s.missedEntities.map((e) => e.key)).not.toContain('Glass (2016 drama)');
  });
  it('counts a fact wrong when the years show it is backwards', () => {
    const backwards = document(
      [entity('E1', 'TVSeries', 'Glass', { attributes: { year: 2016 } }), entity('E2', 'TVSeries', 'Glass', { attributes: { year: 2018 } })],
      [['E1', 'based_on', 'E2']],
    );
    expect(scoreArticle(gold, backwards).facts).toMatchObject({ tp: 0, fp: 1 });
  });
  it('lets a country decide, through the gold names of that country', () => {
    const g: GoldFile = {
      article: 'c',
      entities: [
        { key: 'Glass (KR)', type: 'TVSeries', names: ['Glass'], country: 'South Korea' },
        { key: 'Glass (JP)', type: 'TVSeries', names: ['Glass'], country: 'Japan' },
        { key: 'South Korea', type: 'Country', names: ['South Korea', 'Korea'] },
      ],
      facts: [],
    };
    const s = scoreArticle(g, document([entity('E1', 'TVSeries', 'Glass', { attributes: { country: 'Korea' } })]));
    expect(s.missedEntities.map((e) => e.key)).toEqual(['Glass (JP)', 'South Korea']);
  });
  it('pairs entities one to one without letting prediction order decide', () => {
    const s = scoreArticle(gold, document([
      entity('E1', 'TVSeries', 'Glass'),
      entity('E2', 'TVSeries', 'Glass', { attributes: { year: 2016 } }),
    ]));
    expect(s.entities).toMatchObject({ tp: 2, fp: 0 });
  });
  it('counts a second prediction of an already matched entity as a false positive', () => {
    const s = scoreArticle(gold, document([entity('E1', 'Band', 'Northwind'), entity('E2', 'Band', 'NORTHWIND')]));
    expect(s.entities).toMatchObject({ tp: 1, fp: 1 });
    expect(s.wrongEntities).toMatchObject([{ id: 'E2', reason: expect.stringMatching(/duplicate/) }]);
  });
  it('ignores entities and facts that match only optional gold', () => {
    const s = scoreArticle(gold, document(
      [entity('E1', 'Band', 'Northwind'), entity('E2', 'Country', 'Norway')],
      [['E1', 'country_of_origin', 'E2']],
    ));
    expect(s.entities).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(s.facts).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.missedFacts[0]).toEqual({ subject: 'Paper Moon', predicate: 'performer', object: 'Northwind', reason: 'subject not found' });
  });
  it('does not require optional gold', () => {
    const s = scoreArticle(gold, perfect());
    expect(s.missedEntities).toEqual([]);
    expect(s.entities.fn).toBe(0);
  });
});

describe('scoreArticle: Dates', () => {
  const dated: GoldFile = {
    article: 'd',
    entities: [
      { key: 'Paper Moon', type: 'Song', names: ['Paper Moon'] },
      { key: '2020-05', type: 'Date', names: ['next month'], value: '2020-05' },
    ],
    facts: [['Paper Moon', 'publication_date', '2020-05']],
  };
  it('matches a Date by its value when the names differ', () => {
    const s = scoreArticle(dated, document(
      [entity('E1', 'Song', 'Paper Moon'), entity('E2', 'Date', 'May 2020', { value: '2020-05' })],
      [['E1', 'publication_date', 'E2']],
    ));
    expect(s.entities).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.facts.tp).toBe(1);
  });
  it('matches a Date by name too, and not by a different value alone', () => {
    expect(scoreArticle(dated, document([entity('E1', 'Date', 'Next month', { value: '2020-06' })])).entities.tp).toBe(1);
    expect(scoreArticle(dated, document([entity('E1', 'Date', 'June', { value: '2020-06' })])).entities.tp).toBe(0);
  });
});

describe('scoreArticle: facts', () => {
  const duo: GoldFile = {
    article: 'b',
    entities: [{ key: 'Ada', type: 'Person', names: ['Ada'] }, { key: 'Northwind', type: 'Band', names: ['Northwind'] }],
    facts: [['Ada', 'collaborated_with', 'Northwind']],
  };
  it('matches a symmetric predicate in the reverse direction', () => {
    const s = scoreArticle(duo, document([entity('E1', 'Person', 'Ada'), entity('E2', 'Band', 'Northwind')], [['E2', 'collaborated_with', 'E1']]));
    expect(s.facts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('does not reverse other predicates', () => {
    const s = scoreArticle(gold, document([entity('E1', 'Band', 'Northwind'), entity('E2', 'Song', 'Paper Moon')], [['E1', 'performer', 'E2']]));
    expect(s.facts).toMatchObject({ tp: 0, fp: 1 });
    expect(s.wrongFacts[0]).toMatchObject({ subject: 'Northwind', predicate: 'performer', object: 'Paper Moon', reason: 'no such gold fact' });
  });
  it('needs the predicate to agree', () => {
    const s = scoreArticle(gold, document([entity('E1', 'Band', 'Northwind'), entity('E2', 'Song', 'Paper Moon')], [['E2', 'producer', 'E1']]));
    expect(s.facts).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.byPredicate).toEqual({ producer: { tp: 0, fp: 1, fn: 0 }, performer: { tp: 0, fp: 0, fn: 1 }, based_on: { tp: 0, fp: 0, fn: 1 } });
  });
  it('counts a fact stated twice once, and the second as a false positive', () => {
    const s = scoreArticle(duo, document(
      [entity('E1', 'Person', 'Ada'), entity('E2', 'Band', 'Northwind')],
      [['E1', 'collaborated_with', 'E2'], ['E2', 'collaborated_with', 'E1']],
    ));
    expect(s.facts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('keeps the evidence and rule id of a wrong fact for --show', () => {
    const evidence = [{ sentence: 0, start: 0, end: 20, text: 'Northwind sang it.', ruleId: 'performer.sang' }];
    const s = scoreArticle(gold, document([entity('E1', 'Band', 'Northwind'), entity('E2', 'Person', 'Ada')], [['E2', 'performer', 'E1']], evidence));
    expect(s.wrongFacts).toMatchObject([{ reason: 'subject is not a gold entity', evidence }]);
  });
});

describe('scoreArticle: facts kept at a confidence threshold', () => {
  const withConfidence = (doc: FactsDocument, confidences: number[]): FactsDocument =>
    ({ ...doc, facts: doc.facts.map((f, i) => ({ ...f, confidence: confidences[i] })) });
  const entities = [entity('E1', 'Band', 'Northwind'), entity('E2', 'Song', 'Paper Moon'), entity('E3', 'TVSeries', 'Glass', { attributes: { year: 2018 } }), entity('E4', 'TVSeries', 'Glass', { attributes: { year: 2016 } })];

  it('scores only the facts at or above each threshold, against all of the gold', () => {
    const doc = withConfidence(document(entities, [['E2', 'performer', 'E1'], ['E3', 'based_on', 'E4'], ['E1', 'performer', 'E2']]), [0.85, 0.55, 0.65]);
    const s = scoreArticle(gold, doc);
    expect(s.byMinConfidence['0.9']).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.byMinConfidence['0.8']).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.byMinConfidence['0.6']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.byMinConfidence['0.5']).toEqual(s.facts);
  });
  it('lets a duplicate count once the fact it lost to is filtered out', () => {
    const duplicate = withConfidence(document([...entities, entity('E5', 'Band', 'NORTHWIND')], [['E2', 'performer', 'E1'], ['E2', 'performer', 'E5']]), [0.55, 0.75]);
    const s = scoreArticle(gold, duplicate);
    expect(s.byMinConfidence['0.5']).toMatchObject({ tp: 1, fp: 1 });
    expect(s.byMinConfidence['0.7']).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
  it('prints a row per threshold after the predicates', async () => {
    const report = formatReport({
      goldDir: 'g', outputDir: 'o', articles: [], missingOutputs: [], entities: { tp: 0, fp: 0, fn: 0 }, facts: { tp: 2, fp: 1, fn: 0 },
      byType: {}, byPredicate: {}, byMinConfidence: { '0.9': { tp: 0, fp: 0, fn: 2 }, '0.7': { tp: 2, fp: 1, fn: 0 } },
    });
    expect(report).toMatch(/facts kept at confidence[^\n]*\n {2}>= 0\.9 +- +0\.000 +0\.000 +0 +0 +2\n {2}>= 0\.7 +0\.667 +1\.000 +0\.800/);
  });
});

describe('scoreArticle: coarse-types gold', () => {
  const coarse: GoldFile = {
    article: 'c',
    coarse_types: true,
    entities: [
      { key: 'Paper Moon #0', type: 'docred:MISC', names: ['Paper Moon'] },
      { key: 'Ada Lind #1', type: 'docred:PER', names: ['Ada Lind', 'Ada'] },
      { key: 'Glass Towers #2', type: 'docred:PER', names: ['Glass Towers'] },
    ],
    facts: [['Paper Moon #0', 'performer', 'Ada Lind #1']],
  };
  it('matches entities by name alone and ignores predicates without a Wikidata property', () => {
    const s = scoreArticle(coarse, document(
      [entity('E1', 'Song', 'Paper Moon'), entity('E2', 'Person', 'Ada'), entity('E3', 'Band', 'Glass Towers')],
      [['E1', 'performer', 'E2'], ['E2', 'collaborated_with', 'E3'], ['E1', 'soundtrack_of', 'E3']],
    ));
    expect(s.entities).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.facts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.byPredicate).toEqual({ performer: { tp: 1, fp: 0, fn: 0 } });
  });
  it('still counts wrong facts with Wikidata predicates', () => {
    const s = scoreArticle(coarse, document([entity('E1', 'Song', 'Paper Moon'), entity('E2', 'Band', 'Glass Towers')], [['E1', 'performer', 'E2']]));
    expect(s.facts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreArticle: missing output', () => {
  it('counts every required gold entity and fact as missed', () => {
    const s = scoreArticle(gold, null);
    expect(s).toMatchObject({ missingOutput: true, entities: { tp: 0, fp: 0, fn: 4 }, facts: { tp: 0, fp: 0, fn: 2 } });
  });
});

describe('maximumMatching', () => {
  it('reroutes earlier items so later ones also get a key', () => {
    expect(maximumMatching([['x', 'y'], ['x']])).toEqual(['y', 'x']);
    expect(maximumMatching([['x'], ['x'], []])).toEqual(['x', undefined, undefined]);
  });
});

describe('evaluate', () => {
  const folders = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'facts-eval-'));
    const goldDir = path.join(root, 'gold');
    const outputDir = path.join(root, 'out');
    mkdirSync(goldDir);
    mkdirSync(outputDir);
    return { root, goldDir, outputDir };
  };
  const write = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value));

  it('pairs gold with output files, sums the counts and counts a missing output as misses', async () => {
    const { goldDir, outputDir } = folders();
    write(path.join(goldDir, 'a.gold.json'), gold);
    write(path.join(goldDir, 'b.gold.json'), { ...gold, article: 'b' });
    write(path.join(outputDir, 'a.facts.json'), perfect());
    const report = await evaluate(goldDir, outputDir);
    expect(report.missingOutputs).toEqual(['b']);
    expect(report.entities).toEqual({ tp: 4, fp: 0, fn: 4 });
    expect(report.facts).toEqual({ tp: 2, fp: 0, fn: 2 });
    expect(prf(report.facts)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(report.byPredicate.performer).toEqual({ tp: 1, fp: 0, fn: 1 });

    const table = formatReport(report);
    expect(table).toMatch(/^entities\s+1\.000\s+0\.500\s+0\.667\s+4\s+0\s+4$/m);
    expect(table).toMatch(/^ {2}performer\s/m);
    expect(table).toMatch(/no output .*: b/);
    expect(formatShow(report, 'b')).toMatch(/missed facts: 2\n {2}\+ Paper Moon —performer→ Northwind\n/);
  });
  it('names the file and reason for invalid JSON, and a missing folder', async () => {
    const { root, goldDir, outputDir } = folders();
    writeFileSync(path.join(goldDir, 'x.gold.json'), '{ not json');
    await expect(evaluate(goldDir, outputDir)).rejects.toThrow(/x\.gold\.json: not valid JSON/);
    await expect(evaluate(path.join(root, 'nowhere'), outputDir)).rejects.toThrow(UsageError);
    await expect(evaluate(path.join(root, 'nowhere'), outputDir)).rejects.toThrow(/nowhere: no such gold folder/);
  });
  it('shows the evidence and rule of a wrong fact', async () => {
    const { goldDir, outputDir } = folders();
    write(path.join(goldDir, 'a.gold.json'), gold);
    const evidence = [{ sentence: 0, start: 0, end: 20, text: 'Paper Moon, produced by Northwind.', ruleId: 'producer.by' }];
    write(path.join(outputDir, 'a.facts.json'), document([entity('E1', 'Band', 'Northwind'), entity('E2', 'Song', 'Paper Moon')], [['E2', 'producer', 'E1']], evidence));
    const shown = formatShow(await evaluate(goldDir, outputDir), 'a');
    expect(shown).toContain('- Paper Moon —producer→ Northwind   (no such gold fact)');
    expect(shown).toContain('[producer.by] "Paper Moon, produced by Northwind."');
  });
});
