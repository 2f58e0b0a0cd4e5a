// An article in which every song or album read so far has one and the same
// performer is about that artist: its other songs and albums, whose
// performer no sentence states, are most likely the artist's too. Such facts
// are held less sure than any read from a sentence.
import type { Entity, Fact } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';

const RULE_ID = 'article.sole-performer';
const CONFIDENCE = 0.55;
/** The artist must be named as performer at least this often before the article counts as theirs. */
const MIN_STATED = 1;

export function addSolePerformer(facts: Fact[], entities: Entity[], firstSentenceOf: (entity: number) => number, add: FactAdder): void {
  const performed = facts.filter((f) => f.predicate === 'performer');
  const artists = new Set(performed.map((f) => f.object));
  if (artists.size !== 1 || performed.length < MIN_STATED) return;
  const [artist] = artists;
  const withPerformer = new Set(performed.map((f) => f.subject));
  for (const e of entities) {
    if ((e.type !== 'Song' && e.type !== 'Album') || withPerformer.has(e.index)) continue;
    add(e.index, 'performer', artist, CONFIDENCE, [{ sentence: firstSentenceOf(e.index), ruleId: RULE_ID }]);
  }
}
