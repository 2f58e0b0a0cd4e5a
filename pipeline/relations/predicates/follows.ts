import type { PredicateRules } from '../pattern.ts';

// Film/TVSeries → the one it continues; Song/Album → the one before it.
export const follows: PredicateRules = {
  predicate: 'follows',
  subject: ['Film', 'TVSeries', 'Song', 'Album'],
  object: ['Film', 'TVSeries', 'Song', 'Album'],
  sameKind: [['Film', 'TVSeries'], ['Song', 'Album']],
  phrasings: [
    { id: 'follows.pick-up', pattern: '{s:Film|TVSeries} {gap}(?:pick|picks|picked) up where {o:Film|TVSeries} {w0-1}left off', confidence: 0.8, example: 'The drama Glass Harbor ended in 2018. The movie Night Train will pick up where the drama left off.' },
    { id: 'follows.screen-sequel-to', names: ['o'], pattern: "{s:Film|TVSeries} {gap}(?:sequel|follow-up|successor) (?:to|of) (?:{date} 's )?{np}{o:Film|TVSeries}", confidence: 0.75, example: "The film Night Train is the sequel to 2005's Paper Moon." },
    { id: 'follows.sequel-to', pattern: '{s:Film|TVSeries|Song|Album} {gap}(?:sequel|follow-up|successor) (?:to|of) {np}{o:Film|TVSeries|Song|Album}', confidence: 0.8, example: 'The album Paper Moon is the follow-up to their 2015 album Night Train.' },
    { id: 'follows.a-sequel-named', objectFromContext: true, names: ['s'], pattern: '(?:^|(?<=[.;] ))(?:A|The|Its|Their) (?:direct |planned |second |first )?(?:sequel|follow-up) (?:film |movie |series )?,? (?:titled |entitled |called )?{s:Film|TVSeries}', confidence: 0.65, example: 'The film Night Train came out in 2011. A sequel, Paper Moon, was released in 2014.' },
    // An album is preceded by its own single and followed by the next one: those are its singles, not works before or after it.
    { id: 'follows.preceded-by', pattern: '{s:Film|TVSeries|Song} {gap}preceded by {np}{o:Film|TVSeries|Song|Album}', confidence: 0.75, example: 'The single Paper Moon was preceded by the single Night Train.' },
    { id: 'follows.album-preceded-by', pattern: '{s:Album} {gap}preceded by (?!{w0-3}singles? )(?!{w0-3}⟦Song)(?!⟦Song){np}{o:Film|TVSeries|Song|Album}', confidence: 0.75, example: 'The album Paper Moon was preceded by the album Night Train.' },
    { id: 'follows.followed-by', pattern: '{o:Film|TVSeries|Song} {gap}(?:was |were )?followed by {np}{s:Film|TVSeries|Song|Album}', confidence: 0.7, example: 'The film Night Train was followed by the film Paper Moon in 2019.' },
    { id: 'follows.album-followed-by', pattern: '{o:Album} {gap}(?:was |were )?followed by (?!{w0-3}singles? )(?!{w0-3}⟦Song)(?!⟦Song){np}{s:Film|TVSeries|Song|Album}', confidence: 0.7, example: 'The album Night Train was followed by the album Paper Moon in 2019.' },
    { id: 'follows.list-of-releases', inListOrder: true, pattern: '(?:singles|albums|studio albums|EPs|films|movies|sequels) (?:: |– |— |, )?(?:were |are )?{s:Song|Album|Film}', confidence: 0.5, example: 'The album spawned three singles: "Paper Moon", "Glass" and "Harbor Lights".' },
  ],
};
