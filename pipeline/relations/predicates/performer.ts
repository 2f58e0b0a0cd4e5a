import type { PredicateRules } from '../pattern.ts';

// Song/Album → the band or person who performs it.
export const performer: PredicateRules = {
  predicate: 'performer',
  subject: ['Song', 'Album'],
  object: ['Band', 'Person'],
  phrasings: [
    { id: 'performer.possessive', pattern: "{o:Band|Person} 's {np}{s:Song|Album}", confidence: 0.85, example: "Northwind's new single Paper Moon is out." },
    { id: 'performer.teamed-up-with-for', pattern: '(?:teamed up|teams up|collaborated|collaborates|joined forces|joins forces|paired up) with {np}{o:Band|Person} for {np}{s:Song|Album}', confidence: 0.75, example: 'The band Northwind have teamed up with the singer Mara Lind for "Paper Moon".' },
    { id: 'performer.teamed-up-for', pattern: '{o:Band|Person} {w0-3}(?:teamed up|teams up|collaborated|collaborates|joined forces|joins forces|paired up) with {any} for {np}{s:Song|Album}', confidence: 0.75, example: 'The band Northwind have teamed up with Mara Lind for "Paper Moon", a pop song.' },
    { id: 'performer.apposition-owner', pattern: "{s:Song|Album} , {o:Band|Person} 's {np}(?:album|single|song|EP|LP|record|track|hit|ballad|duet|anthem|number|collaboration)", confidence: 0.8, example: "The single is her first since the album Night Train, Mara Lind's third solo album." },
    { id: 'performer.possessive-apposition', pattern: "{o:Band|Person} 's {np}(?:album|single|song|EP|LP|record|track|hit|ballad) ,? {s:Song|Album}", confidence: 0.8, example: "It is the lead single from Mara Lind's sixth studio album, Night Train." },
    { id: 'performer.verb', pattern: '{o:Band|Person} {w0-4}(?:sung|sang|sings|sing|performed|performs|perform|recorded|records|record|released|releases|release|delivered|covered|covers|dropped|drops|unveiled|unveils) {np}{s:Song|Album}', confidence: 0.8, example: 'Northwind is set to release a new single Paper Moon.' },
    { id: 'performer.lent-vocals', pattern: "{o:Band|Person} {w0-3}lent {any} 's vocals (?:for|to|on) {np}{s:Song|Album}", confidence: 0.8, example: "The band Northwind lent their vocals to the ballad 'Paper Moon'." },
    { id: 'performer.by', names: ['o'], pattern: '{s:Song|Album} {gap}(?:song|single|track|album|EP|LP|ballad|number|duet|record|mixtape|hit|cover|recordings|recording|songs|tracks) (?:originally |first )?(?:recorded |performed |released |sung |written and performed |written and recorded )?by {np}{o:Band|Person}', confidence: 0.8, example: 'Paper Moon is a song by Northwind.' },
    { id: 'performer.recording-of', pattern: "{o:Band|Person} 's {np}(?:recording|version|rendition|cover|performance) of {np}{s:Song}", confidence: 0.75, example: 'The band Northwind is best known for their hit recording of "Paper Moon".' },
    { id: 'performer.whose-hits', pattern: '{o:Band|Person} ,? whose {w0-2}(?:hits|songs|singles|hit songs|hit singles|albums) (?:include|included|are|were) {s:Song|Album}', confidence: 0.75, example: 'Tom Alder sang in the band Northwind, whose hit songs include "Paper Moon" and "Glass".' },
    { id: 'performer.copula-possessive', pattern: "^{s:Song|Album} (?:is|was|became) {w0-1}{o:Band|Person} 's {w0-4}(?:single|song|track|album|EP|hit|ballad|record)", confidence: 0.8, example: "The song Paper Moon was Mara Lind's second single." },
    { id: 'performer.credited-to', names: ['o'], pattern: '{s:Song|Album} {gap}(?:song|single|track|album|EP|record|recording) (?:credited|attributed) to {np}{o:Band|Person}', confidence: 0.8, example: 'Paper Moon is a 1967 single credited to Mara Lind.' },
    { id: 'performer.performed-by', names: ['o'], pattern: '{s:Song|Album} {gap}(?:performed|sung|recorded|released|written and performed) by {np}{o:Band|Person}', confidence: 0.8, example: 'The single Paper Moon was written and performed by Mara Lind.' },
    { id: 'performer.title-by', pattern: '{s:Song|Album} ,? by {np}{o:Band|Person}', confidence: 0.75, example: "The song 'Paper Moon' by the band Northwind topped the chart." },
    { id: 'performer.hits-including', names: ['s'], pattern: '{o:Band|Person} {w0-3}(?:released|delivered|recorded|had|scored) {w0-4}(?:songs|tracks|singles|hits) ,? (?:including|such as|notably|like|the most popular one being|the biggest being|among them) {s:Song|Album}', confidence: 0.7, example: 'The band Northwind have delivered several hit tracks, the most popular one being Paper Moon.' },
    { id: 'performer.whose', pattern: '{o:Band|Person} , whose {np}{s:Song|Album}', confidence: 0.75, example: 'Mara Lind, whose "Paper Moon" ruled the summer, was named Singer of the Season.' },
    { id: 'performer.featuring', pattern: '{s:Song} ,? (?:featuring|feat\\.|ft\\.) {o:Band|Person}', confidence: 0.75, example: 'It ended the run of Mara Lind\'s "Paper Moon", featuring Tom Alder.' },
    { id: 'performer.award-for', pattern: '{o:Band|Person} (?!,){gap}(?:won|wins|took|takes|took home|collected|picked up|shared|earned|received|scooped|among them|including) {w0-2}⟦Award#[\\d+]+⟧ for {np}{s:Song|Album}', confidence: 0.65, example: 'Mara Lind won Best Folk Album for Night Train.' },
    { id: 'performer.after-earlier', pattern: "{o:Band|Person} 's {np}(?:{any} )?(?:chart-topper|chart-toppers|No\\. 1|number one|number-one|hit|hits|single) ,? (?:after|following) {s:Song}", confidence: 0.65, example: 'Mara Lind had a new hit this week. It is her fifth chart-topper, after "Paper Moon" and "Glass Coast".' },
    { id: 'performer.cover-of', pattern: "{o:Band|Person} {w0-4}(?:released|recorded|performed|covered|sang|cut) (?:an? |their |her |his )?(?:own )?(?:cover version|cover|version|rendition|remake) of (?:{any} 's )?{np}{s:Song}", confidence: 0.75, example: "In 1997 the band Northwind released a cover version of Mara Lind's \"Paper Moon\"." },
    { id: 'performer.hit-for', pattern: '{s:Song} ,? (?:an? |the )?{w0-4}(?:hit|single|number one|number-one hit|chart-topper) for {np}{o:Band|Person}', confidence: 0.7, example: 'Tom Alder co-wrote the ballad "Paper Moon", a worldwide number one hit for Mara Lind.' },
    { id: 'performer.by-described-artist', pattern: '{s:Song|Album} ,? by (?:the |an? )?(?:(?:[^\\s⟦⟧,.;]+|⟦(?:Country|Genre|Date)#[\\d+]+⟧) ){0,6}?(?:band|group|duo|trio|singer|rapper|artist|musician|project|ensemble|outfit|singer-songwriter) {o:Band|Person}', confidence: 0.75, example: 'Tom Alder played on the album Night Train by the Swedish melodic death metal band Northwind.' },
  ],
};
