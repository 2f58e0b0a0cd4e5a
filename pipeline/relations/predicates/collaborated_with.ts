import type { PredicateRules } from '../pattern.ts';

// Band/Person ↔ Band/Person, symmetric. A list subject ("A and B have collaborated") pairs its members.
export const collaboratedWith: PredicateRules = {
  predicate: 'collaborated_with',
  subject: ['Band', 'Person'],
  object: ['Band', 'Person'],
  phrasings: [
    { id: 'collaborated_with.pair', pattern: '{s:Band|Person} (?:have|has|had|will)? {w0-2}(?:collaborated|teamed up|team up|worked together|joined forces|join forces|united|unite)\\b', confidence: 0.8, example: 'Mara Lind and Tom Alder have collaborated on this track.' },
    // Not a name that closes an aside: "The record, produced by A, included a duet with B" is no duet of A's.
    { id: 'collaborated_with.with', names: ['o'], pattern: '{s:Band|Person}(?: , (?:the|an?) (?:[^,.;⟦⟧]|⟦(?:Country|Genre|Date)#[\\d+]+⟧){1,50},)?(?! ,) {w0-3}(?:collaborated|collaborates|collaborating|teamed up|teams up|teaming up|partnered|partners|joined forces|joins forces|joining forces|duet|joint single|joint song|joint album|collaborative single) with {np}{o:Band|Person}', confidence: 0.8, example: 'The band Northwind teamed up with the singer Mara Lind.' },
    { id: 'collaborated_with.between', pattern: '(?:collaboration|duet|partnership) (?:between|of) {s:Band|Person}', confidence: 0.75, example: 'The single began a collaboration between Mara Lind and Tom Alder.' },
    { id: 'collaborated_with.mixed-pair', names: ['s', 'o'], pattern: '{s:Band|Person} and {np}{o:Band|Person} (?:have|has|had|will)? {w0-2}(?:collaborated|teamed up|team up|worked together|joined forces|join forces)\\b', confidence: 0.8, example: 'The band Northwind and their longtime friend Mara Lind have teamed up.' },
    // "Mara Lind's first collaboration with the band Northwind": the owner of a collaboration or duet is one side of it.
    { id: 'collaborated_with.possessive-with', pattern: "{s:Band|Person} 's {w0-2}(?:collaboration|duet|team-up) with {np}{o:Band|Person}", confidence: 0.75, example: "The single is Mara Lind's first collaboration with the band Northwind." },
    // "Mara Lind and Tom Alder released a joint single": the acts of a list subject that put out a joint work together.
    { id: 'collaborated_with.joint-work', pattern: '{s:Band|Person} {w0-3}(?:a |their )?(?:joint|collaborative) (?:single|song|track|album|EP|record)', confidence: 0.75, example: 'Mara Lind and Tom Alder released a joint single, Paper Moon, on Friday.' },
    // "The boy band Northwind and the rock band Glass Harbor have released a joint single": a pair set apart by their descriptions.
    { id: 'collaborated_with.mixed-pair-joint-work', names: ['s', 'o'], pattern: '{s:Band|Person} and {np}{o:Band|Person} (?:have |has |had |will )?{w0-2}(?:a |an |their )?(?:joint|collaborative) (?:single|song|track|album|EP|record)', confidence: 0.75, example: 'The boy band Northwind and Japanese rock band Glass Harbor have released a joint single, "Paper Moon".' },
    // "Their collaboration was recorded in one night", "The pair's new collaboration": the two acts last named together.
    // (Two phrasings: a slot in one alternative would ask every sentence for a band or person placeholder.)
    { id: 'collaborated_with.pair-collaboration', pairFromContext: true, pattern: "(?:(?:The|the) (?:pair|duo|two)['’]s|Their|their) (?:[a-z-]+ ){0,2}?(?:collaboration|team-up)\\b(?! (?:with|between)\\b)", confidence: 0.7, example: 'Mara Lind and the singer Tom Alder team up for "Paper Moon". Their collaboration was recorded in one night.' },
    { id: 'collaborated_with.owner-collaboration', pairFromContext: true, pattern: "{s:Band|Person} 's (?:[a-z-]+ ){0,2}?(?:collaboration|team-up)\\b(?! (?:with|between)\\b)", confidence: 0.7, example: 'The band Northwind and the singer Mara Lind met in May. Their collaboration was recorded in one night.' },
  ],
};
