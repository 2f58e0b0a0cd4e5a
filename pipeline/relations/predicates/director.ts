import type { PredicateRules } from '../pattern.ts';

// Film/TVSeries/Song (music video) → its director.

/** "Actress X ... her latest film Y": a film of one the article calls an actor is one she acts in. */
const ACTING_CUES = ['actor', 'actress', 'actors', 'actresses', 'star', 'co-star'];
export const director: PredicateRules = {
  predicate: 'director',
  subject: ['Film', 'TVSeries', 'Song'],
  object: ['Person'],
  phrasings: [
    { id: 'director.directed-by', names: ['o'], pattern: '{s:Film|TVSeries|Song} (?!(?:[^⟦⟧.;]|⟦(?:Date|Country|Genre)#[\\d+]+⟧)*?\\b(?:film|movie|original|drama|series|show|anime|sequel|prequel|remake) , (?:directed|helmed|co-directed) by){gap}(?:directed|helmed|co-directed) by {np}{o:Person}', confidence: 0.85, example: 'Night Train is a 1995 film directed by Mara Lind.' },
    { id: 'director.roles-by', pattern: '{s:Film|TVSeries} {gap}(?:directed|co-directed)(?:,? (?:and )?(?:produced|co-produced|written|co-written|scripted|directed|co-directed|edited|composed|created))+ by {np}{o:Person}', confidence: 0.8, example: 'Night Train is a 2008 film directed and written by Mara Lind.' },
    { id: 'director.directs', pattern: '{o:Person} (?:, who )?{w0-2}(?:directed|directs|helmed|helms|co-directed) {np}{s:Film|TVSeries|Song}', confidence: 0.8, example: 'Mara Lind directed the film Night Train.' },
    // "The thriller X is slated for March, its director Mara Lind said": the work's own director, named after the possessive.
    { id: 'director.work-possessive', names: ['o'], pattern: "{s:Film|TVSeries} 's (?:(?:new|acclaimed|award-winning|veteran|first-time|young|own) )?(?:director|filmmaker) ,? {o:Person}", confidence: 0.75, example: 'The thriller Night Train opens in March, its director Mara Lind said on Monday.' },
    { id: 'director.possessive', names: ['o'], pattern: "(?:director|filmmaker) {o:Person} 's {np}{s:Film|TVSeries}", confidence: 0.8, example: "Director Mara Lind's film Night Train opens today." },
    { id: 'director.fronted-credit', pattern: '^(?:written and |produced and |co-written and )?(?:directed|co-directed|helmed) by {o:Person} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Written and directed by Mara Lind, the film Night Train opens today.' },
    { id: 'director.fronted-second-credit', pattern: '(?:^)(?:Written|Co-written|Scripted|Produced) by {any} and (?:directed|co-directed) by {o:Person} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'The episode Paper Moon was the finale. Written by Tom Alder and directed by Mara Lind, the episode aired in May.' },
    // "Directed by A and starring B and C, the film follows ...": a cast after the credit, too.
    { id: 'director.fronted-first-credit', pattern: '(?:^)(?:Directed|Co-directed|Helmed) by {o:Person} and (?:(?:written|co-written|scripted|produced) by|starring|co-starring) {any} , {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Night Train is a drama series. Directed by Mara Lind and written by Tom Alder, it stars Kim Ha-neul.' },
    { id: 'director.directorial', names: ['s'], pattern: "{o:Person} 's (?:[^\\s⟦⟧]+ ){0,3}?directorial (?:debut |venture |effort |feature |film )?(?:was |is )?(?:in {date} )?(?:with )?,? {np}{s:Film|TVSeries}", confidence: 0.75, example: "Mara Lind's directorial debut was the 2010 film Night Train." },
    { id: 'director.film-by', pattern: '{s:Film} , (?:a |an |the ){np}(?:film|movie|documentary|⟦Genre#[\\d+]+⟧) by {o:Person}', confidence: 0.7, example: 'The remake follows Night Train, the 2014 French comedy-drama by Mara Lind.' },
    { id: 'director.film-from-director', pattern: '{s:Film|TVSeries} , (?:a |an |the ){np}(?:film|movie|documentary|drama|series|⟦Genre#[\\d+]+⟧) from (?:director|filmmaker) {o:Person}', confidence: 0.75, example: 'Mara Lind will star in Night Train, a new romantic comedy from director Tom Alder.' },
    { id: 'director.possessive-film', objectNotCued: ACTING_CUES, pattern: "{o:Person} 's {np}(?:film|movie|feature|documentary|picture) ,? {s:Film}", confidence: 0.65, example: "Mara Lind's award-winning film Night Train opens today." },
    { id: 'director.apposition-possessive-film', objectNotCued: ACTING_CUES, pattern: "{s:Film} , {o:Person} 's {np}(?:film|movie|feature|documentary)\\b", confidence: 0.65, example: "Do not confuse it with Night Train, Mara Lind's 2009 thriller film starring Tom Alder." },
    { id: 'director.returns-as', subjectFromContext: true, returning: true, pattern: '{o:Person} (?:returns|returned|is back|was back|comes back|came back|stays on|serves|served) as (?:the )?director', confidence: 0.65, example: 'The film Night Train is a sequel. Mara Lind returns as director.' },
    { id: 'director.credits-in-a-row', pattern: '{o:Person} {w0-2}(?=[^⟦⟧.;]{0,60}?\\b(?:co-)?directed\\b)(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted)(?: ,? (?:and )?(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted))+ {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Mara Lind wrote, directed and produced the 2012 film Night Train.' },
    // "X is a remake of the 2009 French film Y, directed by A": A directed Y, the work the participle follows.
    { id: 'director.first-sentence', pattern: '^{s:Film|TVSeries} {clause}(?<!of the same (?:name|title) )(?<!(?:remake|version|adaptation|sequel|prequel|spin-off) of (?:[^⟦⟧]|⟦(?:Date|Country|Genre)#[\\d+]+⟧){0,60}⟦(?:Film|TVSeries)#[\\d+]+⟧ , )(?:directed|helmed|co-directed) by {np}{o:Person}', confidence: 0.8, example: 'Night Train is a 1969 drama film based on a novel by Mara Lind and directed by Tom Alder.' },
    { id: 'director.the-person-film', pattern: 'the {o:Person} (?:film|movie) {s:Film}', confidence: 0.7, example: 'The song plays in the Mara Lind film Night Train.' },
    // "X wrote the first season, and episodes were directed by A and B": the series named earlier in the sentence.
    { id: 'director.episodes-directed-by', names: ['o'], pattern: "{s:TVSeries} {clause-no-work}(?:, |; )(?:and |while |but )?(?:its |the |several |some |all |most |many |later |other )?(?:episodes|instalments|installments) (?:were|was|are) (?:also )?(?:directed|helmed) by {np}{o:Person}", confidence: 0.65, example: 'Mara Lind wrote the series Glass Harbor with Jo Venn, and episodes were directed by Tom Alder.' },
    // "The accompanying music video, directed by A, premiered in May": the video of the song in context.
    { id: 'director.music-video-directed-by', subjectFromContext: true, articleWorkFirst: true, contextSubjectTypes: ['Song'], pattern: "(?:^)(?:The |Its |An |A )?(?:accompanying |official |song 's |single 's )?music video ,? (?:was |is |had been )?(?:directed|helmed|co-directed) by {o:Person}", confidence: 0.7, example: '"Paper Moon" is a song by Mara Lind. The accompanying music video, directed by Tom Alder, premiered in May.' },
    // "Direction is by Mara Lind": said of a film or a series, not of a song's video.
    { id: 'director.direction-is-by', subjectFromContext: true, contextSubjectTypes: ['Film', 'TVSeries'], names: ['o'], pattern: "(?:^|[,;] (?:and |while |but )?|⟧ (?:and|while|but) )(?:(?:the|its|their) )?direction (?:is|was|will be) (?:also )?by {np}{o:Person}", confidence: 0.65, example: 'The film Night Train opens in May. Direction is by Mara Lind.' },
    { id: 'director.hired', subjectFromContext: true, pattern: '(?:has |have |had )?(?:paired|hired|tapped|enlisted|recruited|signed|picked|brought in|brought on) director {o:Person}', confidence: 0.65, example: 'The drama Glass Harbor premieres in May. The channel has hired director Mara Lind.' },
    { id: 'director.directs-from-script', subjectFromContext: true, names: ['o'], pattern: '{o:Person} (?:directs|directed|will direct|is directing|is set to direct) from (?:a |an |the |{any} \'s )?{np}(?:script|screenplay|teleplay)', confidence: 0.65, example: 'The drama Glass Harbor airs in May. Mara Lind directs from a script by Tom Alder.' },
    { id: 'director.who-made', pattern: "(?:director|filmmaker) {o:Person} , who (?:made|directed|helmed|shot) (?:{any} 's )?{np}{s:Film|TVSeries}", confidence: 0.7, example: "The drama Glass Harbor premieres in May. The channel has hired director Mara Lind, who made last year's Night Train, for the drama." },
  ],
};
