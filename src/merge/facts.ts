// One merged fact per (subject, predicate, object) of merged entities, with
// what each article said of it. A fact whose two ends the merge made one
// entity is dropped: it was a relation between things now known to be the same.
import { SYMMETRIC_PREDICATES, WIKIDATA_PROPERTY } from '../contract.ts';
import { factIdentity, stableId } from '../identity.ts';
import { byCodeUnits } from '../export/graph.ts';
import type { FactOccurrence } from './occurrences.ts';
import type { MergedEntity, MergedFact, MergedStatement } from './types.ts';

export interface MergedFacts {
  facts: MergedFact[];
  /** Facts left out because both their ends became one entity. */
  selfLoops: number;
}

const byFactNumber = (a: string, b: string) => a.length - b.length || byCodeUnits(a, b);

function addStatement(fact: MergedFact, occurrence: FactOccurrence): void {
  let statement: MergedStatement | undefined = fact.statements.find((s) => s.article === occurrence.article);
  if (!statement) {
    statement = { article: occurrence.article, facts: [], confidence: occurrence.confidence, evidence: [] };
    fact.statements.push(statement);
  }
  statement.facts.push(occurrence.localId);
  statement.confidence = Math.max(statement.confidence, occurrence.confidence);
  for (const ev of occurrence.evidence) {
    if (!statement.evidence.some((e) => e.text === ev.text && e.ruleId === ev.ruleId)) statement.evidence.push(ev);
  }
  if (occurrence.qualifiers) statement.qualifiers = { ...occurrence.qualifiers, ...statement.qualifiers };
}

/** `entityOf(i)`: the merged entity of entity occurrence i. */
export function mergeFacts(occurrences: FactOccurrence[], entityOf: (occurrence: number) => MergedEntity): MergedFacts {
  const byIdentity = new Map<string, MergedFact>();
  let selfLoops = 0;
  for (const occurrence of occurrences) {
    let subject = entityOf(occurrence.subject);
    let object = entityOf(occurrence.object);
    if (subject === object) {
      selfLoops += 1;
      continue;
    }
    // Either direction of a symmetric fact is the same fact: write it one way, as factIdentity orders it.
    if (SYMMETRIC_PREDICATES.has(occurrence.predicate) && object.id < subject.id) [subject, object] = [object, subject];
    const identity = factIdentity(subject.id, occurrence.predicate, object.id);
    let fact = byIdentity.get(identity);
    if (!fact) {
      fact = {
        id: stableId(identity),
        subject: subject.id,
        predicate: occurrence.predicate,
        object: object.id,
        wikidata: WIKIDATA_PROPERTY[occurrence.predicate],
        confidence: 0,
        support: 0,
        articles: [],
        statements: [],
      };
      byIdentity.set(identity, fact);
    }
    addStatement(fact, occurrence);
  }
  const facts = [...byIdentity.values()];
  for (const fact of facts) {
    fact.statements.sort((a, b) => byCodeUnits(a.article, b.article));
    for (const s of fact.statements) s.facts.sort(byFactNumber);
    fact.articles = fact.statements.map((s) => s.article);
    fact.support = fact.articles.length;
    fact.confidence = Math.max(...fact.statements.map((s) => s.confidence));
  }
  return { facts, selfLoops };
}
