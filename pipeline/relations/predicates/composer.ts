import type { PredicateRules } from '../pattern.ts';

// Song → who wrote its music. A song "written by" someone credits them as songwriter, music
// and words alike, so that phrasing also gives a lyricist fact; here it is held less sure.
export const composer: PredicateRules = {
  predicate: 'composer',
  subject: ['Song'],
  object: ['Person', 'Band'],
  phrasings: [
    { id: 'composer.composed-by', names: ['o'], pattern: '{s:Song} {gap}(?:composed|co-composed|music (?:was |is )?(?:written |composed )?) by {np}{o:Person|Band}', confidence: 0.85, example: 'The ballad Paper Moon was composed by Mara Lind.' },
    { id: 'composer.composed', pattern: '{o:Person|Band}(?!\\s*\'s) (?:, born (?:[^⟦⟧,;.]|⟦[^⟧]+⟧){0,60}?, )?(?:[^⟦⟧.;]|⟦[^⟧]+⟧ \'s ){0,80}?(?:composed|co-composed|wrote the music (?:for|of)) (?:{any} \'s )?{np}(?:(?:track|song|single|ballad|number|tune|theme|anthem) , )?{s:Song}', confidence: 0.8, example: "Mara Lind composed the band's 2008 hit Paper Moon." },
    // Not when the music is credited next ("written by A and composed by B", "written by A herself and composed by B": A wrote the words).
    { id: 'composer.songwriter', pattern: '{s:Song} {gap}(?:written|co-written) (?:and [a-z]+ )?by {np}{o:Person|Band}(?!(?: (?:herself|himself|themselves))? ,? and (?:the music |music )?(?:was |is )?(?:composed|co-composed) by)', confidence: 0.55, example: 'Paper Moon is a song co-written by Mara Lind.' },
    { id: 'composer.written-and-composed-by', names: ['o'], pattern: '{s:Song} {gap}(?:written|co-written|penned) by {np}{any} ,? and (?:the music |music )?(?:was |is )?(?:composed|co-composed) by {np}{o:Person|Band}', confidence: 0.85, example: 'Paper Moon is a ballad written by Mara Lind and composed by the producer Tom Alder.' },
    { id: 'composer.performed-and-written-by', names: ['o'], pattern: "{s:Song} ,? (?:performed|sung|recorded) by {np}{any} ,? and (?:co-)?written by {np}{o:Person|Band}", confidence: 0.55, example: 'The soundtrack includes "Paper Moon", performed by Mara Lind and written by Tom Alder.' },
    { id: 'composer.songwriter-fronted', pattern: '^(?:Co-written|Written) by {o:Person|Band} , {np}{s:Song}', confidence: 0.55, example: 'Written by Mara Lind and Tom Alder, the single Paper Moon was released in May.' },
    // "He co-wrote and produced Lind's debut single, X", "co-wrote its lead single, X, with the band's singer B": a songwriter's own article.
    { id: 'composer.wrote-owners-song', pattern: "{o:Person|Band} (?:also |later |then )?(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song}", confidence: 0.55, example: "Tom Alder co-wrote and produced Mara Lind's debut single, Paper Moon." },
    { id: 'composer.and-wrote-owners-song', pattern: "^{o:Person|Band} {clause}, and (?:also |later )?(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song}", confidence: 0.55, example: 'Tom Alder produced Northwind\'s third album, Night Train (2006), and co-wrote its lead single, "Paper Moon".' },
    { id: 'composer.wrote-owners-song-with', names: ['o'], pattern: "(?:wrote|co-wrote|penned|co-penned)(?: and (?:co-)?produced)? (?:⟦(?:Album|Band|Person)#[\\d+]+⟧ 's|her|his|their|its) {w0-3}(?:single|song|track|hit|ballad) , {s:Song} ,? (?:together )?with {np}{o:Person|Band}", confidence: 0.55, example: 'Northwind released the album Night Train. Tom Alder co-wrote its lead single, "Paper Moon", with the band\'s singer Mara Lind.' },
    { id: 'composer.known-for-writing', pattern: '^{o:Person|Band} {clause}(?:known|famous|remembered|noted) for (?:writing|co-writing|penning|co-penning) {np}{s:Song}', confidence: 0.55, example: 'Tom Alder (1941 – 2009) was an English songwriter, best known for writing "Paper Moon" for Mara Lind.' },
    { id: 'composer.songwriter-wrote', pattern: '{o:Person|Band} (?:also |had |has )?(?:wrote|co-wrote|penned|co-penned|(?:began|started|finished|completed) (?:writing|co-writing|to write)) {np}{s:Song}', confidence: 0.55, example: 'Tom Alder was a singer. He also co-wrote the ballad Paper Moon, a hit for Mara Lind.' },
    { id: 'composer.composed-the-music', subjectFromContext: true, pattern: "{o:Person|Band} (?:also )?(?:composed|co-composed|wrote|co-wrote) (?:both )?the (?:(?:words|lyrics) and (?:the )?)?(?:music|melody)(?!\\s+(?:for|of|to)\\s+(?!both\\b|all\\b))", confidence: 0.6, example: 'The single Paper Moon is out today. Mara Lind composed the music, and Tom Alder wrote the words.' },
    { id: 'composer.music-composed-by', subjectFromContext: true, names: ['o'], pattern: "the (?:music|melody) (?:was|is) (?:composed|co-composed|written) by {np}{o:Person|Band}", confidence: 0.6, example: 'The single Paper Moon is out today. The music was composed by Mara Lind.' },
    // "Music is by Mara Lind and the lyrics are by Tom Alder": the song in context.
    { id: 'composer.music-is-by', subjectFromContext: true, pattern: "(?:^|[,;] (?:and |while |but )?|⟧ (?:and|while|but) )(?:(?:the|its|their) )?(?:music|melody) (?:is|was) (?:also )?by {np}{o:Person|Band}", confidence: 0.6, example: 'The single Paper Moon is out today. Music is by Mara Lind.' },
    { id: 'composer.music-composed-together-with', subjectFromContext: true, names: ['o'], pattern: "the (?:music|melody) (?:was|is) (?:composed|co-composed|written) by {np}{any} (?:together )?with {np}{o:Person|Band}", confidence: 0.55, example: 'The single Paper Moon is out today. The music was composed by producer Tom Alder together with Mara Lind.' },
    { id: 'composer.together-with', pattern: '(?:composed|co-composed|co-wrote|wrote) (?:{any} \'s )?{np}{s:Song} (?:together )?with {np}{o:Person|Band}', confidence: 0.7, example: 'Mara Lind composed their 2008 hit "Paper Moon" together with the producer Tom Alder.' },
  ],
};
