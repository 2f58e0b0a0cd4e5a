// `facts export`: every format written from small documents of our own and read
// back with an independent parser (n3, csv-parse, jsonld offline), per-article
// and merged inputs, stable IRIs and byte-identical output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityAttributes, EntityType, FactsDocument, Predicate } from '../src/contract.ts';
import { entityIdentity, stableId } from '../src/identity.ts';
import { exportCommand } from '../src/export/command.ts';
import { ENTITY_COLUMNS, FACT_COLUMNS } from '../src/export/csv.ts';
import type { InputProblem } from '../src/export/graph.ts';
import { runExport, type ExportOptions } from '../src/export/run.ts';
import { dateDatatype, decimalLiteral, DEFAULT_BASE, NS } from '../src/export/vocabulary.ts';
import { runMerge } from '../src/merge/run.ts';

// ---------------------------------------------------------------- documents of our own

interface EntitySpec { type: EntityType; name: string; value?: string; aliases?: string[]; attributes?: EntityAttributes }
interface FactSpec { s: number; p: Predicate; o: number; confidence?: number; sentence: number; qualifiers?: Record<string, string | number> }

/** A valid facts/v1 document: entity i is "E{i+1}", mentions and evidence are the text's true slices. */
function article(id: string, published: string | null, sentences: string[], entities: EntitySpec[], facts: FactSpec[]): FactsDocument {
  const text = sentences.join(' ');
  const spanOf = (part: string, sentence: number) => {
    const start = Math.max(0, text.indexOf(part));
    return { start, end: start + part.length, text: text.slice(start, start + part.length), sentence };
  };
  return {
    schema: 'facts/v1',
    article: { id, source: `${id}.txt`, sha256: 'b'.repeat(64), published },
    entities: entities.map((e, i) => ({
      id: `E${i + 1}`, type: e.type, name: e.name,
      ...(e.value === undefined ? {} : { value: e.value }),
      ...(e.aliases ? { aliases: e.aliases } : {}),
      ...(e.attributes ? { attributes: e.attributes } : {}),
      mentions: [spanOf(e.name, Math.max(0, sentences.findIndex((s) => s.includes(e.name))))],
    })),
    facts: facts.map((f, i) => ({
      id: `F${i + 1}`, subject: `E${f.s + 1}`, predicate: f.p, object: `E${f.o + 1}`, confidence: f.confidence ?? 0.8,
      evidence: [{ ...spanOf(sentences[f.sentence]!, f.sentence), ruleId: `${f.p}.test` }],
      ...(f.qualifiers ? { qualifiers: f.qualifiers } : {}),
    })),
  };
}

const FIRST = article('a1', '2021-03-05', [
  'The Norwegian band Northwind released the single Paper Moon in April 2021.',
  'Paper Moon is the theme of the 2020 drama Glass Harbor, which aired in 2020.',
  'Critics called it "a quiet, bright song" 🌙 and it topped the Harbor Top 40 for two weeks.',
  'Mara Lind of Northwind and the duo Ash Valley toured together\non 12 May 2021.',
], [
  { type: 'Band', name: 'Northwind', aliases: ['Norwegian band'], attributes: { country: 'Norway', genre: ['folk rock'] } },
  { type: 'Song', name: 'Paper Moon' },
  { type: 'Date', name: 'April 2021', value: '2021-04' },
  { type: 'TVSeries', name: 'Glass Harbor', attributes: { year: 2020 } },
  { type: 'Date', name: '2020', value: '2020' },
  { type: 'Chart', name: 'Harbor Top 40' },
  { type: 'Person', name: 'Mara Lind', attributes: { roles: ['singer', 'member'] } },
  { type: 'Band', name: 'Ash Valley' },
  { type: 'Country', name: 'Norway', aliases: ['Norwegian'] },
], [
  { s: 1, p: 'performer', o: 0, confidence: 0.85, sentence: 0 },
  { s: 1, p: 'publication_date', o: 2, sentence: 0 },
  { s: 1, p: 'soundtrack_of', o: 3, sentence: 1 },
  { s: 3, p: 'publication_date', o: 4, confidence: 0.75, sentence: 1 },
  { s: 1, p: 'charted_in', o: 5, sentence: 2, qualifiers: { rank: 1, duration: 'two weeks' } },
  { s: 6, p: 'member_of', o: 0, sentence: 3 },
  { s: 0, p: 'collaborated_with', o: 7, confidence: 0.7, sentence: 3 },
  { s: 0, p: 'country_of_origin', o: 8, sentence: 0 },
]);

const SECOND = article('a2', null, [
  'Northwind played Paper Moon again on the harbour stage.',
], [
  { type: 'Band', name: 'Northwind', attributes: { country: 'Norway' } },
  { type: 'Song', name: 'Paper Moon' },
], [
  { s: 1, p: 'performer', o: 0, confidence: 0.9, sentence: 0 },
]);

const FACT_COUNT = FIRST.facts.length + SECOND.facts.length;
const ENTITY_COUNT = FIRST.entities.length + SECOND.entities.length;

// ---------------------------------------------------------------- running exports

const scratch = mkdtempSync(path.join(tmpdir(), 'facts-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
function folderOf(docs: FactsDocument[], extra: Record<string, string> = {}): string {
  const folder = path.join(scratch, `run${folders += 1}`);
  mkdirSync(folder, { recursive: true });
  for (const doc of docs) writeFileSync(path.join(folder, `${doc.article.id}.facts.json`), JSON.stringify(doc, null, 2));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(folder, name), text);
  return folder;
}

const OUTPUT = folderOf([FIRST, SECOND]);

/** Exports to a fresh path; returns the path, the summary and any problems reported. */
async function exportTo(input: string, format: string, options: Partial<ExportOptions> = {}) {
  const out = path.join(scratch, `out${folders += 1}`, format === 'csv' ? '' : `export.${format}`);
  const problems: InputProblem[] = [];
  const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
  const summary = await runExport(input, { format, out, base: DEFAULT_BASE, ...options }, { stdout, report: (p) => problems.push(p) });
  return { out, summary, problems };
}

const read = (file: string) => readFileSync(file, 'utf8');
const tripleKey = (q: Quad) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
const parseRdf = (text: string, format: 'N-Triples' | 'Turtle' | 'N-Quads') => new Parser({ format }).parse(text);

/** A documentLoader that refuses every URL: an expansion that needs the network fails. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`network refused: ${url}`);
};
const offlineOptions = { documentLoader: offline, safe: true } as unknown as jsonld.Options.Expand;

async function mergedGraph(): Promise<string> {
  const graph = path.join(scratch, `graph${folders += 1}`);
  await runMerge(OUTPUT, graph, () => {});
  return graph;
}

// ---------------------------------------------------------------- jsonl

describe('jsonl', () => {
  it('writes one valid JSON fact per line with both ends resolved, the Wikidata id, the article and the evidence', async () => {
    const { out, summary } = await exportTo(OUTPUT, 'jsonl');
    const lines = read(out).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(FACT_COUNT);
    expect(summary?.facts).toBe(FACT_COUNT);
    const performer = lines.find((l) => l.article === 'a2')!;
    expect(performer).toMatchObject({
      subject: { name: 'Paper Moon', type: 'Song' },
      predicate: 'performer',
      wikidata: 'P175',
      object: { name: 'Northwind', type: 'Band' },
      confidence: 0.9,
      article: 'a2',
      evidence: [{ text: 'Northwind played Paper Moon again on the harbour stage.', ruleId: 'performer.test' }],
    });
    expect(performer.subject.id).toBe(stableId(entityIdentity({ type: 'Song', name: 'Paper Moon' })));
    expect(lines.find((l) => l.predicate === 'soundtrack_of').wikidata).toBeNull();
    expect(lines.find((l) => l.predicate === 'charted_in').qualifiers).toEqual({ rank: 1, duration: 'two weeks' });
    expect(lines.find((l) => l.predicate === 'publication_date').object).toMatchObject({ type: 'Date', value: '2021-04' });
  });

  it('gives a merged graph\'s facts with their articles and support', async () => {
    const { out } = await exportTo(await mergedGraph(), 'jsonl');
    const lines = read(out).trimEnd().split('\n').map((line) => JSON.parse(line));
    const performer = lines.find((l) => l.predicate === 'performer')!;
    expect(performer).toMatchObject({ support: 2, articles: ['a1', 'a2'], confidence: 0.9 });
    expect(performer.evidence.map((e: { article: string }) => e.article)).toEqual(['a1', 'a2']);
    expect(lines).toHaveLength(FACT_COUNT - 1);
  });
});

// ---------------------------------------------------------------- csv

describe('csv', () => {
  it('parses back with csv-parse to the rows written, quotes, commas, line breaks and emoji intact', async () => {
    const { out, summary } = await exportTo(OUTPUT, 'csv');
    const entities: string[][] = parseCsv(readFileSync(path.join(out, 'entities.csv')));
    const facts: string[][] = parseCsv(readFileSync(path.join(out, 'facts.csv')));
    expect(entities[0]).toEqual(ENTITY_COLUMNS.documents);
    expect(facts[0]).toEqual(FACT_COLUMNS.documents);
    expect(entities).toHaveLength(ENTITY_COUNT + 1);
    expect(facts).toHaveLength(FACT_COUNT + 1);
    expect(summary).toMatchObject({ entities: ENTITY_COUNT, facts: FACT_COUNT });

    const column = (rows: string[][], name: string) => rows[0]!.indexOf(name);
    const charted = facts.find((row) => row[column(facts, 'predicate')] === 'charted_in')!;
    expect(charted[column(facts, 'evidence')]).toBe(FIRST.facts[4]!.evidence[0]!.text);
    const toured = facts.find((row) => row[column(facts, 'predicate')] === 'collaborated_with')!;
    expect(toured[column(facts, 'evidence')]).toContain('together\non 12 May');
    const band = entities.find((row) => row[column(entities, 'name')] === 'Northwind' && row[column(entities, 'article')] === 'a1')!;
    expect(band.slice(column(entities, 'aliases'), column(entities, 'genre') + 1)).toEqual(['Norwegian band', 'Norway', '', 'folk rock']);
  });

  it('ends records with CRLF, as RFC 4180 has them', async () => {
    const { out } = await exportTo(OUTPUT, 'csv');
    const text = read(path.join(out, 'entities.csv'));
    expect(text.split('\r\n')).toHaveLength(ENTITY_COUNT + 2);
  });

  it('writes a merged graph\'s support and articles', async () => {
    const { out } = await exportTo(await mergedGraph(), 'csv');
    const entities: Record<string, string>[] = parseCsv(readFileSync(path.join(out, 'entities.csv')), { columns: true });
    expect(entities.find((e) => e.name === 'Northwind')).toMatchObject({ support: '2', articles: 'a1|a2', country: 'Norway' });
  });

  it('needs a folder for its two files', async () => {
    const problems: InputProblem[] = [];
    const stdout = new Writable({ write: (_c, _e, done) => done() });
    const summary = await runExport(OUTPUT, { format: 'csv', base: DEFAULT_BASE }, { stdout, report: (p) => problems.push(p) });
    expect(summary).toBeUndefined();
    expect(problems[0]?.reason).toMatch(/--out <dir>/);
  });
});

// ---------------------------------------------------------------- N-Triples and Turtle

describe('ntriples and turtle', () => {
  it('parse back with n3 to the number of triples the writer reported, and to the same triples', async () => {
    const nt = await exportTo(OUTPUT, 'ntriples');
    const ttl = await exportTo(OUTPUT, 'turtle');
    const ntQuads = parseRdf(read(nt.out), 'N-Triples');
    const ttlQuads = parseRdf(read(ttl.out), 'Turtle');
    expect(nt.summary?.triples).toBeGreaterThan(FACT_COUNT * 8);
    expect(ntQuads).toHaveLength(nt.summary!.triples!);
    expect(ttlQuads).toHaveLength(ttl.summary!.triples!);
    expect(new Set(ttlQuads.map(tripleKey))).toEqual(new Set(ntQuads.map(tripleKey)));
  });

  it('types entities by the spec\'s schema.org table, labels them, and gives facts Wikidata or project properties', async () => {
    const quads = parseRdf(read((await exportTo(OUTPUT, 'ntriples')).out), 'N-Triples');
    const entity = (type: EntityType, name: string, attributes?: EntityAttributes) => `${DEFAULT_BASE}entity/${stableId(entityIdentity({ type, name, attributes }))}`;
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    const northwind = entity('Band', 'Northwind', { country: 'Norway' });
    const song = entity('Song', 'Paper Moon');
    expect(has(northwind, `${NS.rdf}type`, `${NS.schema}MusicGroup`)).toBe(true);
    expect(has(northwind, `${NS.rdfs}label`, 'Northwind')).toBe(true);
    expect(has(entity('TVSeries', 'Glass Harbor', { year: 2020 }), `${NS.rdf}type`, `${NS.schema}TVSeries`)).toBe(true);
    expect(has(entity('Chart', 'Harbor Top 40'), `${NS.rdf}type`, `${NS.facts}Chart`)).toBe(true);
    expect(has(song, `${NS.wdt}P175`, northwind)).toBe(true);
    expect(has(song, `${NS.facts}soundtrack_of`, entity('TVSeries', 'Glass Harbor', { year: 2020 }))).toBe(true);
  });

  it('writes dates as typed literals from the Date entity\'s value', async () => {
    const quads = parseRdf(read((await exportTo(OUTPUT, 'turtle')).out), 'Turtle');
    const dates = quads.filter((q) => q.predicate.value === `${NS.wdt}P577`).map((q) => q.object);
    expect(dates.map((d) => [d.value, d.termType === 'Literal' ? d.datatype.value : d.termType]).sort()).toEqual([
      ['2020', `${NS.xsd}gYear`],
      ['2021-04', `${NS.xsd}gYearMonth`],
    ]);
    expect([dateDatatype('2021'), dateDatatype('2021-05'), dateDatatype('2021-05-12'), dateDatatype('May 2021')])
      .toEqual([`${NS.xsd}gYear`, `${NS.xsd}gYearMonth`, `${NS.xsd}date`, null]);
  });

  it('reifies each fact once per article with the article, confidence, evidence and qualifiers', async () => {
    const quads = parseRdf(read((await exportTo(OUTPUT, 'ntriples')).out), 'N-Triples');
    const statements = quads.filter((q) => q.object.value === `${NS.rdf}Statement`).map((q) => q.subject.value);
    expect(statements).toHaveLength(FACT_COUNT);
    const about = (s: string) => new Map(quads.filter((q) => q.subject.value === s).map((q) => [q.predicate.value, q.object]));
    const charted = statements.map(about).find((props) => props.get(`${NS.rdf}predicate`)?.value === `${NS.wdt}P2291`)!;
    expect(charted.get(`${NS.facts}article`)?.value).toBe(`${DEFAULT_BASE}article/a1`);
    expect(charted.get(`${NS.facts}confidence`)).toMatchObject({ value: '0.8', datatype: { value: `${NS.xsd}decimal` } });
    expect(charted.get(`${NS.facts}rank`)).toMatchObject({ value: '1', datatype: { value: `${NS.xsd}integer` } });
    expect(charted.get(`${NS.facts}evidence`)?.value).toContain('"a quiet, bright song" 🌙');
  });

  it('puts every IRI under --base', async () => {
    const base = 'https://data.example.com/kpop/';
    const quads = parseRdf(read((await exportTo(OUTPUT, 'ntriples', { base })).out), 'N-Triples');
    const ours = quads.map((q) => q.subject.value).filter((iri) => !iri.startsWith(base));
    expect(ours).toEqual([]);
  });

  it('write the merged graph with support counts', async () => {
    const { out, summary } = await exportTo(await mergedGraph(), 'turtle');
    const quads = parseRdf(read(out), 'Turtle');
    expect(quads).toHaveLength(summary!.triples!);
    const support = quads.filter((q) => q.predicate.value === `${NS.facts}support` && q.object.value === '2');
    expect(support.length).toBeGreaterThanOrEqual(2);
  });
});

// ---------------------------------------------------------------- JSON-LD

describe('jsonld', () => {
  it('expands offline: the context is in the file, and the refusing loader is really used', async () => {
    const doc = JSON.parse(read((await exportTo(OUTPUT, 'jsonld')).out));
    expect(typeof doc['@context']).toBe('object');
    const expanded = await jsonld.expand(doc, offlineOptions);
    expect(expanded.length).toBeGreaterThan(ENTITY_COUNT);
    await expect(jsonld.expand({ '@context': 'https://schema.org/', name: 'Northwind' }, offlineOptions)).rejects.toThrow();
  });

  it('says the same triples as N-Triples, for documents and for a merged graph', async () => {
    for (const input of [OUTPUT, await mergedGraph()]) {
      const doc = JSON.parse(read((await exportTo(input, 'jsonld')).out));
      const nquads = await jsonld.toRDF(doc, { ...offlineOptions, format: 'application/n-quads' } as jsonld.Options.ToRdf) as unknown as string;
      const fromJsonld = new Set(parseRdf(nquads, 'N-Quads').map(tripleKey));
      const fromNtriples = new Set(parseRdf(read((await exportTo(input, 'ntriples')).out), 'N-Triples').map(tripleKey));
      expect(fromJsonld.size).toBeGreaterThan(0);
      expect(fromJsonld).toEqual(fromNtriples);
    }
  });

  it('uses schema.org types and names', async () => {
    const doc = JSON.parse(read((await exportTo(OUTPUT, 'jsonld')).out));
    const band = doc['@graph'].find((node: Record<string, unknown>) => node.name === 'Northwind');
    expect(band).toMatchObject({ '@type': 'MusicGroup', alternateName: 'Norwegian band' });
  });
});

// ---------------------------------------------------------------- every format

describe('every format', () => {
  const formats = ['jsonl', 'csv', 'ntriples', 'turtle', 'jsonld'];
  const contents = (out: string, format: string) => (format === 'csv'
    ? ['entities.csv', 'facts.csv'].map((f) => read(path.join(out, f))).join('\u0000')
    : read(out));

  it('gives byte-identical output for the same input, from documents and from a merged graph', async () => {
    const graph = await mergedGraph();
    for (const input of [OUTPUT, graph]) {
      for (const format of formats) {
        const first = contents((await exportTo(input, format)).out, format);
        const second = contents((await exportTo(input, format)).out, format);
        expect(second).toBe(first);
      }
    }
    const again = await mergedGraph();
    expect(read(path.join(again, 'entities.jsonl'))).toBe(read(path.join(graph, 'entities.jsonl')));
  });

  it('names an unusable document and its reason, and still exports the others', async () => {
    const input = folderOf([FIRST, SECOND], { 'broken.facts.json': '{"schema": "facts/v1", "article": ' });
    for (const format of formats) {
      const { summary, problems } = await exportTo(input, format);
      expect(problems).toEqual([{ file: path.join(input, 'broken.facts.json'), reason: expect.stringMatching(/^not valid JSON/) }]);
      expect(summary?.facts).toBe(FACT_COUNT);
    }
  });

  it('names a missing input, a folder with nothing to export, and half a merged graph', async () => {
    const cases: [string, RegExp][] = [
      [path.join(scratch, 'nowhere'), /no such file or folder/],
      [folderOf([]), /no \*\.facts\.json documents/],
      [folderOf([], { 'entities.jsonl': '' }), /has no facts\.jsonl/],
    ];
    for (const [input, reason] of cases) {
      const { summary, problems } = await exportTo(input, 'jsonl');
      expect(summary).toBeUndefined();
      expect(problems).toEqual([{ file: input, reason: expect.stringMatching(reason) }]);
    }
  });

  it('names the line of a merged graph that points at no entity', async () => {
    const graph = await mergedGraph();
    const facts = read(path.join(graph, 'facts.jsonl')).split('\n');
    facts[0] = facts[0]!.replace(/"subject":"[0-9a-f]+"/, '"subject":"0000"');
    writeFileSync(path.join(graph, 'facts.jsonl'), facts.join('\n'));
    const { summary, problems } = await exportTo(graph, 'ntriples');
    expect(problems).toEqual([{ file: `${path.join(graph, 'facts.jsonl')}:1`, reason: expect.stringContaining('"subject" "0000"') }]);
    expect(summary?.facts).toBe(FACT_COUNT - 2);
  });
});

describe('helpers and command', () => {
  it('writes confidences as xsd:decimal, never in exponent notation', () => {
    expect([0.85, 1, 0, 1e-7, 0.3333333].map(decimalLiteral)).toEqual(['0.85', '1.0', '0.0', '0.0', '0.333333']);
  });

  it('runs from the command line with its defaults and rejects a base that is not an IRI', async () => {
    const out = path.join(scratch, 'cli.nt');
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    const errors: string[] = [];
    const writeError = process.stderr.write;
    process.stderr.write = ((chunk: string) => errors.push(chunk) > 0) as typeof process.stderr.write;
    try {
      await exportCommand().parseAsync(['node', 'export', OUTPUT, '--format', 'ntriples', '--out', out]);
      expect(process.exitCode).toBe(0);
      expect(read(out)).toContain(`<${DEFAULT_BASE}entity/`);
      await exportCommand().parseAsync(['node', 'export', OUTPUT, '--format', 'turtle', '--base', 'not an iri']);
      expect(process.exitCode).toBe(2);
      expect(errors.join('')).toMatch(/--base "not an iri" is not an absolute IRI/);
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeError;
      process.exitCode = 0;
    }
  });
});
