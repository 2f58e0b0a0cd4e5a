import type { PredicateRules } from '../pattern.ts';

// Film/TVSeries → the person who wrote it.

/** "Its music is being written by A": what is written is the work's music, not its script. */
const NOT_ITS_MUSIC = "(?! 's (?:[^⟦⟧\\s]+ )?(?:music|score|soundtrack|songs?|theme|lyrics)\\b)";
export const screenwriter: PredicateRules = {
  predicate: 'screenwriter',
  subject: ['Film', 'TVSeries'],
  object: ['Person'],
  phrasings: [
    // "directed by A, who helmed the series X, and written by B": a work inside the "who" aside is not what B wrote;
    // "Its music is being written by A": the film's music, not its script.
    { id: 'screenwriter.written-by', names: ['o'], pattern: `(?<!, who (?:[^⟦⟧,.;]|⟦[^⟧]*⟧)*){s:Film|TVSeries}${NOT_ITS_MUSIC}{gap}(?:written|scripted|penned|co-written) by {np}{o:Person}`, confidence: 0.8, example: 'The drama Glass Harbor has a Korean version. The Korean version is written by Kim Ha-neul.' },
    { id: 'screenwriter.fronted-credit', pattern: '^(?:written|co-written|scripted)(?: and (?:directed|co-directed|produced))? by {o:Person} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Written and directed by Mara Lind, the film Night Train opens today.' },
    { id: 'screenwriter.fronted-first-credit', pattern: '(?:^)(?:Written|Co-written|Scripted) by {o:Person} and (?:directed|co-directed|produced) by {any} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'The episode Paper Moon was the finale. Written by Tom Alder and directed by Mara Lind, the episode aired in May.' },
    { id: 'screenwriter.fronted-second-credit', pattern: '(?:^)(?:Directed|Co-directed|Helmed|Produced) by {any} and (?:written|co-written|scripted) by {o:Person} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Night Train is a drama series. Directed by Mara Lind and written by Tom Alder, it stars Kim Ha-neul.' },
    { id: 'screenwriter.roles-by', pattern: '{s:Film|TVSeries} {gap}(?:written|co-written|scripted)(?:,? (?:and )?(?:produced|co-produced|written|co-written|scripted|directed|co-directed|edited|composed|created))+ by {np}{o:Person}', confidence: 0.8, example: 'Night Train is a 2008 film written and directed by Mara Lind.' },
    { id: 'screenwriter.wrote', names: ['s'], pattern: '{o:Person} {w0-5}(?:wrote|writes|write|writing|scripted|penned) (?:the )?(?:screenplay|script|scripts|teleplay) (?:for|of) {np}{s:Film|TVSeries}', confidence: 0.8, example: 'Mara Lind wrote the screenplay for the film Night Train.' },
    { id: 'screenwriter.screenplay-by', names: ['o'], pattern: '{s:Film|TVSeries} {gap}(?:screenplay|script) (?:was |is )?(?:written )?by {np}{o:Person}', confidence: 0.8, example: 'The film Night Train, with a screenplay by Mara Lind, opens today.' },
    { id: 'screenwriter.credits-in-a-row', pattern: '{o:Person} {w0-2}(?=[^⟦⟧.;]{0,60}?\\b(?:co-)?(?:wrote|scripted)\\b)(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted)(?: ,? (?:and )?(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted))+ {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Mara Lind wrote and directed the film Night Train in 2008.' },
    { id: 'screenwriter.first-sentence', pattern: '^{s:Film|TVSeries}' + NOT_ITS_MUSIC + ' {clause}(?:written|scripted|co-written|adapted to (?:the )?screen|adapted for the screen|written for the screen) by {np}{o:Person}', confidence: 0.75, example: 'Night Train is a 1970 drama film directed by Tom Alder and written by Mara Lind.' },
    { id: 'screenwriter.written-by-and', pattern: '{s:Film|TVSeries} {gap}(?:written|co-written|scripted) by and (?:starring|featuring|directed by|produced by) {o:Person}', confidence: 0.8, example: 'Tom Alder liked the movie Night Train, written by and starring Mara Lind.' },
    // "the film Night Train (1986), which he co-wrote with Mara Lind": the writer in the "which" clause, and the one named after "with".
    { id: 'screenwriter.which-wrote', pattern: "{s:Film|TVSeries} (?:\\( {date} \\) )?, (?:which|that) {o:Person} (?:also )?(?:co-wrote|wrote|scripted|co-scripted)\\b", confidence: 0.7, example: 'Tom Alder directed the thriller Night Train (1986), which he co-wrote with Mara Lind.' },
    { id: 'screenwriter.which-co-wrote-with', names: ['o'], pattern: "{s:Film|TVSeries} (?:\\( {date} \\) )?, (?:which|that) {any} (?:also )?(?:co-wrote|wrote|scripted|co-scripted) with {np}{o:Person}", confidence: 0.7, example: 'Tom Alder directed the thriller Night Train (1986), which he co-wrote with Mara Lind.' },
    // "Mara Lind wrote the first season with Tom Alder": both wrote it ("with Tom Alder in mind" names no writer).
    { id: 'screenwriter.wrote-with', pattern: "{o:Person} (?:also )?(?:wrote|co-wrote|scripted|co-scripted) {np}{s:Film|TVSeries} (?:together )?with {np}⟦Person#[\\d+]+⟧(?! in mind)", confidence: 0.7, example: 'The series Glass Harbor ran for three seasons. Mara Lind wrote the first season with Tom Alder.' },
    { id: 'screenwriter.wrote-with-second', names: ['o'], pattern: "⟦Person#[\\d+]+⟧ (?:also )?(?:wrote|co-wrote|scripted|co-scripted) {np}{s:Film|TVSeries} (?:together )?with {np}{o:Person}(?! in mind)", confidence: 0.7, example: 'The series Glass Harbor ran for three seasons. Mara Lind wrote the first season with Tom Alder.' },
    { id: 'screenwriter.script-was', pattern: "{o:Person} 's {w0-2}(?:script|screenplay) (?:for (?:another|a) (?:director|filmmaker) )?(?:was|is) {np}{s:Film|TVSeries}", confidence: 0.7, example: "Mara Lind's first script for another director was Night Train (2015), a comedy." },
    { id: 'screenwriter.paired-with', subjectFromContext: true, pattern: '(?:paired|teamed) (?:director |producer )?{any} (?:, [^⟦⟧.;]*(?:⟦[^⟧]*⟧[^⟦⟧.;]*)*, )?with (?:screenwriter|scriptwriter|writer) {o:Person}', confidence: 0.65, example: 'The drama Glass Harbor premieres in May. The channel has paired director Mara Lind with screenwriter Tom Alder.' },
    // "The script is by Mara Lind", "its screenplay is by A": a credit stated with "is by", about the work in context.
    { id: 'screenwriter.script-is-by', subjectFromContext: true, names: ['o'], pattern: "(?:^|[,;] (?:and |while |but )?|⟧ (?:and|while|but) )(?:(?:the|its|their) )?(?:script|screenplay|teleplay) (?:is|was|will be) (?:also )?by {np}{o:Person}", confidence: 0.65, example: 'The drama Glass Harbor airs in May. The script is by Mara Lind.' },
    { id: 'screenwriter.directs-from-script-by', subjectFromContext: true, names: ['o'], pattern: '(?:directs|directed|will direct|is directing|is set to direct) from (?:a |an |the )?{np}(?:script|screenplay|teleplay) (?:written )?by {o:Person}', confidence: 0.65, example: 'The drama Glass Harbor airs in May. Mara Lind directs from a script by Tom Alder.' },
  ],
};
