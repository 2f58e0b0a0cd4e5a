// `facts eval <gold-dir> <output-dir>`: precision, recall and F1 of entities
// and facts against hand-checked gold, by the matching rules of the spec
// (shared/spec/facts-v1.md, "Gold files").
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { foldName } from './fold.ts';
import {
  SYMMETRIC_PREDICATES, WIKIDATA_PROPERTY,
  type EntityRecord, type EvidenceRecord, type FactRecord, type FactsDocument, type Predicate,
} from './contract.ts';

// ---------------------------------------------------------------- gold format

export interface GoldEntity {
  /** Unique within the file; gold facts name entities by it ("Glass Harbor (2016 drama)", "Mara Lind #1"). */
  key: string;
  /** A facts/v1 entity type, or a coarse `docred:*` type in coarse-types gold. */
  type: string;
  names: string[];
  year?: number;
  country?: string;
  /** ISO date of a Date entity. */
  value?: string;
}

/** [subject key, predicate, object key]. */
export type GoldFact = [string, string, string];

export interface GoldFile {
  article: string;
  published?: string | null;
  title?: string;
  /** Types are coarse (`docred:PER`, ...): names alone decide entity matches, and only Wikidata predicates are scored. */
  coarse_types?: boolean;
  entities: GoldEntity[];
  facts: GoldFact[];
  /** Right but not required: counts neither for nor against a run. */
  optional?: { entities?: GoldEntity[]; facts?: GoldFact[] };
}

// ---------------------------------------------------------------- scores

export interface Counts { tp: number; fp: number; fn: number }

export interface WrongEntity { id: string; type: string; name: string; reason: string }
export interface MissedEntity { key: string; type: string; names: string[] }
export interface WrongFact {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  reason: string;
  evidence: EvidenceRecord[];
}
export interface MissedFact {
  subject: string;
  predicate: string;
  object: string;
  /** Which ends no predicted entity stands for: a missed entity, not a missed relation, is then the cause. */
  reason?: string;
}

export interface ArticleScore {
  article: string;
  /** Scored against coarse-types gold (docred): names alone matched entities. */
  coarse: boolean;
  /** True when the output folder had no `<article>.facts.json`: every gold item is then missed. */
  missingOutput: boolean;
  entities: Counts;
  facts: Counts;
  /** Per entity type: true positives and misses under the gold type, false positives under the predicted type. */
  byType: Record<string, Counts>;
  byPredicate: Record<string, Counts>;
  /**
   * Per confidence threshold (CONFIDENCE_THRESHOLDS, as text): the article's facts a user keeps
   * by filtering at it, scored as if the others had not been written (fn counts gold facts
   * not matched by a kept fact).
   */
  byMinConfidence: Record<string, Counts>;
  wrongEntities: WrongEntity[];
  missedEntities: MissedEntity[];
  wrongFacts: WrongFact[];
  missedFacts: MissedFact[];
}

export interface EvalReport {
  goldDir: string;
  outputDir: string;
  articles: ArticleScore[];
  /** Articles with gold but no output file. */
  missingOutputs: string[];
  entities: Counts;
  facts: Counts;
  byType: Record<string, Counts>;
  byPredicate: Record<string, Counts>;
  byMinConfidence: Record<string, Counts>;
}

export interface Scores { precision: number; recall: number; f1: number }

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** The thresholds `facts eval` reports precision and recall at, so users can choose where to filter. */
export const CONFIDENCE_THRESHOLDS = [0.9, 0.8, 0.7, 0.6, 0.5] as const;

function count(counts: Counts, table: Record<string, Counts>, key: string, field: keyof Counts): void {
  counts[field]++;
  (table[key] ??= zero())[field]++;
}

function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

function addTable(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [key, counts] of Object.entries(from)) addCounts((into[key] ??= zero()), counts);
}

/** Precision, recall and F1 of one set of counts; 0 where nothing was predicted or expected. */
export function prf(c: Counts): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

// ---------------------------------------------------------------- matching

/**
 * Pairs each item with at most one of its candidate keys, as many pairs as
 * possible (augmenting paths). Greedy first-come pairing would let the order
 * of predictions decide: an undated "Signal" taking the 2018 drama would leave
 * a later "Signal, 2018" unmatched although the 2016 drama was free for the first.
 */
export function maximumMatching(candidates: readonly (readonly string[])[]): (string | undefined)[] {
  const holder = new Map<string, number>();
  const place = (item: number, visited: Set<string>): boolean => {
    for (const key of candidates[item]) {
      if (visited.has(key)) continue;
      visited.add(key);
      const current = holder.get(key);
      if (current === undefined || place(current, visited)) {
        holder.set(key, item);
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, item) => place(item, new Set()));
  const assigned: (string | undefined)[] = candidates.map(() => undefined);
  for (const [key, item] of holder) assigned[item] = key;
  return assigned;
}

/** Folded name and aliases of a predicted entity; empty folds ("?") would match each other, so they are dropped. */
function foldedNames(entity: EntityRecord): Set<string> {
  return new Set([entity.name, ...(entity.aliases ?? [])].map(foldName).filter(Boolean));
}

/** Maps any folded name of a gold Country to its key, so "Korea" and "South Korea" count as one country in tie-breaks. */
function countryKeys(gold: readonly GoldEntity[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const g of gold) if (g.type === 'Country') for (const n of [g.key, ...g.names]) keys.set(foldName(n), g.key);
  return keys;
}

interface MatchContext {
  coarse: boolean;
  countryKey: (name: string) => string;
}

function namesOrValueAgree(entity: EntityRecord, names: Set<string>, g: GoldEntity): boolean {
  if (g.value !== undefined && entity.value !== undefined && g.value === entity.value) return true;
  return g.names.some((n) => names.has(foldName(n)));
}

/** How many of year, country and date value the prediction states differently from the gold entity. */
function contradictions(entity: EntityRecord, g: GoldEntity, ctx: MatchContext): number {
  const year = entity.attributes?.year;
  const country = entity.attributes?.country;
  let n = 0;
  if (g.year !== undefined && year !== undefined && Number(year) !== g.year) n++;
  if (g.country !== undefined && country !== undefined && ctx.countryKey(country) !== ctx.countryKey(g.country)) n++;
  if (g.value !== undefined && entity.value !== undefined && entity.value !== g.value) n++;
  return n;
}

/**
 * The gold entities a predicted entity stands for: same type (any type in
 * coarse gold) and a shared folded name or Date value. Where several qualify,
 * year/country/value decide: the ones the prediction contradicts least stay.
 * A prediction that states nothing to decide by keeps them all.
 */
function goldCandidates(entity: EntityRecord, pool: readonly GoldEntity[], ctx: MatchContext): GoldEntity[] {
  const names = foldedNames(entity);
  const matches = pool.filter((g) => (ctx.coarse || g.type === entity.type) && namesOrValueAgree(entity, names, g));
  if (matches.length <= 1) return matches;
  const scored = matches.map((g) => ({ g, n: contradictions(entity, g, ctx) }));
  const fewest = Math.min(...scored.map((s) => s.n));
  return scored.filter((s) => s.n === fewest).map((s) => s.g);
}

const tripleKey = (s: string, p: string, o: string): string => `${s}\u0000${p}\u0000${o}`;

/** Whether a predicate is scored: coarse (docred) gold only annotates relations Wikidata has. */
function isScored(predicate: string, coarse: boolean): boolean {
  return !coarse || (WIKIDATA_PROPERTY[predicate as Predicate] ?? null) !== null;
}

/** The gold triples a predicted fact could stand for, given the gold keys its subject and object may stand for. */
function candidateTriples(fact: FactRecord, subjects: readonly string[], objects: readonly string[]): string[] {
  const triples: string[] = [];
  for (const s of subjects) for (const o of objects) {
    triples.push(tripleKey(s, fact.predicate, o));
    if (SYMMETRIC_PREDICATES.has(fact.predicate)) triples.push(tripleKey(o, fact.predicate, s));
  }
  return triples;
}

// ---------------------------------------------------------------- one article

/**
 * Scores one output document against its gold; `doc` null means the output is
 * missing, so every required gold entity and fact is missed.
 */
export function scoreArticle(gold: GoldFile, doc: FactsDocument | null): ArticleScore {
  const coarse = gold.coarse_types === true;
  const optionalEntities = gold.optional?.entities ?? [];
  const countries = countryKeys([...gold.entities, ...optionalEntities]);
  const ctx: MatchContext = { coarse, countryKey: (name) => countries.get(foldName(name)) ?? foldName(name) };
  const score: ArticleScore = {
    article: gold.article, coarse, missingOutput: doc === null,
    entities: zero(), facts: zero(), byType: {}, byPredicate: {}, byMinConfidence: {},
    wrongEntities: [], missedEntities: [], wrongFacts: [], missedFacts: [],
  };
  const predicted = doc?.entities ?? [];

  // Entities, one to one.
  const required = predicted.map((e) => goldCandidates(e, gold.entities, ctx).map((g) => g.key));
  const optional = predicted.map((e) => goldCandidates(e, optionalEntities, ctx).map((g) => g.key));
  const assigned = maximumMatching(required);
  const goldByKey = new Map(gold.entities.map((g) => [g.key, g]));
  predicted.forEach((e, i) => {
    const key = assigned[i];
    if (key !== undefined) return count(score.entities, score.byType, goldByKey.get(key)!.type, 'tp');
    // Unpaired but naming optional gold (alone, or beside a required entity already taken): neither way.
    if (optional[i].length > 0) return;
    count(score.entities, score.byType, e.type, 'fp');
    const reason = required[i].length ? `duplicate: ${required[i].join(' / ')} already matched` : noGoldEntityReason(e, gold.entities);
    score.wrongEntities.push({ id: e.id, type: e.type, name: e.name, reason });
  });
  const taken = new Set(assigned.filter((k) => k !== undefined));
  for (const g of gold.entities) {
    if (taken.has(g.key)) continue;
    count(score.entities, score.byType, g.type, 'fn');
    score.missedEntities.push({ key: g.key, type: g.type, names: g.names });
  }

  // Facts. An entity's fact may stand for any gold entity it matches by name,
  // not just the one it was paired with, so that splitting one thing into two
  // entities costs an entity, not also every fact on the second one.
  const keysOf = new Map(predicted.map((e, i) => [e.id, [...required[i], ...optional[i]]]));
  const nameOf = new Map(predicted.map((e) => [e.id, e.name]));
  const requiredFacts = gold.facts.filter(([, p]) => isScored(p, coarse));
  const requiredTriples = new Set(requiredFacts.map(([s, p, o]) => tripleKey(s, p, o)));
  const optionalTriples = new Set((gold.optional?.facts ?? []).map(([s, p, o]) => tripleKey(s, p, o)));
  const scoredFacts = (doc?.facts ?? []).filter((f) => isScored(f.predicate, coarse));
  const triplesOf = scoredFacts.map((f) => candidateTriples(f, keysOf.get(f.subject) ?? [], keysOf.get(f.object) ?? []));
  const factAssigned = maximumMatching(triplesOf.map((ts) => ts.filter((t) => requiredTriples.has(t))));
  scoredFacts.forEach((f, i) => {
    if (factAssigned[i] !== undefined) return count(score.facts, score.byPredicate, f.predicate, 'tp');
    if (triplesOf[i].some((t) => optionalTriples.has(t))) return; // optional gold: neither way
    count(score.facts, score.byPredicate, f.predicate, 'fp');
    score.wrongFacts.push({
      id: f.id, subject: nameOf.get(f.subject) ?? f.subject, predicate: f.predicate, object: nameOf.get(f.object) ?? f.object,
      reason: wrongFactReason(keysOf.get(f.subject) ?? [], keysOf.get(f.object) ?? [], triplesOf[i], requiredTriples),
      evidence: f.evidence ?? [],
    });
  });
  const hit = new Set(factAssigned.filter((t) => t !== undefined));
  score.byMinConfidence = confidenceTable(scoredFacts, triplesOf, requiredFacts, optionalTriples);
  const found = new Set([...keysOf.values()].flat());
  for (const [s, p, o] of requiredFacts) {
    if (hit.has(tripleKey(s, p, o))) continue;
    count(score.facts, score.byPredicate, p, 'fn');
    const unfound = [found.has(s) ? '' : 'subject', found.has(o) ? '' : 'object'].filter(Boolean);
    score.missedFacts.push({ subject: s, predicate: p, object: o, ...(unfound.length && doc ? { reason: `${unfound.join(' and ')} not found` } : {}) });
  }
  return score;
}

/** The facts kept at each threshold, matched again among themselves (a duplicate that lost to a weaker fact may win once that fact is dropped). */
function confidenceTable(facts: readonly FactRecord[], triples: readonly string[][], gold: readonly GoldFact[], optional: ReadonlySet<string>): Record<string, Counts> {
  const required = new Set(gold.map(([s, p, o]) => tripleKey(s, p, o)));
  const table: Record<string, Counts> = {};
  for (const threshold of CONFIDENCE_THRESHOLDS) {
    const kept = facts.flatMap((f, i) => (f.confidence >= threshold ? [i] : []));
    const assigned = maximumMatching(kept.map((i) => triples[i].filter((t) => required.has(t))));
    const counts = zero();
    kept.forEach((i, k) => {
      if (assigned[k] !== undefined) counts.tp++;
      else if (!triples[i].some((t) => optional.has(t))) counts.fp++; // optional gold: neither way
    });
    const hit = new Set(assigned.filter((t) => t !== undefined));
    counts.fn = gold.filter(([s, p, o]) => !hit.has(tripleKey(s, p, o))).length;
    table[threshold.toFixed(1)] = counts;
  }
  return table;
}

/** Why a predicted entity matches nothing; a gold entity of the same name but another type points at a typing rule. */
function noGoldEntityReason(entity: EntityRecord, gold: readonly GoldEntity[]): string {
  const names = foldedNames(entity);
  const sameName = gold.filter((g) => g.names.some((n) => names.has(foldName(n))));
  if (!sameName.length) return 'no such gold entity';
  return `gold has it as ${[...new Set(sameName.map((g) => g.type))].join(' / ')}`;
}

/** Why a predicted fact is wrong, in the words a rule writer needs. */
function wrongFactReason(subjects: readonly string[], objects: readonly string[], triples: readonly string[], gold: ReadonlySet<string>): string {
  if (!subjects.length && !objects.length) return 'subject and object are not gold entities';
  if (!subjects.length) return 'subject is not a gold entity';
  if (!objects.length) return 'object is not a gold entity';
  if (triples.some((t) => gold.has(t))) return 'duplicate of a fact already matched';
  return 'no such gold fact';
}

// ---------------------------------------------------------------- a folder

/** A problem with the command's input (missing folder, bad JSON): reported by name, exit code 2. */
export class UsageError extends Error {}

async function requireFolder(dir: string, role: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new UsageError(`${dir}: no such ${role} folder`);
  if (!info.isDirectory()) throw new UsageError(`${dir}: not a folder (expected the ${role} folder)`);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Just enough shape checking that a wrong file is named instead of crashing the scoring. */
function asGold(json: unknown, file: string): GoldFile {
  if (!isObject(json) || !Array.isArray(json.entities) || !Array.isArray(json.facts)) {
    throw new UsageError(`${file}: not a gold file (needs "entities" and "facts" arrays)`);
  }
  return json as unknown as GoldFile;
}

function asDocument(json: unknown, file: string): FactsDocument {
  if (!isObject(json) || !Array.isArray(json.entities) || !Array.isArray(json.facts)) {
    throw new UsageError(`${file}: not a facts/v1 document (needs "entities" and "facts" arrays)`);
  }
  return json as unknown as FactsDocument;
}

const GOLD_SUFFIX = '.gold.json';
const OUTPUT_SUFFIX = '.facts.json';

/**
 * Scores every `<goldDir>/<name>.gold.json` against `<outputDir>/<name>.facts.json`
 * and sums the counts (micro-averaged). Output files without gold are ignored.
 */
export async function evaluate(goldDir: string, outputDir: string): Promise<EvalReport> {
  await requireFolder(goldDir, 'gold');
  await requireFolder(outputDir, 'output');
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith(GOLD_SUFFIX)).sort();
  if (!goldFiles.length) throw new UsageError(`${goldDir}: no *${GOLD_SUFFIX} files`);
  const report: EvalReport = {
    goldDir, outputDir, articles: [], missingOutputs: [],
    entities: zero(), facts: zero(), byType: {}, byPredicate: {}, byMinConfidence: {},
  };
  for (const file of goldFiles) {
    const name = file.slice(0, -GOLD_SUFFIX.length);
    const goldFile = path.join(goldDir, file);
    const gold = asGold(await readJson(goldFile), goldFile);
    const outputFile = path.join(outputDir, name + OUTPUT_SUFFIX);
    const exists = await stat(outputFile).then((s) => s.isFile(), () => false);
    const doc = exists ? asDocument(await readJson(outputFile), outputFile) : null;
    const score = scoreArticle({ ...gold, article: gold.article ?? name }, doc);
    if (!exists) report.missingOutputs.push(name);
    report.articles.push(score);
    addCounts(report.entities, score.entities);
    addCounts(report.facts, score.facts);
    addTable(report.byType, score.byType);
    addTable(report.byPredicate, score.byPredicate);
    addTable(report.byMinConfidence, score.byMinConfidence);
  }
  return report;
}

// ---------------------------------------------------------------- text

export interface FormatOptions {
  /** Add one row of fact counts per article, worst fact F1 first: where to look next. */
  perArticle?: boolean;
}

/** A ratio as 0.000, or "-" where its denominator is 0 and the number would mean nothing. */
const ratio = (x: number, defined: boolean): string => (defined ? x.toFixed(3) : '  -  ');

function row(label: string, c: Counts, width: number): string {
  const { precision, recall, f1 } = prf(c);
  const n = (x: number) => String(x).padStart(5);
  return `${label.padEnd(width)}  ${ratio(precision, c.tp + c.fp > 0)}  ${ratio(recall, c.tp + c.fn > 0)}  ${ratio(f1, c.tp + c.fp + c.fn > 0)}  ${n(c.tp)}${n(c.fp)}${n(c.fn)}`;
}

function header(title: string, width: number): string {
  return `${title.padEnd(width)}  P      R      F1        tp   fp   fn`;
}

/** The report as a compact table: overall, per entity type, per predicate. */
export function formatReport(report: EvalReport, opts: FormatOptions = {}): string {
  const labelWidth = (labels: string[]) => Math.max(20, ...labels.map((l) => l.length + 2));
  const width = labelWidth([...Object.keys(report.byType), ...Object.keys(report.byPredicate)]);
  const lines = [
    `${report.articles.length} articles, gold ${report.goldDir}, output ${report.outputDir}`,
    '',
    header('overall', width),
    row('entities', report.entities, width),
    row('facts', report.facts, width),
    '',
    header('entities by type', width),
    ...Object.keys(report.byType).sort().map((t) => row(`  ${t}`, report.byType[t], width)),
    '',
    header('facts by predicate', width),
    ...Object.keys(report.byPredicate).sort().map((p) => row(`  ${p}`, report.byPredicate[p], width)),
    '',
    header('facts kept at confidence', width),
    ...CONFIDENCE_THRESHOLDS.map((t) => t.toFixed(1)).filter((t) => report.byMinConfidence[t]).map((t) => row(`  >= ${t}`, report.byMinConfidence[t], width)),
  ];
  if (opts.perArticle) {
    const worstFirst = [...report.articles].sort((a, b) => prf(a.facts).f1 - prf(b.facts).f1 || a.article.localeCompare(b.article));
    const articleWidth = labelWidth(report.articles.map((a) => a.article));
    lines.push('', header('facts by article', articleWidth), ...worstFirst.map((a) => row(`  ${a.article}`, a.facts, articleWidth)));
  }
  if (report.articles.some((a) => a.coarse)) {
    lines.push('', 'coarse-types gold: rows of its types (docred:*) count matches and misses, so read their recall;',
      'rows of predicted types count only predictions that matched no gold entity.');
  }
  if (report.missingOutputs.length) {
    lines.push('', `no output (every gold item counted missed) for ${report.missingOutputs.length}: ${report.missingOutputs.join(', ')}`);
  }
  return lines.join('\n');
}

/** The article a --show argument names: its exact name, else the one name it begins. */
export function findArticle(report: EvalReport, article: string): ArticleScore {
  const exact = report.articles.find((a) => a.article === article);
  if (exact) return exact;
  const prefixed = report.articles.filter((a) => a.article.startsWith(article));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new UsageError(`${article}: names ${prefixed.length} articles (${prefixed.map((a) => a.article).join(', ')})`);
  throw new UsageError(`${article}: no such article in ${report.goldDir}`);
}

const arrow = (s: string, p: string, o: string): string => `${s} —${p}→ ${o}`;

function formatEvidence(evidence: readonly EvidenceRecord[]): string[] {
  return evidence.map((e) => `      ${e.ruleId ? `[${e.ruleId}] ` : ''}"${e.text.replace(/\s+/g, ' ').trim()}"`);
}

/** One article's wrong and missed facts and entities, with the evidence and rule that produced each wrong fact. */
export function formatShow(report: EvalReport, article: string): string {
  const a = findArticle(report, article);
  const width = 20;
  const lines = [
    `${a.article}${a.missingOutput ? '  (no output file: everything missed)' : ''}`,
    header('', width),
    row('entities', a.entities, width),
    row('facts', a.facts, width),
    '',
    `wrong facts: ${a.wrongFacts.length}`,
    ...a.wrongFacts.flatMap((f) => [`  - ${arrow(f.subject, f.predicate, f.object)}   (${f.reason})`, ...formatEvidence(f.evidence)]),
    '',
    `missed facts: ${a.missedFacts.length}`,
    ...a.missedFacts.map((f) => `  + ${arrow(f.subject, f.predicate, f.object)}${f.reason ? `   (${f.reason})` : ''}`),
    '',
    `wrong entities: ${a.wrongEntities.length}`,
    ...a.wrongEntities.map((e) => `  - ${e.type} "${e.name}" ${e.id}   (${e.reason})`),
    '',
    `missed entities: ${a.missedEntities.length}`,
    ...a.missedEntities.map((e) => `  + ${e.type} ${e.key}${e.names.length > 1 || e.names[0] !== e.key ? `   (${e.names.join(' | ')})` : ''}`),
  ];
  return lines.join('\n');
}

/** The report as JSON, with precision/recall/F1 next to every set of counts. */
export function reportJson(report: EvalReport): object {
  const withScores = (table: Record<string, Counts>) => Object.fromEntries(Object.entries(table).sort().map(([k, c]) => [k, { ...c, ...prf(c) }]));
  return {
    ...report,
    entitiesScore: prf(report.entities),
    factsScore: prf(report.facts),
    byType: withScores(report.byType),
    byPredicate: withScores(report.byPredicate),
    byMinConfidence: withScores(report.byMinConfidence),
  };
}

// ---------------------------------------------------------------- command

export function evalCommand(): Command {
  return new Command('eval')
    .description(
      'Score extracted facts against hand-checked gold: pairs <gold-dir>/NAME.gold.json with <output-dir>/NAME.facts.json ' +
      'and prints precision, recall and F1 of entities and facts, overall, per entity type, per predicate, and for the facts ' +
      'kept at each confidence threshold (where to filter) ' +
      '(matching rules: shared/spec/facts-v1.md). A missing output file counts every gold item of its article as missed.',
    )
    .argument('<gold-dir>', 'folder of NAME.gold.json files (and usually NAME.txt)')
    .argument('<output-dir>', 'folder of NAME.facts.json files written by `facts extract`')
    .option('--json', 'print the whole report (counts, scores, every wrong and missed item) as JSON')
    .option('--show <article>', 'list the wrong and missed facts and entities of one article (its name or a unique prefix)')
    .option('--articles', 'add a row per article to the table, worst fact F1 first')
    .addHelpText('after', '\nExamples:\n  facts eval ../shared/eval/news-dev output\n  facts eval ../shared/eval/news-dev output --show 03_coda\n\nExit code 2 when a folder is missing or a file is not valid JSON.')
    .action(async (goldDir: string, outputDir: string, options: { json?: boolean; show?: string; articles?: boolean }) => {
      try {
        const report = await evaluate(goldDir, outputDir);
        if (options.show !== undefined && options.json) console.log(JSON.stringify(findArticle(report, options.show), null, 2));
        else if (options.show !== undefined) console.log(formatShow(report, options.show));
        else if (options.json) console.log(JSON.stringify(reportJson(report), null, 2));
        else console.log(formatReport(report, { perArticle: options.articles }));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        console.error(`facts eval: ${error.message}`);
        process.exitCode = 2;
      }
    });
}
