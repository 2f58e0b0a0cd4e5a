import type { PredicateRules } from '../pattern.ts';

// Song → who wrote its words.
export const lyricist: PredicateRules = {
  predicate: 'lyricist',
  subject: ['Song'],
  object: ['Person', 'Band'],
  phrasings: [
    { id: 'lyricist.lyrics-by', names: ['o'], pattern: '{s:Song} {gap}(?:lyrics|words) (?:were |was |are )?(?:written |penned )?by {np}{o:Person|Band}', confidence: 0.85, example: 'The ballad Paper Moon has lyrics by Mara Lind.' },
    { id: 'lyricist.written-by', names: ['o'], pattern: '{s:Song} {gap}(?:written|co-written|penned) (?:and [a-z]+ )?by {np}{o:Person|Band}', confidence: 0.7, example: 'Paper Moon is a song written by Mara Lind.' },
    { id: 'lyricist.wrote-lyrics', pattern: '{o:Person|Band} {gap}(?:wrote|penned) the lyrics (?:for|of|to) {np}{s:Song}', confidence: 0.8, example: 'Mara Lind wrote the lyrics for the single Paper Moon.' },
  ],
};
