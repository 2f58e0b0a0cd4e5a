// What the merge keeps of each article: its entities and facts without mentions
// or offsets, read one document at a time, so only the graph's own size is held.
import type { EntityAttributes, EntityType, FactsDocument, Predicate } from '../contract.ts';
import { foldName } from '../fold.ts';
import { entityIdentity } from '../identity.ts';

/** One entity of one article. */
export interface EntityOccurrence {
  article: string;
  localId: string;
  identity: string;
  type: EntityType;
  name: string;
  /** The name folded by the spec's matching rules; a Date's value when it has one. */
  key: string;
  value?: string;
  aliases: string[];
  attributes: EntityAttributes;
}

/** One fact of one article, its ends as indexes into the occurrence list. */
export interface FactOccurrence {
  article: string;
  localId: string;
  subject: number;
  predicate: Predicate;
  object: number;
  confidence: number;
  evidence: { text: string; ruleId?: string }[];
  qualifiers?: Record<string, string | number>;
}

export interface Occurrences {
  entities: EntityOccurrence[];
  facts: FactOccurrence[];
  articles: number;
}

export function emptyOccurrences(): Occurrences {
  return { entities: [], facts: [], articles: 0 };
}

/** Adds one document's entities and facts. */
export function addDocument(into: Occurrences, doc: FactsDocument): void {
  const article = doc.article.id;
  const indexOf = new Map<string, number>();
  for (const e of doc.entities) {
    indexOf.set(e.id, into.entities.length);
    into.entities.push({
      article,
      localId: e.id,
      identity: entityIdentity(e),
      type: e.type,
      name: e.name,
      key: e.type === 'Date' && e.value ? e.value : foldName(e.name),
      ...(e.value === undefined ? {} : { value: e.value }),
      aliases: e.aliases ?? [],
      attributes: e.attributes ?? {},
    });
  }
  for (const f of doc.facts) {
    into.facts.push({
      article,
      localId: f.id,
      subject: indexOf.get(f.subject)!,
      predicate: f.predicate,
      object: indexOf.get(f.object)!,
      confidence: f.confidence,
      evidence: f.evidence.map((ev) => (ev.ruleId === undefined ? { text: ev.text } : { text: ev.text, ruleId: ev.ruleId })),
      ...(f.qualifiers ? { qualifiers: f.qualifiers } : {}),
    });
  }
  into.articles += 1;
}
