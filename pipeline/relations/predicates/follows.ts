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
    { id: 'follows.a-sequel-named', objectFromContext: true, names: ['s'], pattern: '(?:^|(?<=[.;] ))(?:A|The|Its|Their) (?:(?:direct |planned |second |first )?(?:sequel|follow-up) (?:film |movie |series )?|(?:second|third|fourth|fifth|sixth|new) season ),? (?:titled |entitled |called )?{s:Film|TVSeries}', confidence: 0.65, example: 'The film Night Train came out in 2011. A sequel, Paper Moon, was released in 2014.' },
    // An album is preceded by its own single and followed by the next one: those are its singles, not works before or after it.
    { id: 'follows.preceded-by', pattern: '{s:Film|TVSeries|Song} {gap}preceded by {np}{o:Film|TVSeries|Song|Album}', confidence: 0.75, example: 'The single Paper Moon was preceded by the single Night Train.' },
    { id: 'follows.album-preceded-by', pattern: '{s:Album} {gap}preceded by (?!{w0-3}singles? )(?!{w0-3}⟦Song)(?!⟦Song){np}{o:Film|TVSeries|Song|Album}', confidence: 0.75, example: 'The album Paper Moon was preceded by the album Night Train.' },
    // "X was preceded by A (1993) and followed by B (1999)": B follows X, not A.
    { id: 'follows.preceded-and-followed-by', pattern: '{o:Film|TVSeries|Song|Album} {gap}preceded by {np}⟦(?:Film|TVSeries|Song|Album)#[\\d+]+⟧ (?:\\( {date} \\) )?,? and (?:was |were )?followed by {np}{s:Film|TVSeries|Song|Album}', confidence: 0.75, example: 'The album Glass Harbor was preceded by Night Train (1993) and followed by Paper Moon (1999).' },
    // "Paper Moon's follow-up, Glass", "the film's sequel, Night Train": the work named after the owner's sequel noun follows it.
    { id: 'follows.owner-follow-up', pattern: "{o:Film|TVSeries|Song|Album} 's (?:direct |planned |second )?(?:sequel|follow-up)(?: single| album| film| movie| series| release)? ,? (?:the (?:[a-z-]+ )?(?:single|album|EP|LP|record|film|movie|series) )?{s:Film|TVSeries|Song|Album}", confidence: 0.7, example: 'The single Paper Moon reached number 9. Its follow-up, "Glass", was released in July.' },
    // "Harbor Films produced Night Train and its sequel, Paper Moon".
    { id: 'follows.and-its-sequel', pattern: "{o:Film|TVSeries} (?:\\( {date} \\) )?and (?:its|their|⟦(?:Film|TVSeries)#[\\d+]+⟧ 's) (?:direct )?(?:sequel|follow-up) ,? {s:Film|TVSeries}", confidence: 0.7, example: 'Harbor Films produced the film Night Train and its sequel, Paper Moon (1999).' },
    // "X was released as the album's second single, following Y": the single before it.
    { id: 'follows.single-following', pattern: "^{s:Song} {clause}(?:second|third|fourth|fifth|next|follow-up) single(?: (?:from|off|of) (?:the |their |his |her |its )?(?:album|record|LP|EP))? ,? following {np}{o:Song}", confidence: 0.65, example: 'The song Paper Moon was released in May as the second single from the album, following "Glass".' },
    { id: 'follows.followed-by', pattern: '(?<!preceded by [^⟦⟧.;,]{0,30}){o:Film|TVSeries|Song} {gap}(?:was |were )?followed by {np}{s:Film|TVSeries|Song|Album}', confidence: 0.7, example: 'The film Night Train was followed by the film Paper Moon in 2019.' },
    { id: 'follows.album-followed-by', pattern: '(?<!preceded by [^⟦⟧.;,]{0,30}){o:Album} {gap}(?:was |were )?followed by (?!{w0-3}singles? )(?!{w0-3}⟦Song)(?!⟦Song){np}{s:Film|TVSeries|Song|Album}', confidence: 0.7, example: 'The album Night Train was followed by the album Paper Moon in 2019.' },
    // "Lind followed it with the studio album Y (1963)": the work "followed up" comes before the one it is followed with.
    { id: 'follows.followed-it-with', pattern: "(?:followed|follows|following) (?:up )?{o:Album|Song|Film|TVSeries} (?:up )?with {np}{s:Album|Song|Film|TVSeries}", confidence: 0.7, example: 'Night Train is a 1962 album by Mara Lind. Lind followed it with the studio album Paper Moon (1963).' },
    // "X is the trio's first album since 2025's Y": the record before it. ("first release since" is left: news says it of a single after an album.)
    { id: 'follows.first-since', pattern: "^{s:Song|Album} (?:is|was|will be|marks) (?:{any} 's |the |their |her |his |its )?(?:[a-z-]+ ){0,2}?first (?:new )?(?:(?:studio |full-length |solo )?album|single|EP|LP|record) since (?:{date} 's )?{np}{o:Song|Album}", confidence: 0.7, example: "The band Northwind will release the album Night Train on Friday. The album is the trio's first album since 2021's Paper Moon." },
    { id: 'follows.list-of-releases', inListOrder: true, pattern: '(?<!\\bpreceded by the )(?:singles|albums|studio albums|EPs|films|movies|sequels) (?:: |– |— |, )?(?:were |are )?{s:Song|Album|Film}', confidence: 0.5, example: 'The album spawned three singles: "Paper Moon", "Glass" and "Harbor Lights".' },
  ],
};
