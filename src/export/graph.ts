// What every export format is written from: batches of entities and facts with
// stable ids, read from per-article documents or from a merged corpus graph.
import type { ArticleRecord, EntityAttributes, EntityType, Predicate } from '../contract.ts';
import type { MergedStatement } from '../merge/types.ts';

/** The two inputs `facts export` reads. */
export type InputKind = 'documents' | 'merged';

export interface ExportEntity {
  /** stableId(entityIdentity(entity)): the IRI's last segment. */
  id: string;
  type: EntityType;
  name: string;
  value?: string;
  aliases: string[];
  attributes: EntityAttributes;
  /** Per-article input: the article and the entity's id in it ("E3"). */
  article?: string;
  localId?: string;
  /** Merged input: how many articles name it, and which. */
  support?: number;
  articles?: string[];
}

export interface ExportFact {
  /** stableId(factIdentity(subject id, predicate, object id)). */
  id: string;
  subject: ExportEntity;
  predicate: Predicate;
  object: ExportEntity;
  confidence: number;
  /** One per article stating the fact: its confidence, evidence and qualifiers. */
  statements: MergedStatement[];
}

/** One article's entities and facts, or a slice of a merged graph (article null). */
export interface ExportBatch {
  article: ArticleRecord | null;
  entities: ExportEntity[];
  facts: ExportFact[];
}

/** A file that could not be used, and why; reported on stderr and the export goes on. */
export interface InputProblem {
  file: string;
  reason: string;
}

export interface GraphSource {
  kind: InputKind;
  /** Batches in a fixed order: documents sorted by path, merged lines in file order. */
  batches(report: (problem: InputProblem) => void): AsyncIterable<ExportBatch>;
}

/** Code-unit order: the same on every machine and locale, so outputs are byte-identical. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
