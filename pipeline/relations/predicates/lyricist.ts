import type { PredicateRules } from '../pattern.ts';

// Song → who wrote its words.
export const lyricist: PredicateRules = {
  predicate: 'lyricist',
  subject: ['Song'],
  object: ['Person', 'Band'],
  phrasings: [
    { id: 'lyricist.lyrics-by', names: ['o'], pattern: '{s:Song} {gap}(?:lyrics|words) (?:were |was |are )?(?:written |penned )?by {np}{o:Person|Band}', confidence: 0.85, example: 'The ballad Paper Moon has lyrics by Mara Lind.' },
    { id: 'lyricist.with-lyrics-by', names: ['o'], pattern: '{s:Song} {gap}by {any} ,? (?:and |with )(?:lyrics|words) (?:written |penned )?by {np}{o:Person|Band}', confidence: 0.8, example: 'The single Paper Moon was composed by Tom Alder and Jo Venn, with lyrics by Mara Lind.' },
    { id: 'lyricist.written-by', names: ['o'], pattern: '{s:Song} {gap}(?:written|co-written|penned) (?:and [a-z]+ )?by {np}{o:Person|Band}(?! with (?:the )?(?:lyrics|words) by)', confidence: 0.7, example: 'Paper Moon is a song written by Mara Lind.' },
    { id: 'lyricist.composed-and-written-by', names: ['o'], pattern: '{s:Song} {gap}(?:composed|co-composed) by {np}{any} ,? and (?:the lyrics |lyrics |the words |words )?(?:were |was |are )?(?:written|co-written|penned) by {np}{o:Person|Band}', confidence: 0.8, example: 'Paper Moon is a ballad composed by Tom Alder and written by Mara Lind.' },
    // '"Paper Moon", performed by Mara Lind and written by Tom Alder': the writer after the singer.
    { id: 'lyricist.performed-and-written-by', names: ['o'], pattern: "{s:Song} ,? (?:performed|sung|recorded) by {np}{any} ,? and (?:co-)?written by {np}{o:Person|Band}", confidence: 0.7, example: 'The soundtrack includes "Paper Moon", performed by Mara Lind and written by Tom Alder.' },
    { id: 'lyricist.written-by-fronted', pattern: '^(?:Co-written|Written|Penned|Co-penned) by {o:Person|Band} , {np}{s:Song}', confidence: 0.7, example: 'Written by Mara Lind and Tom Alder, the single Paper Moon was released in May.' },
    { id: 'lyricist.wrote', pattern: '{o:Person|Band} (?:also |had |has )?(?:wrote|co-wrote|penned|co-penned|(?:began|started|finished|completed) (?:writing|co-writing|to write)) {np}{s:Song}', confidence: 0.7, example: 'Tom Alder was a singer. He also co-wrote the ballad Paper Moon, a hit for Mara Lind.' },
    // "He co-wrote and produced Lind's debut single, X", "co-wrote its lead single, X, with the band's singer B": a songwriter's own article.
    { id: 'lyricist.wrote-owners-song', pattern: "{o:Person|Band} (?:also |later |then )?(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song}", confidence: 0.7, example: "Tom Alder co-wrote and produced Mara Lind's debut single, Paper Moon." },
    { id: 'lyricist.and-wrote-owners-song', pattern: "^{o:Person|Band} {clause}, and (?:also |later )?(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song}", confidence: 0.7, example: 'Tom Alder produced Northwind\'s third album, Night Train (2006), and co-wrote its lead single, "Paper Moon".' },
    { id: 'lyricist.wrote-owners-song-with', names: ['o'], pattern: "(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song} ,? (?:together )?with {np}{o:Person|Band}", confidence: 0.6, example: 'Northwind released the album Night Train. Tom Alder co-wrote its lead single, "Paper Moon", with the band\'s singer Mara Lind.' },
    { id: 'lyricist.known-for-writing', pattern: '^{o:Person|Band} {clause}(?:known|famous|remembered|noted) for (?:writing|co-writing|penning|co-penning) {np}{s:Song}', confidence: 0.7, example: 'Tom Alder (1941 – 2009) was an English songwriter, best known for writing "Paper Moon" for Mara Lind.' },
    { id: 'lyricist.wrote-lyrics', pattern: '{o:Person|Band} {gap}(?:wrote|penned) the lyrics (?:for|of|to) {np}{s:Song}', confidence: 0.8, example: 'Mara Lind wrote the lyrics for the single Paper Moon.' },
    { id: 'lyricist.wrote-the-words', subjectFromContext: true, pattern: "{o:Person|Band} (?:, (?:the|a|an|his|her|their|who) (?:[^⟦⟧,;.]|⟦[^⟧]+⟧){0,120}?, )?(?:also )?(?:co-wrote|wrote|penned|co-penned|supplied) (?:both )?the (?:lyrics|words)(?!\\s+(?:for|of|to)\\s+(?!both\\b|all\\b))", confidence: 0.6, example: 'The single Paper Moon is out today. According to the credits, Mara Lind co-wrote the lyrics.' },
    // "The lyrics are by Mara Lind": the song in context.
    { id: 'lyricist.lyrics-are-by', subjectFromContext: true, pattern: "(?:^|[,;] (?:and |while |but )?|⟧ (?:and|while|but) )(?:(?:the|its|their) )?(?:lyrics|words) (?:are|were|is|was) (?:also )?by {np}{o:Person|Band}", confidence: 0.6, example: 'The single Paper Moon is out today. The lyrics are by Mara Lind.' },
    { id: 'lyricist.wrote-the-words-with', subjectFromContext: true, names: ['o'], pattern: "(?:co-wrote|wrote|penned|co-penned) the (?:lyrics|words) (?:together )?with {np}{o:Person|Band}", confidence: 0.6, example: 'The single Paper Moon is out today. Tom Alder wrote the lyrics with Mara Lind.' },
    // "X, which frontman A wrote with guitarist B": a role word may stand before the writer.
    { id: 'lyricist.which-wrote', pattern: "{s:Song} , (?:(?:the |a |an )?(?:{any} 's )?{np}, )?(?:which|that) (?:[a-z-]+ ){0,2}{o:Person|Band} (?:also )?(?:co-wrote|wrote|penned|co-penned)", confidence: 0.7, example: 'The single Paper Moon, which Mara Lind co-wrote for the film, won.' },
    { id: 'lyricist.which-co-wrote-with', names: ['o'], pattern: "{s:Song} , (?:(?:the |a |an )?(?:{any} 's )?{np}, )?(?:which|that) (?:[a-z-]+ ){0,2}{any} (?:co-wrote|wrote|penned|co-penned) with {np}{o:Person|Band}", confidence: 0.7, example: 'The single Paper Moon, which Mara Lind co-wrote with producer Tom Alder, won.' },
    { id: 'lyricist.writers-of', pattern: '{o:Person|Band} {gap}(?:⟦Award#[\\d+]+⟧ )?(?:as )?(?:the )?(?:writer|writers|songwriter|songwriters|co-writer|co-writers) of {np}{s:Song}', confidence: 0.75, example: 'Mara Lind and Tom Alder took the prize as the writers of the ballad "Paper Moon".' },
  ],
};
