import type { PredicateRules } from '../pattern.ts';
import { OUTSIDER_ROLES } from '../../lexicon/index.ts';

/** "the band's longtime collaborator A": a role word of someone outside the band, after up to two other words. */
const NOT_AN_OUTSIDER = `(?!(?:[a-z-]+ ){0,2}\\b(?:${OUTSIDER_ROLES.join('|')})\\b)`;
// "Northwind's tribute to Tom Alder", "the band's song for Mara Lind": a preposition before the person makes them no member.
const NO_PREPOSITION = '(?!(?:[a-z-]+ ){0,1}(?:to|for|with|by|from|about|of|on|at|in|against|toward|towards) ⟦)';

// Person → the band they belong to.
export const memberOf: PredicateRules = {
  predicate: 'member_of',
  subject: ['Person'],
  object: ['Band'],
  phrasings: [
    { id: 'member_of.possessive', pattern: `{o:Band} 's (?:own )?${NOT_AN_OUTSIDER}${NO_PREPOSITION}{w0-2}{s:Person}`, confidence: 0.8, example: "The band Northwind toured. Northwind's drummer Tom Alder shared his opinion." },
    { id: 'member_of.member-of', names: ['s', 'o'], pattern: '{s:Person} ,? {w0-3}(?:member|members|leader|vocalist|singer|rapper|guitarist|drummer|bassist|frontman|frontwoman|maknae|co-founder|founder) of {np}{o:Band}', confidence: 0.85, example: 'Tom Alder, the lead vocalist of Northwind, spoke.' },
    { id: 'member_of.is-role-of', pattern: '{s:Person} {gap}(?:is|was|became|as) (?:the |a |an )?(?:lead |founding |original |former |main |rhythm |lead-)?(?:member|vocalist|singer|guitarist|drummer|bassist|frontman|frontwoman|keyboardist|co-founder|founder|leader)(?: and [^⟦⟧.;]{0,40}?)? of (?:the )?{np}{o:Band}', confidence: 0.75, example: 'Tom Alder was a Welsh singer, best known as the lead vocalist and composer of the rock band Northwind.' },
    { id: 'member_of.as-well-as-role-of', pattern: '{s:Person} {gap}(?:is|was|became|as) (?:the |a |an )?(?:lead |founding |original |former |main |rhythm |lead-)?(?:member|vocalist|singer|guitarist|drummer|bassist|frontman|frontwoman|keyboardist|co-founder|founder|leader)(?: and [^⟦⟧.;]{0,40}?)? of (?:the )?{np}⟦Band#[\\d+]+⟧ ,? (?:as well as|and) (?:the |a |an )?(?:lead |founding |original |former |main |rhythm |lead-)?(?:member|vocalist|singer|guitarist|drummer|bassist|frontman|frontwoman|keyboardist|co-founder|founder|leader) of (?:the )?{np}{o:Band}', confidence: 0.7, example: 'Mara Lind (born 1981) is the guitarist of the metal band Northwind, as well as guitarist of the power metal band Glasswing.' },
    // "Tom Alder left Northwind in 2010 to join the trio Glass Harbor".
    { id: 'member_of.left-to-join', pattern: "{s:Person} {w0-2}(?:left|quit|departed) {np}⟦Band#[\\d+]+⟧ {gap}to (?:join|form|found|co-found|start) {np}{o:Band}", confidence: 0.7, example: 'Tom Alder left the band Northwind in 2010 to join the trio Glass Harbor.' },
    // "Members A, B and C will form Moonrise", "A and B are set to form the group's first sub-unit, X": people who are
    // to form something form a group (a company has a suffix or a cue noun of its own).
    { id: 'member_of.will-form', names: ['o'], pattern: "{s:Person} (?:will|would|are to|are set to|are going to|plan to|to) form (?:(?:the |a |an |their |its |⟦Band#\\d+⟧ 's )?(?:[a-z-]+ ){0,2}(?:group|band|unit|sub-unit|subunit|duo|trio|quartet|quintet) ,? )?{o:Band}", confidence: 0.7, example: 'The group Northwind is growing. Members Yuna, Mina and Hana will form Glass Moon, the group\'s first sub-unit.' },
    { id: 'member_of.with-joined', pattern: '{s:Person} with {any} (?:joined|rejoined) {np}{o:Band}', confidence: 0.7, example: 'Later Tom Alder with Mara Lind joined the Oslo-based folk band Northwind.' },
    { id: 'member_of.with-other-joined', pattern: '{any} with {s:Person} (?:joined|rejoined) {np}{o:Band}', confidence: 0.7, example: 'Later Tom Alder with Mara Lind joined the Oslo-based folk band Northwind.' },
    // "Quorvine is made up of Yuna, Mina and Hana": what is made up of people is a group, whatever its name's shape.
    { id: 'member_of.made-up-of-people', names: ['o'], pattern: '{o:Band} (?:is made up of|are made up of|was made up of|were made up of|consists of|consist of|consisted of|comprises|comprised) {s:Person}', confidence: 0.8, example: 'Quorvine is made up of Tom Alder, Mara Lind and Kim Ha-neul.' },
    // "At the time, X consisted of A, B and C", "X's original line-up consisted of A (vocals) and B (drums)": the past tense and the band's possessive too.
    { id: 'member_of.band-are', names: ['s'], pattern: "{o:Band} (?:'s (?:[a-z]+ )?(?:line-up|lineup|members|personnel) |{w0-4})(?:are|is made up of|was made up of|were made up of|consists of|consist of|consisted of|consisting of|comprises|comprise|comprised|comprising|members are|line-up is|lineup is|line-up was|lineup was) (?:[a-z]+ )?{s:Person}", confidence: 0.8, example: 'The band Northwind are Tom Alder, Mara Lind and Kim Ha-neul.' },
    { id: 'member_of.band-member', names: ['s', 'o'], pattern: '{o:Band} (?:member|members|leader|vocalist|rapper|singer|guitarist|drummer|bassist|maknae|frontman|frontwoman|keyboardist) ,? {s:Person}', confidence: 0.85, example: 'Northwind member Tom Alder shared the news.' },
    // "The group is led by A and also includes B, C and D": the rest of the line-up after its leader.
    { id: 'member_of.led-by-and-includes', names: ['s'], pattern: '{o:Band} {gap}(?:is |are |was |were )?(?:led|fronted|headed) by {np}⟦Person#[\\d+]+⟧ ,? and (?:also )?(?:includes|include|included|features|featured) (?:members? )?{s:Person}', confidence: 0.75, example: 'The group Northwind, formed in Oslo in 2020, is led by Tom Alder and also includes Mara Lind and Kim Ha-neul.' },
    { id: 'member_of.fronted-by', names: ['s'], pattern: '{o:Band} ,? (?:who are |which is )?(?:fronted|led|headed|founded|co-founded) by {np}{s:Person}', confidence: 0.75, example: 'The five-piece band Northwind, fronted by singer Mara Lind, recorded the album in Oslo.' },
    // A personnel list: "Northwind: Tom Alder (vocals, guitar), Mara Lind (bass) and Vince Hale (drums)" (the bracketed parts say what each plays).
    { id: 'member_of.personnel-list', names: ['s'], pattern: '^{o:Band} : {s:Person} \\( [a-z]', confidence: 0.7, example: 'Glass Harbor is the third album by the rock band Northwind. Northwind: Tom Alder (vocals, guitar), Mara Lind (bass) and Vince Hale (drums).' },
    { id: 'member_of.before-joining', pattern: '{s:Person} {gap}(?:before|after|since|upon|by) (?:joining|rejoining|co-founding|founding|forming) {np}{o:Band}', confidence: 0.7, example: 'Mara Lind sang in church choirs before joining the folk group Northwind in 1976.' },
    { id: 'member_of.joined', pattern: '{s:Person} {w0-2}(?:joined|co-founded|founded|formed|left|quit|rejoined) {np}{o:Band}(?! on ⟦Song)', confidence: 0.7, example: 'Tom Alder joined the band Northwind in 2001.' },
    // "A, who joined them on 'Song'": a guest on one song (performer.host-on), not a member.
    { id: 'member_of.apposition-role', pattern: "{s:Person} , {o:Band} 's {w0-2}(?:leader|member|singer|vocalist|rapper|guitarist|drummer|bassist|frontman|frontwoman|maknae|keyboardist|producer)", confidence: 0.8, example: "The band Northwind toured, and Tom Alder, the band's leader, spoke." },
    { id: 'member_of.fraction-of', names: ['s'], pattern: '{s:Person} ,? [^⟦⟧,;]{0,30}?(?:one half|half|one third|a third|one quarter|a quarter) of (?:the )?{np}{o:Band}', confidence: 0.8, example: 'The song features Tom Alder, one half of the duo Northwind.' },
    // "Made up of singer A and guitarist B, the duo X have ...": the members fronted before the band they make up.
    { id: 'member_of.made-up-of-fronted', names: ['s'], pattern: '^(?:Made up of|Comprising|Consisting of|Formed by) (?:[a-z-]+ )?{s:Person} , (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:band|group|duo|trio|quartet|quintet|pair|outfit|act|four-piece|five-piece|three-piece)?\\s?{o:Band}', confidence: 0.75, example: 'Made up of singer Mara Lind and guitarist Tom Alder, the duo Northwind have scored their first hit.' },
    // "X, the production duo of A and his cousin B": the relative is the pair's other member.
    { id: 'member_of.group-of-kin', names: ['o'], pattern: "{o:Band} , (?:the |a |an )?{np}(?:duo|pair|team|partnership) of ⟦Person#[\\d+]+⟧ and ⟦Person#[\\d+]+⟧ 's (?:(?:younger|older|elder|twin) )?(?:brother|sister|cousin|wife|husband|son|daughter|father|mother|partner) {s:Person}", confidence: 0.75, example: 'The song was produced by Northwind, the production duo of Tom Alder and his cousin Kim Alder.' },
    { id: 'member_of.group-of', names: ['s', 'o'], pattern: '{o:Band} , (?:the |a |an )?{np}(?:duo|trio|quartet|quintet|band|group|pair|outfit|act) of {s:Person}', confidence: 0.8, example: 'The track was made by Northwind, the Swedish dance duo of Tom Alder and Mara Lind.' },
    { id: 'member_of.former-member', pattern: '{s:Person} {gap}(?:a |the )?(?:former |founding |original |longtime |lead |one-time )?(?:member|members|co-founder|founder|frontman|frontwoman|vocalist|singer) of {np}{o:Band}', confidence: 0.75, example: 'Tom Alder is known for being a former member of the pop group Northwind.' },
    // "The girl group Northwind debuts in May. Members Yuna, Mina and Hana trained for three years.": a list that opens
    // its sentence after "Members" is the line-up of the band the text last named.
    { id: 'member_of.sentence-opening-member', objectFromContext: true, pattern: '(?:^|(?<=[.;] ))(?:(?:Former|Founding|Original|Current|Longtime|Touring|Fellow) (?:band |group )?(?:member|members|guitarist|drummer|bassist|vocalist|keyboardist|singer)|Members) {s:Person}', confidence: 0.65, example: 'Northwind is a rock band from Oslo. Former member Tom Alder left in 2010.' },
    { id: 'member_of.formerly-of', pattern: '{s:Person} {gap}(?:formerly|previously|once) (?:one half |half |a third |one third |a quarter |part |a member )?of {np}{o:Band}', confidence: 0.75, example: 'The song was co-written by Tom Alder, formerly of the duo Northwind.' },
    { id: 'member_of.formed-with', pattern: '(?:formed|founded|co-founded|started) {np}{o:Band} (?:together )?with {np}{s:Person}', confidence: 0.7, example: 'In 1997 he formed the duo Northwind with Tom Alder.' },
    { id: 'member_of.formed-by', pattern: '{o:Band} {gap}(?:was |were )?(?:formed|founded|co-founded|started) {gap}(?:by|around) {np}{s:Person}', confidence: 0.75, example: 'The band Northwind was formed in 1976 by guitarist Tom Alder and bassist Mara Lind.' },
    // (and "The band formed in Oslo in 2019 around singer Tom Alder and guitarist Mara Lind".)
    { id: 'member_of.apposition-band-role', pattern: '{s:Person} , (?:the |a )?(?:late |former |current |founding |original |longtime )?{o:Band} (?:member|leader|vocalist|singer|rapper|guitarist|drummer|bassist|frontman|frontwoman|keyboardist|maknae)', confidence: 0.8, example: 'Tom Alder, the late Northwind frontman, was honoured posthumously.' },
    { id: 'member_of.back-in', pattern: "{s:Person} (?:is |was |are |were )?back in {np}{o:Band}", confidence: 0.65, example: 'The band Northwind will tour in May, with Tom Alder back in Northwind.' },
    { id: 'member_of.fronts', names: ['s'], pattern: '{s:Person} (?:fronts|fronted|now fronts) {np}{o:Band}', confidence: 0.75, example: 'The band Northwind won the prize. Singer Tom Alder fronts the quartet.' },
    { id: 'member_of.described-band-consisting-of', names: ['s'], pattern: '{o:Band} {gap}(?:band|group|ensemble|duo|trio|quartet|quintet|collective|project) (?:formed |founded )?{gap}(?:consisting of|comprising|made up of) (?:[a-z]+ )?{s:Person}', confidence: 0.75, example: 'Northwind is a Swedish electronic ensemble formed in 1986 consisting of Tom Alder, Mara Lind and Kim Ha-neul.' },
  ],
};
