// Applies relations/chains.ts to the facts read from the sentences, once (no
// chain feeds another), keeping only conclusions the predicate's types allow.
import type { Entity, Fact } from '../types.ts';
import { CHAINS } from './chains.ts';
import { pushTo } from '../collections.ts';

export type FactAdder = (subject: number, predicate: Fact['predicate'], object: number, confidence: number, evidence: Fact['evidence']) => void;

/** `variousArtists`: the albums the text says hold songs by various artists ("songs by various artists"). */
export function applyChains(facts: Fact[], entities: Entity[], add: FactAdder, published: string | null = null, variousArtists: ReadonlySet<number> = new Set()): void {
  const byPredicate = new Map<string, Fact[]>();
  for (const f of facts) pushTo(byPredicate, f.predicate, f);
  for (const chain of CHAINS) {
    const [first, second] = chain.premises;
    for (const a of byPredicate.get(first[1]) ?? []) {
      if (chain.statedPremisesOnly && isArticleLevel(a)) continue;
      if (chain.firstPremiseRule && !a.evidence.some((e) => chain.firstPremiseRule!.test(e.ruleId ?? ''))) continue;
      const binding = new Map<string, number>([[first[0], a.subject], [first[2], a.object]]);
      for (const b of byPredicate.get(second[1]) ?? []) {
        if (chain.statedPremisesOnly && isArticleLevel(b)) continue;
        const bound = new Map(binding);
        if (!bind(bound, second[0], b.subject) || !bind(bound, second[2], b.object)) continue;
        if (chain.soleSecondObject && (byPredicate.get(second[1]) ?? []).some((o) => o.subject === b.subject && o.object !== b.object)) continue;
        if (chain.notVariousArtists && variousArtists.has(bound.get(chain.notVariousArtists)!)) continue;
        const [s, predicate, o] = chain.conclusion;
        const subject = bound.get(s)!;
        const object = bound.get(o)!;
        if (subject === object || !entities[subject] || !entities[object]) continue;
        if (chain.objectValue && !chain.objectValue.test(entities[object].value ?? '')) continue;
        const value = entities[object].value;
        if (chain.notAfterPublished && published && value && value > published.slice(0, value.length)) continue;
        const confidence = Math.round(Math.min(a.confidence, b.confidence) * chain.discount * 100) / 100;
        add(subject, predicate, object, confidence, [...a.evidence, ...b.evidence].map((e) => ({ ...e, ruleId: chain.id })));
      }
    }
  }
}

function bind(binding: Map<string, number>, variable: string, value: number): boolean {
  const prior = binding.get(variable);
  if (prior !== undefined) return prior === value;
  binding.set(variable, value);
  return true;
}

/** A fact no sentence states: guessed for the whole article ("article.album-track"). */
function isArticleLevel(f: Fact): boolean {
  return f.evidence.every((e) => e.ruleId?.startsWith('article.'));
}
