// CSV for spreadsheets: entities.csv and facts.csv in the --out folder, RFC 4180
// (CRLF line ends, quoted where needed) as csv-stringify writes it. A list in a
// cell is joined with "|"; a fact's evidence sentences with a line break.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { WIKIDATA_PROPERTY } from '../contract.ts';
import type { ExportEntity, ExportFact, InputKind } from './graph.ts';
import type { ExportFormat } from './format.ts';
import { fileSink } from './sink.ts';

export const ENTITIES_CSV = 'entities.csv';
export const FACTS_CSV = 'facts.csv';

type Cell = string | number | null;

const LIST_SEPARATOR = '|';
const EVIDENCE_SEPARATOR = '\n';

export const ENTITY_COLUMNS: Record<InputKind, string[]> = {
  documents: ['id', 'article', 'local_id', 'type', 'name', 'value', 'aliases', 'country', 'year', 'genre'],
  merged: ['id', 'type', 'name', 'value', 'aliases', 'country', 'year', 'genre', 'support', 'articles'],
};

export const FACT_COLUMNS: Record<InputKind, string[]> = {
  documents: ['id', 'article', 'local_id', 'subject', 'subject_name', 'subject_type', 'predicate', 'wikidata',
    'object', 'object_name', 'object_type', 'object_value', 'confidence', 'evidence'],
  merged: ['id', 'subject', 'subject_name', 'subject_type', 'predicate', 'wikidata',
    'object', 'object_name', 'object_type', 'object_value', 'confidence', 'support', 'articles', 'evidence'],
};

export function entityRow(entity: ExportEntity, kind: InputKind): Cell[] {
  const described = [entity.type, entity.name, entity.value ?? null, entity.aliases.join(LIST_SEPARATOR),
    entity.attributes.country ?? null, entity.attributes.year ?? null, (entity.attributes.genre ?? []).join(LIST_SEPARATOR)];
  return kind === 'documents'
    ? [entity.id, entity.article ?? null, entity.localId ?? null, ...described]
    : [entity.id, ...described, entity.support ?? null, (entity.articles ?? []).join(LIST_SEPARATOR)];
}

export function factRow(fact: ExportFact, kind: InputKind): Cell[] {
  const ends = [fact.subject.id, fact.subject.name, fact.subject.type, fact.predicate, WIKIDATA_PROPERTY[fact.predicate],
    fact.object.id, fact.object.name, fact.object.type, fact.object.value ?? null, fact.confidence];
  const evidence = fact.statements.flatMap((s) => s.evidence.map((ev) => ev.text)).join(EVIDENCE_SEPARATOR);
  if (kind === 'documents') {
    const statement = fact.statements[0]!;
    return [fact.id, statement.article, statement.facts.join(LIST_SEPARATOR), ...ends, evidence];
  }
  return [fact.id, ...ends, fact.statements.length, fact.statements.map((s) => s.article).join(LIST_SEPARATOR), evidence];
}

/** Rows as RFC 4180 text: CRLF between records, fields quoted only when they must be. */
function csvText(rows: Cell[][]): string {
  return stringify(rows, { record_delimiter: 'windows' });
}

export const openCsv: ExportFormat['open'] = async (target) => {
  if (!target.out) throw new Error('csv writes two files, entities.csv and facts.csv: give the folder with --out <dir>');
  const entitiesFile = path.join(target.out, ENTITIES_CSV);
  const factsFile = path.join(target.out, FACTS_CSV);
  const entitySink = await fileSink(entitiesFile);
  const factSink = await fileSink(factsFile);
  entitySink.write(csvText([ENTITY_COLUMNS[target.kind]]));
  factSink.write(csvText([FACT_COLUMNS[target.kind]]));
  let entities = 0;
  let facts = 0;
  return {
    async write(batch) {
      if (batch.entities.length) entitySink.write(csvText(batch.entities.map((e) => entityRow(e, target.kind))));
      if (batch.facts.length) factSink.write(csvText(batch.facts.map((f) => factRow(f, target.kind))));
      entities += batch.entities.length;
      facts += batch.facts.length;
      await Promise.all([entitySink.flush(), factSink.flush()]);
    },
    async end() {
      await Promise.all([entitySink.close(), factSink.close()]);
      return { files: [entitiesFile, factsFile], entities, facts };
    },
    async abort() {
      await Promise.all([entitySink.abort(), factSink.abort()]);
    },
  };
};
