// The facts/v1 contract (../shared/spec/facts-v1.md) as TypeScript: the one
// place the code names entity types and predicates. The JSON Schema in
// schemas/ says the same thing for other languages; a test keeps them equal.

export const SCHEMA_ID = 'facts/v1';

export const ENTITY_TYPES = [
  'Band', 'Person', 'Song', 'Album', 'Film', 'TVSeries', 'Book', 'Organization',
  'Chart', 'Award', 'Country', 'Genre', 'Date',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATE_NAMES = [
  'performer', 'producer', 'composer', 'lyricist', 'soundtrack_of', 'cast_member',
  'director', 'screenwriter', 'based_on', 'follows', 'part_of', 'publication_date',
  'member_of', 'collaborated_with', 'country_of_origin', 'genre', 'charted_in',
  'record_label', 'original_broadcaster', 'award_received',
] as const;
export type Predicate = (typeof PREDICATE_NAMES)[number];

/** Wikidata property of each predicate; null where Wikidata has no direct one. */
export const WIKIDATA_PROPERTY: Record<Predicate, string | null> = {
  performer: 'P175', producer: 'P162', composer: 'P86', lyricist: 'P676',
  soundtrack_of: null, cast_member: 'P161', director: 'P57', screenwriter: 'P58',
  based_on: 'P144', follows: 'P155', part_of: 'P361', publication_date: 'P577',
  member_of: 'P463', collaborated_with: null, country_of_origin: 'P495', genre: 'P136',
  charted_in: 'P2291', record_label: 'P264', original_broadcaster: 'P449', award_received: 'P166',
};

/** Predicates whose direction carries no meaning: emitted once, matched either way. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set(['collaborated_with']);

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface EntityAttributes {
  country?: string;
  year?: number;
  genre?: string[];
  members?: number;
  roles?: string[];
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  value?: string;
  attributes?: EntityAttributes;
  mentions: MentionRecord[];
}

export interface EvidenceRecord {
  sentence: number;
  start: number;
  end: number;
  text: string;
  ruleId?: string;
}

export interface FactRecord {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  confidence: number;
  evidence: EvidenceRecord[];
  qualifiers?: Record<string, string | number>;
}

export interface ArticleRecord {
  id: string;
  source: string | null;
  sha256: string;
  published: string | null;
}

export interface FactsDocument {
  schema: typeof SCHEMA_ID;
  article: ArticleRecord;
  entities: EntityRecord[];
  facts: FactRecord[];
}
