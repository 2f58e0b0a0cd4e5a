// `facts merge`: the same entity from several articles becomes one with a stable
// id; year and country keep namesakes apart; aliases join variants only when
// unambiguous; each fact counts the articles stating it; output is byte-stable.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityAttributes, EntityType, FactsDocument, Predicate } from '../src/contract.ts';
import { entityIdentity, stableId } from '../src/identity.ts';
import type { InputProblem } from '../src/export/graph.ts';
import { mergeOccurrences, type MergedGraph } from '../src/merge/merge.ts';
import { addDocument, emptyOccurrences } from '../src/merge/occurrences.ts';
import { runMerge } from '../src/merge/run.ts';
import type { MergedEntity } from '../src/merge/types.ts';

// ---------------------------------------------------------------- documents of our own

interface EntitySpec { type: EntityType; name: string; aliases?: string[]; attributes?: EntityAttributes; value?: string }
type FactSpec = [subject: number, predicate: Predicate, object: number, confidence?: number];

/** A valid facts/v1 document: entity i is "E{i+1}"; each fact's evidence is one made-up sentence. */
function article(id: string, entities: EntitySpec[], facts: FactSpec[] = []): FactsDocument {
  return {
    schema: 'facts/v1',
    article: { id, source: null, sha256: 'c'.repeat(64), published: null },
    entities: entities.map((e, i) => ({
      id: `E${i + 1}`, type: e.type, name: e.name,
      ...(e.value === undefined ? {} : { value: e.value }),
      ...(e.aliases ? { aliases: e.aliases } : {}),
      ...(e.attributes ? { attributes: e.attributes } : {}),
      mentions: [{ start: 0, end: e.name.length, text: e.name, sentence: 0 }],
    })),
    facts: facts.map(([s, predicate, o, confidence], i) => {
      const text = `${entities[s]!.name} ${predicate} ${entities[o]!.name} (${id}).`;
      return {
        id: `F${i + 1}`, subject: `E${s + 1}`, predicate, object: `E${o + 1}`, confidence: confidence ?? 0.8,
        evidence: [{ sentence: 0, start: 0, end: text.length, text, ruleId: `${predicate}.test` }],
      };
    }),
  };
}

function merge(...docs: FactsDocument[]): MergedGraph {
  const occurrences = emptyOccurrences();
  for (const doc of docs) addDocument(occurrences, doc);
  return mergeOccurrences(occurrences);
}

const named = (graph: MergedGraph, type: EntityType, name: string): MergedEntity[] =>
  graph.entities.filter((e) => e.type === type && e.name === name);
const one = (graph: MergedGraph, type: EntityType, name: string): MergedEntity => {
  const found = named(graph, type, name);
  expect(found).toHaveLength(1);
  return found[0]!;
};

const NORTHWIND: EntitySpec = { type: 'Band', name: 'Northwind', attributes: { country: 'Norway', genre: ['folk rock'] } };
const PAPER_MOON: EntitySpec = { type: 'Song', name: 'Paper Moon' };

// ---------------------------------------------------------------- joining

describe('merge joins', () => {
  it('the same entity named in two articles, with a stable id from its identity and both articles as sources', () => {
    const graph = merge(
      article('a1', [NORTHWIND, PAPER_MOON], [[1, 'performer', 0]]),
      article('a2', [{ ...NORTHWIND, name: 'NORTHWIND’s', attributes: { country: 'Norway', genre: ['indie'] } }, PAPER_MOON]),
    );
    const band = one(graph, 'Band', 'Northwind');
    expect(band.identity).toBe('Band|northwind||Norway');
    expect(band.id).toBe(stableId(entityIdentity({ type: 'Band', name: 'Northwind', attributes: { country: 'Norway' } })));
    expect(band).toMatchObject({ support: 2, articles: ['a1', 'a2'], aliases: ['NORTHWIND’s'], attributes: { country: 'Norway', genre: ['folk rock', 'indie'] } });
    expect(band.sources).toEqual([{ article: 'a1', entity: 'E1' }, { article: 'a2', entity: 'E1' }]);
    expect(graph.entities).toHaveLength(2);
  });

  it('keeps same-named works with different years apart, and an undated namesake joins neither', () => {
    const graph = merge(
      article('a1', [{ type: 'TVSeries', name: 'Glass Harbor', attributes: { year: 2016 } }]),
      article('a2', [{ type: 'TVSeries', name: 'Glass Harbor', attributes: { year: 2018 } }]),
      article('a3', [{ type: 'TVSeries', name: 'Glass Harbor' }]),
    );
    const harbors = named(graph, 'TVSeries', 'Glass Harbor');
    expect(harbors.map((e) => e.identity).sort()).toEqual(['TVSeries|glass harbor|2016|', 'TVSeries|glass harbor|2018|', 'TVSeries|glass harbor||']);
    expect(new Set(harbors.map((e) => e.id)).size).toBe(3);
  });

  it('an entity without a year or country into its one namesake that has them', () => {
    const graph = merge(
      article('a1', [{ type: 'Film', name: 'Glass Harbor', attributes: { year: 2019, country: 'Norway' } }]),
      article('a2', [{ type: 'Film', name: 'Glass Harbor' }]),
      article('a3', [{ type: 'Film', name: 'Glass Harbor', attributes: { country: 'Norway' } }]),
      article('a4', [{ type: 'TVSeries', name: 'Glass Harbor' }]),
    );
    expect(one(graph, 'Film', 'Glass Harbor')).toMatchObject({ identity: 'Film|glass harbor|2019|Norway', support: 3 });
    expect(one(graph, 'TVSeries', 'Glass Harbor').support).toBe(1);
    expect(graph.stats.joins.underspecified).toBe(2);
  });

  it('a name that is another entity\'s alias of the same type, taking the fuller name', () => {
    const graph = merge(
      article('a1', [{ type: 'Person', name: 'Mara Lind', aliases: ['Mara', 'the singer'] }]),
      article('a2', [{ type: 'Person', name: 'Mara' }]),
      article('a3', [{ type: 'Person', name: 'Mara' }]),
      article('a4', [{ type: 'Song', name: 'Mara' }]),
    );
    const mara = one(graph, 'Person', 'Mara Lind');
    expect(mara).toMatchObject({ identity: 'Person|mara lind||', support: 3, aliases: ['Mara', 'the singer'] });
    expect(named(graph, 'Person', 'Mara')).toEqual([]);
    expect(one(graph, 'Song', 'Mara').support).toBe(1);
    expect(graph.stats.joins.alias).toBe(1);
  });

  it('no alias when two entities share it', () => {
    const graph = merge(
      article('a1', [{ type: 'Person', name: 'Sol Berg', aliases: ['Sol'] }]),
      article('a2', [{ type: 'Person', name: 'Sol Aaby', aliases: ['Sol'] }]),
      article('a3', [{ type: 'Person', name: 'Sol' }]),
    );
    expect(graph.entities).toHaveLength(3);
    expect(graph.stats.joins.alias).toBe(0);
  });

  it('never two entities one article keeps apart', () => {
    const graph = merge(
      article('a1', [{ type: 'Person', name: 'Mara Lind', aliases: ['Mara'] }]),
      article('a2', [{ type: 'Person', name: 'Mara' }, { type: 'Person', name: 'Mara Lind' }]),
      article('a3', [{ type: 'Band', name: 'Northwind' }, { type: 'Band', name: 'Northwind', attributes: { country: 'Norway' } }]),
    );
    expect(one(graph, 'Person', 'Mara').support).toBe(1);
    expect(one(graph, 'Person', 'Mara Lind').support).toBe(2);
    expect(named(graph, 'Band', 'Northwind')).toHaveLength(2);
  });

  it('dates by their value', () => {
    const graph = merge(
      article('a1', [{ type: 'Date', name: 'April 2021', value: '2021-04' }]),
      article('a2', [{ type: 'Date', name: 'april 2021', value: '2021-04' }, { type: 'Date', name: '2021', value: '2021' }]),
    );
    expect(graph.entities.map((e) => [e.identity, e.support])).toEqual([['Date|2021-04||', 2], ['Date|2021||', 1]]);
  });
});

// ---------------------------------------------------------------- facts

describe('merged facts', () => {
  it('count the articles that state them, keep each article\'s confidence and evidence, and take the highest', () => {
    const graph = merge(
      article('a1', [NORTHWIND, PAPER_MOON], [[1, 'performer', 0, 0.7]]),
      article('a2', [NORTHWIND, PAPER_MOON], [[1, 'performer', 0, 0.9]]),
      article('a3', [NORTHWIND, PAPER_MOON, { type: 'Person', name: 'Mara Lind' }], [[2, 'member_of', 0]]),
    );
    const band = one(graph, 'Band', 'Northwind');
    const performer = graph.facts.find((f) => f.predicate === 'performer')!;
    expect(performer).toMatchObject({ subject: one(graph, 'Song', 'Paper Moon').id, object: band.id, wikidata: 'P175', confidence: 0.9, support: 2, articles: ['a1', 'a2'] });
    expect(performer.statements.map((s) => [s.article, s.facts, s.confidence, s.evidence[0]!.text]))
      .toEqual([['a1', ['F1'], 0.7, 'Paper Moon performer Northwind (a1).'], ['a2', ['F1'], 0.9, 'Paper Moon performer Northwind (a2).']]);
    expect(graph.facts.find((f) => f.predicate === 'member_of')).toMatchObject({ support: 1, articles: ['a3'] });
  });

  it('count a symmetric fact stated either way round as one', () => {
    const ash: EntitySpec = { type: 'Band', name: 'Ash Valley' };
    const graph = merge(
      article('a1', [NORTHWIND, ash], [[0, 'collaborated_with', 1]]),
      article('a2', [ash, NORTHWIND], [[0, 'collaborated_with', 1]]),
    );
    expect(graph.facts).toHaveLength(1);
    expect(graph.facts[0]).toMatchObject({ support: 2, wikidata: null });
  });
});

// ---------------------------------------------------------------- stability and the command

describe('merge output', () => {
  const docs = [
    article('a1', [NORTHWIND, PAPER_MOON, { type: 'Person', name: 'Mara Lind', aliases: ['Mara'] }], [[1, 'performer', 0], [2, 'member_of', 0]]),
    article('a2', [{ type: 'Band', name: 'Northwind' }, PAPER_MOON, { type: 'Person', name: 'Mara' }], [[1, 'performer', 0], [2, 'member_of', 0]]),
    article('a3', [{ type: 'TVSeries', name: 'Glass Harbor', attributes: { year: 2020 } }, PAPER_MOON], [[1, 'soundtrack_of', 0]]),
  ];

  it('does not depend on the order articles are read in', () => {
    expect(merge(...[...docs].reverse())).toEqual(merge(...docs));
  });

  const scratch = mkdtempSync(path.join(tmpdir(), 'facts-merge-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const input = path.join(scratch, 'output');
  mkdirSync(input);
  for (const doc of docs) writeFileSync(path.join(input, `${doc.article.id}.facts.json`), JSON.stringify(doc));

  it('writes sorted entities.jsonl and facts.jsonl, byte-identical run after run', async () => {
    const problems: InputProblem[] = [];
    const first = await runMerge(input, path.join(scratch, 'g1'), (p) => problems.push(p));
    await runMerge(input, path.join(scratch, 'g2'), (p) => problems.push(p));
    expect(problems).toEqual([]);
    for (const file of ['entities.jsonl', 'facts.jsonl']) {
      expect(readFileSync(path.join(scratch, 'g2', file))).toEqual(readFileSync(path.join(scratch, 'g1', file)));
    }
    const lines = readFileSync(path.join(scratch, 'g1', 'entities.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((e) => e.identity)).toEqual([...lines.map((e) => e.identity)].sort());
    expect(lines.map((e) => e.identity)).toEqual(['Band|northwind||Norway', 'Person|mara lind||', 'Song|paper moon||', 'TVSeries|glass harbor|2020|']);
    expect(first!.graph.facts.map((f) => [f.predicate, f.support])).toEqual([['member_of', 2], ['performer', 2], ['soundtrack_of', 1]]);
  });

  it('names a broken document and merges the others; refuses a merged graph or an empty folder as input', async () => {
    writeFileSync(path.join(input, 'zz.facts.json'), JSON.stringify({ schema: 'facts/v1', article: {} }));
    const problems: InputProblem[] = [];
    const result = await runMerge(input, path.join(scratch, 'g3'), (p) => problems.push(p));
    expect(problems).toEqual([{ file: path.join(input, 'zz.facts.json'), reason: expect.stringMatching(/^fails the facts\/v1 schema/) }]);
    expect(result!.graph.stats.articles).toBe(3);

    const refused: InputProblem[] = [];
    mkdirSync(path.join(scratch, 'empty'));
    expect(await runMerge(path.join(scratch, 'g1'), path.join(scratch, 'g4'), (p) => refused.push(p))).toBeUndefined();
    expect(await runMerge(path.join(scratch, 'empty'), path.join(scratch, 'g5'), (p) => refused.push(p))).toBeUndefined();
    expect(refused.map((p) => p.reason)).toEqual([
      expect.stringMatching(/is a merged graph already/),
      expect.stringMatching(/holds no \*\.facts\.json documents/),
    ]);
  });
});
