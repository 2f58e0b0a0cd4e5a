import type { PredicateRules } from '../pattern.ts';

// Song/Album/Film → who produced it.
export const producer: PredicateRules = {
  predicate: 'producer',
  subject: ['Song', 'Album', 'Film'],
  object: ['Band', 'Person', 'Organization'],
  phrasings: [
    // Not the owner in "produced by the band's longtime collaborator A": A, named after it, is the producer.
    { id: 'producer.produced-by', names: ['o'], pattern: "{s:Song|Album|Film} {gap}(?:produced|co-produced) by {np}{o:Band|Person|Organization}(?! 's (?:[a-z-]+ ){0,3}⟦Person#)", confidence: 0.85, example: 'The single Paper Moon was produced by Mara Lind.' },
    // "Produced by A, the album was recorded in Oslo", "Produced by Harbor Pictures, the film premiered ...": a fronted credit.
    { id: 'producer.fronted-credit', pattern: '^(?:Produced|Co-produced) by {o:Band|Person|Organization} , {np}{s:Song|Album|Film}', confidence: 0.75, example: 'Produced by Mara Lind, the album Night Train was recorded in Oslo.' },
    { id: 'producer.roles-by', pattern: '{s:Film|TVSeries|Song|Album} {gap}(?:produced|co-produced)(?:,? (?:and )?(?:produced|co-produced|written|co-written|scripted|directed|co-directed|edited|composed|created))+ by {np}{o:Person|Organization}', confidence: 0.8, example: 'Night Train is a 2008 drama film produced, written and directed by Mara Lind.' },
    { id: 'producer.after-credits', pattern: '{s:Song|Album|Film} {gap}(?:written|co-written|composed|recorded|directed|arranged|performed) by {any} ,? (?:and )?(?:was |were )?(?:produced|co-produced) by {np}{o:Band|Person|Organization}', confidence: 0.8, example: 'The single Paper Moon was written by Mara Lind and Tom Alder and produced by Quorra Venn.' },
    { id: 'producer.production-by', names: ['o'], pattern: '{s:Song|Album|Film} {gap}(?:written|co-written|composed|recorded) by {any} ,? with (?:the )?production (?:handled |done |provided )?by {np}{o:Band|Person|Organization}', confidence: 0.75, example: 'The single Paper Moon was written by Mara Lind and Tom Alder, with production handled by Kim Ha-neul.' },
    { id: 'producer.recorded-with', names: ['o'], pattern: '(?:recorded|cut|made|wrote and recorded) {np}{s:Song|Album} {gap}with (?:the )?(?:{any} )?(?:producer|producers|co-producer) {o:Person}', confidence: 0.75, example: 'Northwind recorded the album Night Train in Oslo with producer Mara Lind.' },
    { id: 'producer.and-produced-by', names: ['o'], pattern: '^{s:Song|Album|Film} {clause}(?:released|recorded|written|issued|composed) {clause},? and (?:was |were )?(?:co-)?produced by {np}{o:Band|Person|Organization}', confidence: 0.75, example: 'Night Train is an album by Northwind. It was released on 12 June 1998 through Harbor Records and produced by Tom Alder.' },
    { id: 'producer.who-produced', pattern: "{o:Band|Person|Organization} , who (?:also |later |had |has )?(?:produced|co-produced) (?:{any} 's )?(?:{date} )?{np}{s:Song|Album|Film}", confidence: 0.75, example: 'The album Night Train was produced by Mara Lind, who also produced their 2018 record Glass Coast.' },
    { id: 'producer.produced-with', names: ['o'], pattern: '(?:produced|co-produced) {np}{s:Song|Album} with {o:Band|Person}', confidence: 0.7, example: 'Glass Harbor is an album by Mara Lind. Lind produced the album with Tom Alder.' },
    { id: 'producer.produced', pattern: '{o:Band|Person|Organization} (?:have|has|had)? {w0-1}(?:produced|produces|co-produced) {np}{s:Song|Album|Film}', confidence: 0.8, example: 'The band Northwind released the single Paper Moon. The trio Glass Harbor have produced the song.' },
    // "Harbor Pictures, which produced Night Train and its sequel, Paper Moon": the company in the "which" clause.
    { id: 'producer.which-produced', pattern: "{o:Organization} , which (?:also |later )?(?:produced|co-produced|financed|developed and produced) {np}{s:Film|Album|Song}", confidence: 0.75, example: 'Mara Lind signed with Harbor Pictures, which produced the film Night Train in 1996.' },
    { id: 'producer.which-produced-sequel', pattern: "{o:Organization} , which (?:also |later )?(?:produced|co-produced) {np}⟦Film#[\\d+]+⟧ (?:\\( {date} \\) )?and (?:its|their|⟦[^⟧]+⟧ 's) (?:sequel|prequel|follow-up) ,? {s:Film}", confidence: 0.7, example: 'Mara Lind signed with Harbor Pictures, which produced the film Night Train and its sequel, Paper Moon.' },
    // "Tom Alder directed X, and produced the 2012 documentary Y": a second credit of the sentence's first name.
    { id: 'producer.and-produced', pattern: "^{o:Person} {clause}, and (?:also |later )?(?:produced|co-produced) {np}{s:Film|Album}", confidence: 0.7, example: 'Tom Alder also directed the series Glass Harbor (2005), and produced the 2012 documentary Night Train.' },
    // "Lind produced Northwind's third album, X", "He went on to produce her debut single, X": a producer's own article.
    { id: 'producer.produced-owners-work', pattern: "{o:Band|Person|Organization} (?:also |later |then |went on to |would )?(?:co-wrote and |wrote and )?(?:co-)?produc(?:ed|e) (?:⟦(?:Band|Person)#[\\d+]+⟧ 's|her|his|their) {w0-3}(?:album|albums|single|singles|record|records|EP|EPs|LP|LPs|debut) ,? {s:Song|Album}", confidence: 0.75, example: "Tom Alder produced Northwind's third album, Night Train (2006)." },
    { id: 'producer.credits-in-a-row', pattern: '{o:Person} {w0-2}(?=[^⟦⟧.;]{0,60}?\\b(?:co-)?produced\\b)(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted)(?: ,? (?:and )?(?:wrote|scripted|directed|produced|co-wrote|co-directed|co-produced|edited|co-scripted))+ {np}{s:Film}', confidence: 0.75, example: 'Mara Lind wrote, directed and produced the 2012 film Night Train.' },
  ],
};
