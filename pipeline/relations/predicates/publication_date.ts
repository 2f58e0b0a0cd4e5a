import type { PredicateRules } from '../pattern.ts';

// Song/Album/Film/TVSeries → when it came out. "a 2018 drama" is read from the noun phrase by the modifier rule.
export const publicationDate: PredicateRules = {
  predicate: 'publication_date',
  subject: ['Song', 'Album', 'Film', 'TVSeries'],
  object: ['Date'],
  phrasings: [
    { id: 'publication_date.released-in', pattern: '{s:Song|Album|Film|TVSeries} {gap}(?:released|release|re-released|premiered|premieres|premiere|aired|airs|debuted|debuts|published|issued|opened|opens|out|arrives|arrived|dropped) {w0-2}(?:in|on|from)? {o:Date}', confidence: 0.8, example: 'The movie Night Train is slated to release in April 2021.' },
    { id: 'publication_date.date-released', pattern: '(?:in|on) {o:Date} ,? {w0-3}(?:released|issued|premiered|published) {np}{s:Song|Album|Film|TVSeries}', confidence: 0.75, example: 'In March 1978 she released the single Paper Moon.' },
  ],
};
