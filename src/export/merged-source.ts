// A merged corpus graph (`facts merge` output) as export batches: entities.jsonl
// then facts.jsonl, read line by line. Only a small index of the entities
// (id, type, name, value) is held, to name each fact's ends.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ENTITY_TYPES, PREDICATE_NAMES, type EntityType, type Predicate } from '../contract.ts';
import { MERGED_ENTITIES_FILE, MERGED_FACTS_FILE, type MergedEntity, type MergedFact } from '../merge/types.ts';
import type { ExportBatch, ExportEntity, GraphSource, InputProblem } from './graph.ts';

/** Lines per batch: large enough to write efficiently, small enough to keep memory flat. */
const LINES_PER_BATCH = 500;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Why a parsed entities.jsonl line is not a merged entity, or null. */
function entityProblem(value: Partial<MergedEntity>): string | null {
  if (!isString(value.id) || !value.id) return 'no "id"';
  if (!ENTITY_TYPES.includes(value.type as EntityType)) return `"type" ${JSON.stringify(value.type)} is not an entity type`;
  if (!isString(value.name)) return 'no "name"';
  if (value.aliases !== undefined && !isStringList(value.aliases)) return '"aliases" is not a list of strings';
  if (value.articles !== undefined && !isStringList(value.articles)) return '"articles" is not a list of strings';
  return null;
}

/** Why a parsed facts.jsonl line is not a merged fact, or null. */
function factProblem(value: Partial<MergedFact>, entities: Map<string, ExportEntity>): string | null {
  if (!isString(value.id) || !value.id) return 'no "id"';
  if (!PREDICATE_NAMES.includes(value.predicate as Predicate)) return `"predicate" ${JSON.stringify(value.predicate)} is not a predicate`;
  for (const end of ['subject', 'object'] as const) {
    if (!isString(value[end]) || !entities.has(value[end])) return `"${end}" ${JSON.stringify(value[end])} is not an entity of ${MERGED_ENTITIES_FILE}`;
  }
  if (typeof value.confidence !== 'number') return 'no "confidence"';
  if (!Array.isArray(value.statements) || !value.statements.every((s) => isString(s?.article) && Array.isArray(s.evidence))) {
    return '"statements" is not a list of {article, evidence}';
  }
  return null;
}

/** Each non-empty line of `file` parsed as JSON, with its line number; a line that is not JSON is reported. */
async function* jsonLines(file: string, report: (problem: InputProblem) => void): AsyncGenerator<{ line: number; value: Record<string, unknown> }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
      yield { line, value: value as Record<string, unknown> };
    } catch (error) {
      report({ file: `${file}:${line}`, reason: `not a JSON object (${(error as Error).message})` });
    }
  }
}

function exportEntity(entity: MergedEntity): ExportEntity {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    ...(entity.value === undefined ? {} : { value: entity.value }),
    aliases: entity.aliases ?? [],
    attributes: entity.attributes ?? {},
    support: entity.support ?? entity.articles?.length ?? 0,
    articles: entity.articles ?? [],
  };
}

/** The fact ends need only these fields; the rest of each entity is written once and dropped. */
function endOf(entity: ExportEntity): ExportEntity {
  return { id: entity.id, type: entity.type, name: entity.name, ...(entity.value === undefined ? {} : { value: entity.value }), aliases: [], attributes: {} };
}

export function mergedSource(folder: string): GraphSource {
  const entitiesFile = path.join(folder, MERGED_ENTITIES_FILE);
  const factsFile = path.join(folder, MERGED_FACTS_FILE);
  return {
    kind: 'merged',
    async *batches(report) {
      const ends = new Map<string, ExportEntity>();
      let batch: ExportBatch = { article: null, entities: [], facts: [] };
      for await (const { line, value } of jsonLines(entitiesFile, report)) {
        const problem = entityProblem(value as Partial<MergedEntity>);
        if (problem) {
          report({ file: `${entitiesFile}:${line}`, reason: problem });
          continue;
        }
        const entity = exportEntity(value as unknown as MergedEntity);
        ends.set(entity.id, endOf(entity));
        batch.entities.push(entity);
        if (batch.entities.length === LINES_PER_BATCH) {
          yield batch;
          batch = { article: null, entities: [], facts: [] };
        }
      }
      for await (const { line, value } of jsonLines(factsFile, report)) {
        const problem = factProblem(value as Partial<MergedFact>, ends);
        if (problem) {
          report({ file: `${factsFile}:${line}`, reason: problem });
          continue;
        }
        const fact = value as unknown as MergedFact;
        batch.facts.push({
          id: fact.id,
          subject: ends.get(fact.subject)!,
          predicate: fact.predicate,
          object: ends.get(fact.object)!,
          confidence: fact.confidence,
          statements: fact.statements,
        });
        if (batch.facts.length === LINES_PER_BATCH) {
          yield batch;
          batch = { article: null, entities: [], facts: [] };
        }
      }
      if (batch.entities.length || batch.facts.length) yield batch;
    },
  };
}
