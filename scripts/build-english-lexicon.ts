// Writes pipeline/lexicon/english.json from compromise's English lexicon: the
// first and last names, ordinary words and places the pipeline looks words up
// in. Loading compromise costs about a third of a second at start-up, and the
// pipeline needs only these lists, so they are kept as data.
// Run: npx tsx scripts/build-english-lexicon.ts
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const COMMON_WORD_TAGS = /^(Noun|Singular|Plural|Verb|Adjective|Adverb|Preposition|Conjunction|Determiner|Pronoun|Infinitive|PastTense|PresentTense|Gerund|Modal|Copula|Auxiliary|Negative|QuestionWord|Comparable|Uncountable|Expression|Actor)$/;
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

export const ENGLISH_LEXICON_FILE = new URL('../pipeline/lexicon/english.json', import.meta.url);

/** The file's text. */
export function englishLexiconJson(): string {
  const firstNames: string[] = [];
  const lastNames: string[] = [];
  const commonWords: Record<string, string> = {};
  const places: string[] = [];
  for (const [word, tag] of Object.entries(lexicon).sort(([a], [b]) => a.localeCompare(b))) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (typeof tag === 'string' && NAME_TAGS.has(tag)) firstNames.push(word);
    if (tag === 'LastName') lastNames.push(word);
    if (typeof tag === 'string' && COMMON_WORD_TAGS.test(tag)) commonWords[word] = tag;
    if (tags.some((t) => PLACE_TAGS.has(t))) places.push(word);
  }
  return `${JSON.stringify({
    _why: 'English first and last names, ordinary words (with their part of speech) and places from compromise\'s lexicon (scripts/build-english-lexicon.ts). General knowledge, lower-cased.',
    firstNames, lastNames, commonWords, places,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(ENGLISH_LEXICON_FILE, englishLexiconJson());
  console.log(`wrote ${ENGLISH_LEXICON_FILE.pathname}`);
}
