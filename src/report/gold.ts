// Each predicted fact marked correct, wrong, optional or unscored, and the gold
// facts no prediction found, by the matching of `facts eval` (src/eval.ts), so
// the report and the scores never disagree.
import { WIKIDATA_PROPERTY, type FactsDocument, type Predicate } from '../contract.ts';
import { scoreArticle, type GoldFile } from '../eval.ts';
import type { FactVerdict, GoldJudgement } from './types.ts';

/**
 * scoreArticle lists wrong facts but not which of the others matched required
 * gold and which only optional gold. Scoring a second time without the optional
 * facts tells them apart: the required matching does not depend on optional
 * facts, so exactly the optional-only facts turn wrong.
 */
export function judgeArticle(gold: GoldFile, doc: FactsDocument, file: string): GoldJudgement {
  const full = scoreArticle(gold, doc);
  const requiredOnly = scoreArticle({ ...gold, optional: { ...gold.optional, facts: [] } }, doc);
  const wrongReasons = new Map(full.wrongFacts.map((f) => [f.id, f.reason]));
  const wrongWithoutOptional = new Set(requiredOnly.wrongFacts.map((f) => f.id));
  const verdicts = new Map<string, FactVerdict>();
  for (const fact of doc.facts) {
    const reason = wrongReasons.get(fact.id);
    // Same rule as eval's isScored: coarse (docred) gold only annotates predicates Wikidata has.
    if (full.coarse && (WIKIDATA_PROPERTY[fact.predicate as Predicate] ?? null) === null) verdicts.set(fact.id, { status: 'unscored' });
    else if (reason !== undefined) verdicts.set(fact.id, { status: 'wrong', reason });
    else if (wrongWithoutOptional.has(fact.id)) verdicts.set(fact.id, { status: 'optional' });
    else verdicts.set(fact.id, { status: 'correct' });
  }
  return {
    file, coarse: full.coarse, verdicts,
    missedFacts: full.missedFacts, missedEntities: full.missedEntities,
    facts: full.facts, entities: full.entities,
  };
}
