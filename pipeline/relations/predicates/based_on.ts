import type { PredicateRules } from '../pattern.ts';

// Film/TVSeries → the work it remakes or adapts.
export const basedOn: PredicateRules = {
  predicate: 'based_on',
  subject: ['Film', 'TVSeries'],
  object: ['Film', 'TVSeries', 'Book'],
  phrasings: [
    { id: 'based_on.remake-of', names: ['o'], pattern: '{s:Film|TVSeries} {gap}(?:remake|adaptation|reboot|re-imagining|version) of {np}{o:Film|TVSeries|Book}', confidence: 0.85, example: 'The film Night Train is a remake of the 2016 drama Glass Harbor.' },
    { id: 'based_on.based-on', names: ['o'], pattern: "{s:Film|TVSeries} {gap}(?:based on|adapted from|inspired by|remade from) (?:{any} 's )?{np}{o:Film|TVSeries|Book}", confidence: 0.8, example: 'The film Night Train is based on the novel Paper Moon.' },
    // "A Japanese remake, X (2017), was directed by A": the remake named after its description is of the work in context.
    // A remake or reboot is of a film or series, never of the novel named last ("adapted from a novel, X. The remake, titled Y, ...").
    { id: 'based_on.a-remake-named', objectFromContext: true, objectIsOriginal: true, contextObjectTypes: ['Film', 'TVSeries'], names: ['s'], pattern: '(?:^|(?<=[.;] ))(?:A|An|The|Its) (?:⟦(?:Country|Date)#[\\d+]+⟧ )?(?:remake|reboot) (?:film |series )?,? (?:titled |entitled |called )?{s:Film|TVSeries}', confidence: 0.65, example: 'The film Night Train came out in 2009. A Japanese remake, Paper Moon, followed in 2017.' },
    { id: 'based_on.an-adaptation-named', objectFromContext: true, objectIsOriginal: true, names: ['s'], pattern: '(?:^|(?<=[.;] ))(?:A|An|The|Its) (?:⟦(?:Country|Date)#[\\d+]+⟧ )?adaptation (?:film |series )?,? (?:titled |entitled |called )?{s:Film|TVSeries}', confidence: 0.65, example: 'The film Night Train came out in 2009. A Japanese adaptation, Paper Moon, followed in 2017.' },
    { id: 'based_on.remade-as', names: ['s'], pattern: '{o:Film|TVSeries} (?:was|were|has been|is being|will be) (?:{w0-3} )?remade (?:{gap})?as {np}{s:Film|TVSeries}', confidence: 0.8, example: 'The film Night Train was remade in 2019 as Glass Coast.' },
    // "The novel was adapted into a 1993 film of the same name": the work it was made into, often only a description.
    { id: 'based_on.adapted-into', names: ['s'], pattern: '{o:Film|TVSeries|Book} (?:was|were|has been|is being|will be) (?:{w0-3} )?(?:adapted|turned|made) (?:{gap})?into {np}{s:Film|TVSeries}', confidence: 0.8, example: 'The novel Paper Moon was adapted into a 2016 film of the same name.' },
    { id: 'based_on.reworks', names: ['o'], pattern: '{s:Film|TVSeries} {gap}(?:reworked|reworks|remade|remakes|adapted|adapts) (?:{any} \'s )?{np}{o:Film|TVSeries|Book}', confidence: 0.7, example: 'Glass Harbor, the 2019 series that reworked the 2012 film Night Train, won.' },
  ],
};
