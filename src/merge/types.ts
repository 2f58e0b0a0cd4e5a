// The corpus graph `facts merge` writes: one line of entities.jsonl per merged
// entity and one line of facts.jsonl per merged fact. `facts export` reads it back.
import type { EntityAttributes, EntityType, Predicate } from '../contract.ts';

export const MERGED_ENTITIES_FILE = 'entities.jsonl';
export const MERGED_FACTS_FILE = 'facts.jsonl';

/** Where a merged entity came from: one entity of one article. */
export interface EntitySource {
  article: string;
  entity: string;
}

export interface MergedEntity {
  /** stableId(identity): the same entity gets the same id in every run. */
  id: string;
  /** entityIdentity of the merged entity: type, folded name (or Date value), year, country. */
  identity: string;
  type: EntityType;
  name: string;
  value?: string;
  /** Every other spelling and description the articles used, sorted. */
  aliases: string[];
  attributes: EntityAttributes;
  /** How many articles name it, and which. */
  support: number;
  articles: string[];
  sources: EntitySource[];
}

/** What one article says about a merged fact. */
export interface MergedStatement {
  article: string;
  /** The article's local fact ids (more than one when the merge joined two of its entities). */
  facts: string[];
  confidence: number;
  evidence: { text: string; ruleId?: string }[];
  qualifiers?: Record<string, string | number>;
}

export interface MergedFact {
  /** stableId(factIdentity(subject, predicate, object)). */
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  /** Wikidata property of the predicate, or null where it has none. */
  wikidata: string | null;
  /** The highest confidence any article gives it. */
  confidence: number;
  support: number;
  articles: string[];
  statements: MergedStatement[];
}
