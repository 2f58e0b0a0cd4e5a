// An article that opens on an actor or a director ("Mara Lind is an American
// actress", "Tom Alder is a film director") is about their work: a film or
// series named in a sentence that also refers to them and speaks of that work
// ("She also appeared in Night Train", "He is known for directing Glass Coast")
// most likely credits them, though no phrasing reads it. Such facts are held
// less sure than any read from a phrasing.
import type { ArticleDoc, EntityType, Fact, Predicate } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';

interface PersonArticleRule {
  id: string;
  predicate: Predicate;
  /** The kinds of work credited, and of what the article opens on. */
  works: EntityType[];
  subjects: EntityType[];
  /** What the first sentence calls the person. */
  opening: RegExp;
  /** Words of the sentence that names the work. */
  sentenceCue: RegExp;
  /** A work has one of these at most: one another person holds already is none of theirs ("directed by B"). */
  single?: boolean;
  confidence: number;
}

/** "cast in the Korean remake of X", "a film based on X": X is what the person's work was made from, not their work. */
const MADE_FROM_BEFORE = /\b(?:(?:remake|adaptation|version|reboot|reimagining)s?\s+of|remakes|adapts|adapted\s+from|based\s+on)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Where a first sentence turns from what the person is to what they are known for or whom they worked with. */
const OTHERS_NAMED = /\b(?:(?:best |well |widely |mostly )?known for|(?:work(?:ed|ing|s)?|collaborat(?:ed|ing|ions?)) with|who|whose)\b/i;
const RULES: PersonArticleRule[] = [
  {
    id: 'article.actor-role',
    predicate: 'cast_member',
    works: ['Film', 'TVSeries'],
    subjects: ['Person'],
    opening: /\b(?:actor|actress)\b/i,
    sentenceCue: /\b(?:appear(?:s|ed|ing|ance|ances)?|star(?:s|red|ring)|co-star(?:s|red|ring)?|roles?|play(?:s|ed|ing)|cast|portray(?:s|ed|ing)|voic(?:e|es|ed|ing)|acted|acting|guest|character)\b/i,
    confidence: 0.5,
  },
  {
    id: 'article.director-film',
    predicate: 'director',
    works: ['Film', 'TVSeries'],
    subjects: ['Person'],
    opening: /\b(?:film director|filmmaker|film-maker|director)\b/i,
    sentenceCue: /\b(?:direct(?:s|ed|ing)?|co-direct(?:s|ed|ing)?|directorial|helm(?:s|ed|ing)?)\b/i,
    single: true,
    confidence: 0.5,
  },
  {
    id: 'article.musician-work',
    predicate: 'performer',
    works: ['Song', 'Album'],
    subjects: ['Person', 'Band'],
    opening: /\b(?:singer|singer-songwriter|rapper|musician|band|group|duo|trio|recording artist)\b/i,
    sentenceCue: /\b(?:releas(?:e|es|ed|ing)|record(?:s|ed|ing)?|sang|sings|sung|perform(?:s|ed|ing)?|single|singles|album|albums|EP|hit|hits|debut)\b/i,
    single: true,
    // A musician's article speaking of releasing a song names their own song far more often than an actor's names
    // their role (12 right in 14 against 8 in 12 on the dev and made-up sets).
    confidence: 0.6,
  },
];

export function addArticlePersonWorks(doc: ArticleDoc, facts: Fact[], add: FactAdder): void {
  const person = openingName(doc);
  if (person === undefined) return;
  // What the first sentence calls the person, not who they worked with: "X is a record producer, best known
  // for his work with the singer A and the band B" opens on no singer.
  const opening = sentenceText(doc, 0).split(OTHERS_NAMED)[0];
  const personSentences = new Set(doc.entities[person].mentionIds.map((id) => doc.mentions[id].sentence));
  for (const rule of RULES) {
    if (!rule.subjects.includes(doc.entities[person].type) || !rule.opening.test(opening)) continue;
    const credited = new Set(facts.filter((f) => f.predicate === rule.predicate && (f.object === person || rule.single)).map((f) => f.subject));
    for (const e of doc.entities) {
      if (!rule.works.includes(e.type) || credited.has(e.index)) continue;
      const sentence = e.mentionIds.map((id) => doc.mentions[id]).find((m) => m.kind === 'name' && personSentences.has(m.sentence) && !MADE_FROM_BEFORE.test(doc.text.slice(Math.max(doc.sentences[m.sentence].start, m.start - 60), m.start)) && rule.sentenceCue.test(sentenceText(doc, m.sentence)))?.sentence;
      if (sentence === undefined) continue;
      add(e.index, rule.predicate, person, rule.confidence, [{ sentence, ruleId: rule.id }]);
    }
  }
}

/** The entity the article opens on: the first name of its first sentence. */
function openingName(doc: ArticleDoc): number | undefined {
  return doc.mentions.find((m) => m.sentence === 0 && m.kind === 'name')?.entity;
}

function sentenceText(doc: ArticleDoc, index: number): string {
  return doc.text.slice(doc.sentences[index].start, doc.sentences[index].end);
}
