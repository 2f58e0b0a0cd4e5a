import type { PredicateRules } from '../pattern.ts';

// Song/Album/Film/TVSeries → when it came out. "a 2018 drama" is read from the noun phrase by the modifier rule.
export const publicationDate: PredicateRules = {
  predicate: 'publication_date',
  subject: ['Song', 'Album', 'Film', 'TVSeries'],
  object: ['Date'],
  phrasings: [
    { id: 'publication_date.released-in', pattern: '{s:Song|Album|Film|TVSeries} {gap}(?:released|release|re-released|premiered|premieres|premiere|aired|airs|debuted|debuts|debut|published|issued|opened|opens|out|arrives|arrived|dropped|came out|comes out|come out|is due|was due|due out|goes on sale|went on sale|go on sale|hits shelves|hit shelves) {w0-3}(?:in|on|from)? {o:Date}', confidence: 0.8, example: 'The movie Night Train is slated to release in April 2021.' },
    { id: 'publication_date.aired-on-channel-date', pattern: '{s:Song|Album|Film|TVSeries} {gap}(?:aired|airs|premiered|premieres|debuted|ran|opened|was released|were released) (?:on|via|in) (?:the )?{any} {o:Date}', confidence: 0.7, example: 'date 2010-04-20 The drama Night Train, which first aired on Harbor TV last October, returns.' },
    { id: 'publication_date.date-released', pattern: '(?:in|on) {o:Date} ,? {w0-3}(?:released|issued|premiered|published|returned with|came back with|dropped|put out|unveiled) {np}{s:Song|Album|Film|TVSeries}', confidence: 0.75, example: 'In March 1978 she released the single Paper Moon.' },
    { id: 'publication_date.date-they-returned', pattern: '(?:in|on) {o:Date} ,? {any} (?:returned|came back|were back|was back) with {np}{s:Song|Album|Film|TVSeries}', confidence: 0.7, example: "date 2020-08-29 The band Northwind toured. In June they returned with 'Paper Moon', their new single." },
    { id: 'publication_date.date-possessive', pattern: "{o:Date} 's {np}{s:Song|Album|Film|TVSeries}", confidence: 0.75, example: "date 2020-08-29 Her first new music since January's album Night Train is out." },
    { id: 'publication_date.made-in', pattern: '(?:directed|produced|made|shot|scripted|wrote|released|issued) {np}{s:Film|TVSeries|Album} (?:in|on) {o:Date}', confidence: 0.7, example: 'Mara Lind scripted and directed the film Night Train in 2013.' },
    { id: 'publication_date.released-fronted', pattern: '(?:Released|Issued|Premiered|Published) {w0-4}(?:in|on) {o:Date} ,? {np}{s:Song|Album|Film|TVSeries}', confidence: 0.75, example: 'Released as a single in January 1991, the song Paper Moon reached number seven.' },
    { id: 'publication_date.made-available', pattern: '{s:Song|Album|Film|TVSeries} {gap}(?:made available|became available|put on sale|went on sale) {gap}(?:on|in|from|as of) {o:Date}', confidence: 0.75, example: 'The album Night Train was made available for download as of 19 May 2008.' },
    { id: 'publication_date.first-sentence-released', pattern: '^{s:Song|Album|Film|TVSeries} {clause}, (?:and )?(?:was |were )?(?:first |originally |officially )?(?:released|issued|premiered|aired|broadcast|published) (?:on |in )?{o:Date}', confidence: 0.75, example: 'Night Train is the third album by the band Northwind, released on 4 June 1996 by Harbor Records.' },
    { id: 'publication_date.parenthesised', pattern: '{s:Song|Album|Film|TVSeries} \\( {o:Date} \\)', confidence: 0.75, example: 'Her third album Night Train (2000) sold well.' },
    { id: 'publication_date.opens-in-cinemas', pattern: '{s:Film} {gap}(?:opens|opened|open|premieres|premiered|arrives|arrived|hits|hit) in (?:[^\\s⟦⟧]+ )?(?:cinemas|theaters|theatres|movie theaters)(?: across| in| nationwide| around)? (?:{any} )?(?:on )?{o:Date}', confidence: 0.75, example: 'date 2011-05-02 The film Night Train opens in cinemas across Sweden this Thursday, May 5.' },
    { id: 'publication_date.release-verb', pattern: "(?:will release|releases|released|release|drops|dropped|puts out|put out|unveils|unveiled) (?:{any} 's )?[^⟦⟧.;]{0,40}?{s:Song|Album|Film|TVSeries} (?:, [^⟦⟧]{0,60}?)?,? (?:on |in )?{o:Date}", confidence: 0.75, example: 'date 2015-03-02 The band Northwind will release Night Train, their seventh studio album, on April 17.' },
    { id: 'publication_date.aside-released', pattern: '{s:Song|Album|Film|TVSeries} , (?:[^.;⟦⟧]|⟦[^⟧]+⟧){0,80}?, (?:came out|was released|were released|premiered|arrived|dropped|opened|aired|debuted) (?:in |on )?{o:Date}', confidence: 0.75, example: '"Paper Moon", his duet with Mara Lind, came out on June 9, 2016.' },
    { id: 'publication_date.released-as', pattern: '{s:Song|Album|Film|TVSeries} (?:was|were|is) (?:first |originally |later )?(?:released|issued) as {clause}(?:on|in) {o:Date}', confidence: 0.75, example: 'Paper Moon is a song by Mara Lind. It was released as the second single from the album on 27 May 2001.' },
  ],
};
