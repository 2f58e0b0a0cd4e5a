import type { PredicateRules } from '../pattern.ts';

// Song/Album → the film or drama it was made for.
export const soundtrackOf: PredicateRules = {
  predicate: 'soundtrack_of',
  subject: ['Song', 'Album'],
  object: ['Film', 'TVSeries'],
  phrasings: [
    { id: 'soundtrack_of.cue-before', names: ['s', 'o'], pattern: '(?:OST|soundtrack|theme song|theme|ending theme|opening theme|insert song) {s:Song|Album} (?:for|of|to) {np}{o:Film|TVSeries}', confidence: 0.85, example: 'They will release the soundtrack Paper Moon for the movie Night Train.' },
    { id: 'soundtrack_of.as-ost', names: ['s', 'o'], pattern: '{s:Song|Album} ,? {w0-4}(?:an? |the )?(?:official |main |japanese |korean |english )?(?:OST|soundtrack|theme song|theme|ending theme|opening theme|insert song|title song) (?:song )?(?:for|of|to) {np}{o:Film|TVSeries}', confidence: 0.85, example: "'Paper Moon' featured as an OST for the drama Night Train." },
    { id: 'soundtrack_of.track-from-ost', names: ['o'], pattern: '{s:Song} ,? (?:an? |the )?{w0-2}(?:track|song|single|number|ballad) (?:from|off|on) (?:⟦(?:Song|Album)#[\\d+]+⟧|(?:the )?(?:official |original )?(?:soundtrack|OST)) (?:of|for|to) {np}{o:Film|TVSeries}', confidence: 0.75, example: 'The band Northwind have released "Paper Moon", a track from the original soundtrack of the drama Glass Harbor.' },
    // "The soundtrack album of X was released by L in 1996 and includes the song Y".
    { id: 'soundtrack_of.soundtrack-includes', names: ['s'], pattern: "\\b(?:soundtrack|soundtrack album|original soundtrack|OST) (?:album )?(?:of|for|to) (?:the )?(?:film |movie |series |drama )?{o:Film|TVSeries} {clause-no-work}(?:includes|included|features|featured|contains|contained) (?:the )?(?:songs? |singles? |tracks? )?{s:Song}", confidence: 0.7, example: 'Night Train is a 1996 film. The soundtrack album of Night Train was released in 1996 and includes the song "Paper Moon".' },
    { id: 'soundtrack_of.owners-theme', names: ['s'], pattern: "{o:Film|TVSeries} 's {w0-2}(?:official |main |original )?(?:theme song|theme tune|theme music|theme|title song|title track|opening theme|ending theme|closing theme|OST|soundtrack|insert song) ,? {s:Song|Album}", confidence: 0.8, example: 'Night Train is a 2013 film. The film\'s theme song, "Paper Moon", was performed by Mara Lind.' },
    { id: 'soundtrack_of.sung-for', pattern: '(?:sung|sang|sings|sing|performed|perform|recorded|record|provided|provide|wrote) {np}{s:Song|Album} for {np}{o:Film|TVSeries}', confidence: 0.75, example: 'The band Northwind starred in the drama Glass Harbor. They had sung the single Paper Moon for the drama.' },
    { id: 'soundtrack_of.served-as-theme', names: ['s'], pattern: "{s:Song|Album} (?:served|serves|serve|was used|is used|was chosen|is chosen) as (?:⟦Song#[\\d+]+⟧|the (?:main |opening |ending |closing )?(?:theme|theme song|opening|ending)) (?:of|for) {np}{o:Film|TVSeries}", confidence: 0.75, example: 'Away from the saga, Glass Coast served as the opening of Night Train, the 2019 film adaptation of a manga.' },
    { id: 'soundtrack_of.over-credits', names: ['o'], pattern: '{s:Song|Album} {clause}(?:plays|played|play|rolls|rolled|runs|ran) over the (?:end |opening |closing |final )?(?:credits|titles) of {np}{o:Film|TVSeries}', confidence: 0.75, example: "The ballad 'Paper Moon' plays over the end credits of Night Train, which opens in cinemas next week." },
    { id: 'soundtrack_of.on-the-soundtrack-of', pattern: "{s:Song} {gap}(?:for|on|in|from|to) (?:⟦(?:Song|Album)#[\\d+]+⟧|(?:the |its |{any} 's )?(?:original )?(?:soundtrack|OST|soundtrack album)) (?:of|to|for) {np}{o:Film|TVSeries}", confidence: 0.75, example: 'Mara Lind recorded "Paper Moon" for the soundtrack of the 2004 film Glass Harbor.' },
    { id: 'soundtrack_of.from-the-film', pattern: "{s:Song|Album} , from (?:the |{any} 's )?{np}(?:film|movie|drama|series|show) {o:Film|TVSeries} ,", confidence: 0.75, example: 'The ballad "Paper Moon", from the film Night Train, won the award.' },
    { id: 'soundtrack_of.part-of-described-ost', pattern: '{s:Song|Album} , {w0-4}⟦(?:Song|Album)#[\\d+]+⟧ (?:for|of|to) {np}{o:Film|TVSeries}', confidence: 0.75, example: 'Mara Lind has released "Paper Moon", the third part of the OST for the drama Glass Harbor.' },
  ],
};
