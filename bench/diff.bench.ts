// Benchmark for `facts diff`: writes two synthetic output folders of 10,000
// articles each into a temp dir, then times the diff of them (text, JSON, and
// with --changes). Run: npx tsx bench/diff.bench.ts [articles] [--keep]
// (--keep leaves the folders in place, to time the CLI itself on them).
// Not a test: timings depend on the machine; this prints them for a person to read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { EntityRecord, EntityType, FactRecord, FactsDocument, Predicate } from '../src/contract.ts';
import { runDiff, type DiffCommandOptions } from '../src/diff/command.ts';

const args = process.argv.slice(2);
const ARTICLES = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const KEEP = args.includes('--keep');
const ENTITIES_PER_ARTICLE = 25;
const FACTS_PER_ARTICLE = 10;

/** A small seeded generator, so every run of the benchmark diffs the same folders. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const WORDS = ['Northwind', 'Paper', 'Moon', 'Glass', 'Harbor', 'Mara', 'Lind', 'Silver', 'Echo', 'Crimson', 'Tide', 'Velvet', 'Orchard', 'Lantern', 'Quiet', 'Signal'];
const TYPES: EntityType[] = ['Band', 'Person', 'Song', 'Album', 'TVSeries', 'Film', 'Organization', 'Country', 'Genre'];
const PREDICATES: Predicate[] = ['performer', 'soundtrack_of', 'cast_member', 'country_of_origin', 'genre', 'record_label', 'collaborated_with'];
const SENTENCE = 'The band Northwind released the single Paper Moon as the theme of the drama Glass Harbor, starring Mara Lind.';

function syntheticDocument(id: string): FactsDocument {
  const entities: EntityRecord[] = Array.from({ length: ENTITIES_PER_ARTICLE }, (_, i) => {
    const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const start = i * 120;
    return {
      id: `E${i + 1}`, type: pick(TYPES), name,
      ...(random() < 0.2 && { attributes: { year: 2000 + Math.floor(random() * 24) } }),
      mentions: [{ start, end: start + name.length, text: name, sentence: i }, { start: start + 60, end: start + 60 + name.length, text: name, sentence: i }],
    };
  });
  const facts: FactRecord[] = Array.from({ length: FACTS_PER_ARTICLE }, (_, i) => ({
    id: `F${i + 1}`, subject: `E${i + 1}`, predicate: pick(PREDICATES), object: `E${i + 11}`,
    confidence: 0.8,
    evidence: [{ sentence: i, start: i * 120, end: i * 120 + SENTENCE.length, text: SENTENCE, ruleId: 'bench.synthetic' }],
  }));
  return { schema: 'facts/v1', article: { id, source: `corpus/${id}.txt`, sha256: '0'.repeat(64), published: '2021-02-17' }, entities, facts };
}

/** The "new run": every entity renumbered (ids are not identity), and a few real changes. */
function nextRun(doc: FactsDocument, index: number): FactsDocument {
  const shift = (id: string) => `${id[0]}${Number(id.slice(1)) + 1}`;
  const next: FactsDocument = {
    ...doc,
    entities: doc.entities.map((e) => ({ ...e, id: shift(e.id) })),
    facts: doc.facts.map((f) => ({ ...f, subject: shift(f.subject), object: shift(f.object) })),
  };
  if (index % 10 === 0) next.facts = next.facts.slice(1); // a fact lost
  if (index % 15 === 0) next.facts = next.facts.map((f, i) => (i === 0 ? { ...f, confidence: 0.9 } : f)); // confidence moved
  if (index % 20 === 0) next.entities = [...next.entities, { id: 'E99', type: 'Person', name: 'Ines Vale', mentions: [{ start: 5000, end: 5009, text: 'Ines Vale', sentence: 40 }] }];
  return next;
}

function writeRuns(root: string): { before: string; after: string; bytes: number } {
  const before = path.join(root, 'before');
  const after = path.join(root, 'after');
  mkdirSync(before);
  mkdirSync(after);
  let bytes = 0;
  const write = (dir: string, doc: FactsDocument) => {
    const text = JSON.stringify(doc, null, 2);
    bytes += text.length;
    writeFileSync(path.join(dir, `${doc.article.id}.facts.json`), text);
  };
  for (let i = 0; i < ARTICLES; i++) {
    const doc = syntheticDocument(`a${String(i).padStart(5, '0')}`);
    if (i % 500 !== 1) write(before, doc); // a few articles only in the new run
    if (i % 500 !== 2) write(after, nextRun(doc, i)); // and a few only in the old one
  }
  return { before, after, bytes };
}

/** Counts what the diff writes without keeping it. */
function sink(): Writable & { bytes: number } {
  const stream = new Writable({ write(chunk, _encoding, done) { stream.bytes += chunk.length; done(); } }) as Writable & { bytes: number };
  stream.bytes = 0;
  return stream;
}

async function time(label: string, before: string, after: string, options: DiffCommandOptions): Promise<void> {
  const stdout = sink();
  const started = performance.now();
  const status = await runDiff(before, after, options, { stdout, stderr: process.stderr, env: {} });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(24)} ${seconds.toFixed(2)}s  exit ${status}, ${(stdout.bytes / 1024).toFixed(0)} KiB of output`);
}

const root = mkdtempSync(path.join(tmpdir(), 'facts-diff-bench-'));
try {
  const started = performance.now();
  const { before, after, bytes } = writeRuns(root);
  console.log(`wrote 2 × ${ARTICLES} articles (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)}s → ${root}`);
  await time('diff (text)', before, after, { changes: false, json: false, exitCode: true });
  await time('diff --changes (text)', before, after, { changes: true, json: false, exitCode: true });
  await time('diff --changes --json', before, after, { changes: true, json: true, exitCode: true });
} finally {
  if (KEEP) console.log(`kept: npm run -s facts -- diff ${path.join(root, 'before')} ${path.join(root, 'after')}`);
  else rmSync(root, { recursive: true, force: true });
}
