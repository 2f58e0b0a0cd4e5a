// `facts eval <gold-dir> <output-dir>`: precision, recall and F1 of entities
// and facts against hand-checked gold, by the matching rules of the spec.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { foldName } from './fold.ts';
import { SYMMETRIC_PREDICATES, WIKIDATA_PROPERTY, type EntityRecord, type FactsDocument, type Predicate } from './contract.ts';

export interface GoldEntity { key: string; type: string; names: string[]; year?: number; country?: string; value?: string }
export interface GoldFile {
  article: string;
  coarse_types?: boolean;
  entities: GoldEntity[];
  facts: [string, string, string][];
  optional?: { entities?: GoldEntity[]; facts?: [string, string, string][] };
}

export interface Counts { tp: number; fp: number; fn: number }
export interface ArticleScore {
  article: string;
  entities: Counts;
  facts: Counts;
  byType: Record<string, Counts>;
  byPredicate: Record<string, Counts>;
  wrongFacts: { fact: string; evidence: string; ruleId?: string }[];
  missedFacts: string[];
  wrongEntities: string[];
  missedEntities: string[];
  missingOutput?: boolean;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const bump = (table: Record<string, Counts>, key: string, field: keyof Counts) => { (table[key] ??= zero())[field]++; };

/** The gold entities a predicted entity may stand for: same type (unless coarse), a shared folded name, year/country breaking ties. */
function candidates(e: EntityRecord, pool: GoldEntity[], coarse: boolean): GoldEntity[] {
  const names = new Set([e.name, ...(e.aliases ?? [])].map(foldName));
  const matches = pool.filter((g) => (coarse || g.type === e.type) && (g.names.some((n) => names.has(foldName(n))) || (e.type === 'Date' && g.value !== undefined && g.value === e.value)));
  if (matches.length <= 1) return matches;
  const year = e.attributes?.year;
  const country = e.attributes?.country;
  const narrowed = matches.filter((g) => (g.year === undefined || year === undefined || g.year === year) && (g.country === undefined || country === undefined || g.country === country));
  return narrowed.length ? narrowed : matches;
}

export function scoreArticle(gold: GoldFile, doc: FactsDocument | null): ArticleScore {
  const coarse = gold.coarse_types === true;
  const score: ArticleScore = { article: gold.article, entities: zero(), facts: zero(), byType: {}, byPredicate: {}, wrongFacts: [], missedFacts: [], wrongEntities: [], missedEntities: [], missingOutput: doc === null };
  const optionalEntities = gold.optional?.entities ?? [];
  const predicted = doc?.entities ?? [];

  // Entities, one-to-one: each gold entity is taken by at most one prediction.
  const taken = new Set<string>();
  const goldKeysOf = new Map<string, string[]>();
  for (const e of predicted) {
    const keys = candidates(e, gold.entities, coarse).map((g) => g.key);
    goldKeysOf.set(e.id, keys);
    const free = keys.find((k) => !taken.has(k));
    if (free) { taken.add(free); score.entities.tp++; bump(score.byType, e.type, 'tp'); continue; }
    if (!keys.length && candidates(e, optionalEntities, coarse).length) continue;
    // no gold entity, or a second prediction of one already matched
    score.entities.fp++; bump(score.byType, e.type, 'fp');
    score.wrongEntities.push(`${e.type} ${e.name}${keys.length ? ' (duplicate)' : ''}`);
  }
  for (const g of gold.entities) if (!taken.has(g.key)) { score.entities.fn++; bump(score.byType, g.type, 'fn'); score.missedEntities.push(`${g.type} ${g.key}`); }

  // Facts: a prediction counts when subject, predicate and object all match a gold fact.
  const scored = (p: string) => !coarse || WIKIDATA_PROPERTY[p as Predicate] !== null && WIKIDATA_PROPERTY[p as Predicate] !== undefined;
  const goldFacts = new Set(gold.facts.filter(([, p]) => scored(p)).map((f) => f.join('\u0000')));
  const optionalFacts = new Set((gold.optional?.facts ?? []).map((f) => f.join('\u0000')));
  const optionalKeysOf = new Map(predicted.map((e) => [e.id, candidates(e, optionalEntities, coarse).map((g) => g.key)]));
  const hit = new Set<string>();
  const byId = new Map(predicted.map((e) => [e.id, e]));
  for (const f of doc?.facts ?? []) {
    if (!scored(f.predicate)) continue;
    const subjects = [...goldKeysOf.get(f.subject) ?? [], ...optionalKeysOf.get(f.subject) ?? []];
    const objects = [...goldKeysOf.get(f.object) ?? [], ...optionalKeysOf.get(f.object) ?? []];
    const triples: string[] = [];
    for (const s of subjects) for (const o of objects) {
      triples.push([s, f.predicate, o].join('\u0000'));
      if (SYMMETRIC_PREDICATES.has(f.predicate)) triples.push([o, f.predicate, s].join('\u0000'));
    }
    const match = triples.find((t) => goldFacts.has(t) && !hit.has(t));
    if (match) { hit.add(match); score.facts.tp++; bump(score.byPredicate, f.predicate, 'tp'); continue; }
    if (triples.some((t) => optionalFacts.has(t))) continue;
    score.facts.fp++; bump(score.byPredicate, f.predicate, 'fp');
    score.wrongFacts.push({ fact: `${byId.get(f.subject)?.name} —${f.predicate}→ ${byId.get(f.object)?.name}`, evidence: f.evidence[0]?.text ?? '', ruleId: f.evidence[0]?.ruleId });
  }
  for (const g of goldFacts) if (!hit.has(g)) {
    const [s, p, o] = g.split('\u0000');
    score.facts.fn++; bump(score.byPredicate, p, 'fn');
    score.missedFacts.push(`${s} —${p}→ ${o}`);
  }
  return score;
}

export interface EvalReport {
  articles: ArticleScore[];
  entities: Counts;
  facts: Counts;
  byType: Record<string, Counts>;
  byPredicate: Record<string, Counts>;
}

export async function evaluate(goldDir: string, outputDir: string): Promise<EvalReport> {
  for (const dir of [goldDir, outputDir]) {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(`${dir}: not a folder`);
  }
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.gold.json')).sort();
  if (!goldFiles.length) throw new UsageError(`${goldDir}: no *.gold.json files`);
  const articles: ArticleScore[] = [];
  for (const file of goldFiles) {
    const gold = await readJson<GoldFile>(path.join(goldDir, file));
    const name = file.replace(/\.gold\.json$/, '');
    const outFile = path.join(outputDir, `${name}.facts.json`);
    const doc = (await stat(outFile).catch(() => null)) ? await readJson<FactsDocument>(outFile) : null;
    articles.push(scoreArticle({ ...gold, article: gold.article ?? name }, doc));
  }
  const report: EvalReport = { articles, entities: zero(), facts: zero(), byType: {}, byPredicate: {} };
  for (const a of articles) {
    for (const k of ['tp', 'fp', 'fn'] as const) { report.entities[k] += a.entities[k]; report.facts[k] += a.facts[k]; }
    for (const [t, c] of Object.entries(a.byType)) for (const k of ['tp', 'fp', 'fn'] as const) (report.byType[t] ??= zero())[k] += c[k];
    for (const [p, c] of Object.entries(a.byPredicate)) for (const k of ['tp', 'fp', 'fn'] as const) (report.byPredicate[p] ??= zero())[k] += c[k];
  }
  return report;
}

export class UsageError extends Error {}

async function readJson<T>(file: string): Promise<T> {
  const text = await readFile(file, 'utf8');
  try { return JSON.parse(text) as T; } catch (e) { throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`); }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function row(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(22)} ${f(precision)}  ${f(recall)}  ${f(f1)}   ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
}

export function formatReport(report: EvalReport): string {
  const header = `${''.padEnd(22)} P      R      F1      tp   fp   fn`;
  const lines = [`${report.articles.length} articles`, header, row('entities', report.entities), row('facts', report.facts), '', 'entities by type', header];
  for (const t of Object.keys(report.byType).sort()) lines.push(row(`  ${t}`, report.byType[t]));
  lines.push('', 'facts by predicate', header);
  for (const p of Object.keys(report.byPredicate).sort()) lines.push(row(`  ${p}`, report.byPredicate[p]));
  const missing = report.articles.filter((a) => a.missingOutput).map((a) => a.article);
  if (missing.length) lines.push('', `no output for: ${missing.join(', ')}`);
  return lines.join('\n');
}

export function formatShow(report: EvalReport, article: string): string {
  const a = report.articles.find((x) => x.article === article || x.article.startsWith(article));
  if (!a) throw new UsageError(`no gold article named ${article}`);
  return [
    `${a.article}: entities ${row('', a.entities).trim()}; facts ${row('', a.facts).trim()}`,
    '', 'wrong facts:', ...a.wrongFacts.map((w) => `  - ${w.fact}   [${w.ruleId ?? '?'}] ${w.evidence.slice(0, 100)}`),
    '', 'missed facts:', ...a.missedFacts.map((m) => `  + ${m}`),
    '', 'wrong entities:', ...a.wrongEntities.map((m) => `  - ${m}`),
    '', 'missed entities:', ...a.missedEntities.map((m) => `  + ${m}`),
  ].join('\n');
}

export function evalCommand(): Command {
  return new Command('eval')
    .description('score <output-dir>/<name>.facts.json against <gold-dir>/<name>.gold.json (precision, recall, F1)')
    .argument('<gold-dir>', 'folder of *.gold.json files')
    .argument('<output-dir>', 'folder of *.facts.json files written by `facts extract`')
    .option('--json', 'print the whole report as JSON')
    .option('--show <article>', 'list the wrong and missed facts and entities of one article')
    .action(async (goldDir: string, outputDir: string, options: { json?: boolean; show?: string }) => {
      try {
        const report = await evaluate(goldDir, outputDir);
        if (options.show) console.log(formatShow(report, options.show));
        else if (options.json) console.log(JSON.stringify({ ...report, entitiesScore: prf(report.entities), factsScore: prf(report.facts) }, null, 2));
        else console.log(formatReport(report));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 2;
      }
    });
}
