// One article's diff: entities and facts of the old and new documents joined
// by identity (src/identity.ts), never by id, since ids such as "E3" are
// renumbered whenever an entity is found or lost earlier in the text.
import { entityIdentity, factIdentity } from '../identity.ts';
import type { EntityRecord, EvidenceRecord, FactRecord, FactsDocument } from '../contract.ts';
import { hashJoin } from './hash-join.ts';
import type { ArticleDiff, DiffOptions, EntityRef, EvidenceQuote, FactChange, FactRef } from './types.ts';

/** One side of an article: the file it came from and its validated document. */
export interface ArticleSide {
  file: string;
  doc: FactsDocument;
}

interface ResolvedFact {
  ref: FactRef;
  identity: string;
  evidence: EvidenceRecord[];
}

function entityRef(entity: EntityRecord): EntityRef {
  // Only what entityIdentity reads besides type and name: a Date's value, anything else's year and country.
  const { value, attributes } = entity;
  const distinguishing = entity.type === 'Date'
    ? { ...(value !== undefined && { value }) }
    : { ...(attributes?.year !== undefined && { year: attributes.year }), ...(attributes?.country !== undefined && { country: attributes.country }) };
  return { id: entity.id, type: entity.type, name: entity.name, ...distinguishing, identity: entityIdentity(entity) };
}

/** Each entity once as a ref, and each fact with its ends resolved through them. */
function resolve(doc: FactsDocument): { entities: EntityRef[]; facts: ResolvedFact[] } {
  const byId = new Map<string, EntityRef>();
  const entities = doc.entities.map((entity) => {
    const ref = entityRef(entity);
    byId.set(entity.id, ref);
    return ref;
  });
  const facts = doc.facts.map((fact: FactRecord): ResolvedFact => {
    // validateDocument has checked that both ends exist.
    const subject = byId.get(fact.subject)!;
    const object = byId.get(fact.object)!;
    return {
      ref: { id: fact.id, subject, predicate: fact.predicate, object, confidence: fact.confidence },
      identity: factIdentity(subject.identity, fact.predicate, object.identity),
      evidence: fact.evidence,
    };
  });
  return { entities, facts };
}

const quoteKey = (q: EvidenceQuote) => `${q.ruleId ?? ''}\u0000${q.text}`;
const toQuote = (e: EvidenceRecord): EvidenceQuote => (e.ruleId === undefined ? { text: e.text } : { text: e.text, ruleId: e.ruleId });

/** Confidence and quoted evidence of one fact on both sides; undefined when neither differs. */
function factChange(before: ResolvedFact, after: ResolvedFact): FactChange | undefined {
  const change: FactChange = { old: before.ref, new: after.ref };
  if (before.ref.confidence !== after.ref.confidence) change.confidence = { old: before.ref.confidence, new: after.ref.confidence };
  const quotes = hashJoin(before.evidence.map(toQuote), after.evidence.map(toQuote), quoteKey);
  if (quotes.added.length || quotes.removed.length) change.evidence = { added: quotes.added, removed: quotes.removed };
  return change.confidence || change.evidence ? change : undefined;
}

/** The diff of one article; a side that is absent makes the article added or removed whole. */
export function compareArticle(article: string, before: ArticleSide | undefined, after: ArticleSide | undefined, options: DiffOptions): ArticleDiff {
  const empty = { entities: [], facts: [] };
  const old = before ? resolve(before.doc) : empty;
  const now = after ? resolve(after.doc) : empty;
  const entities = hashJoin(old.entities, now.entities, (e) => e.identity);
  const facts = hashJoin(old.facts, now.facts, (f) => f.identity);
  const diff: ArticleDiff = {
    article,
    status: 'unchanged',
    oldFile: before?.file ?? null,
    newFile: after?.file ?? null,
    entities: { added: entities.added, removed: entities.removed },
    facts: { added: facts.added.map((f) => f.ref), removed: facts.removed.map((f) => f.ref) },
  };
  let differs = entities.added.length + entities.removed.length + facts.added.length + facts.removed.length > 0;
  if (options.changes) {
    const changed = facts.both.map(([b, a]) => factChange(b, a)).filter((c): c is FactChange => c !== undefined);
    diff.facts.changed = changed;
    differs ||= changed.length > 0;
  }
  if (!before) diff.status = 'added';
  else if (!after) diff.status = 'removed';
  else if (differs) diff.status = 'changed';
  return diff;
}
