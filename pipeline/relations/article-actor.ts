// An article that opens on an actor ("Mara Lind is an American actress") is
// about their roles: a film or series named in a sentence that also refers to
// them and speaks of acting ("She also appeared in Night Train and Glass
// Coast") most likely casts them, though no phrasing reads it. Such facts are
// held less sure than any read from a phrasing.
import type { ArticleDoc, Fact } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';

const CONFIDENCE = 0.5;
const ACTOR = /\b(?:actor|actress)\b/i;
const ACTING = /\b(?:appear(?:s|ed|ing|ance|ances)?|star(?:s|red|ring)|co-star(?:s|red|ring)?|roles?|play(?:s|ed|ing)|cast|portray(?:s|ed|ing)|voic(?:e|es|ed|ing)|acted|acting|guest|character)\b/i;

export function addArticleActorRoles(doc: ArticleDoc, facts: Fact[], add: FactAdder): void {
  const actor = articleActor(doc);
  if (actor === undefined) return;
  const cast = new Set(facts.filter((f) => f.predicate === 'cast_member' && f.object === actor).map((f) => f.subject));
  const actorSentences = new Set(doc.entities[actor].mentionIds.map((id) => doc.mentions[id].sentence));
  for (const e of doc.entities) {
    if ((e.type !== 'Film' && e.type !== 'TVSeries') || cast.has(e.index)) continue;
    const sentence = e.mentionIds.map((id) => doc.mentions[id]).find((m) => m.kind === 'name' && actorSentences.has(m.sentence) && ACTING.test(sentenceText(doc, m.sentence)))?.sentence;
    if (sentence === undefined) continue;
    add(e.index, 'cast_member', actor, CONFIDENCE, [{ sentence, ruleId: 'article.actor-role' }]);
  }
}

/** The person the article opens on, when its first sentence calls them an actor or actress. */
function articleActor(doc: ArticleDoc): number | undefined {
  const first = doc.mentions.find((m) => m.sentence === 0 && m.kind === 'name');
  if (!first || first.entity === undefined || doc.entities[first.entity].type !== 'Person') return undefined;
  return ACTOR.test(sentenceText(doc, 0)) ? first.entity : undefined;
}

function sentenceText(doc: ArticleDoc, index: number): string {
  return doc.text.slice(doc.sentences[index].start, doc.sentences[index].end);
}
