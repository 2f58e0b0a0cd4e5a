import type { PredicateRules } from '../pattern.ts';

// Song → the album it is on.
export const partOf: PredicateRules = {
  predicate: 'part_of',
  subject: ['Song'],
  object: ['Album'],
  phrasings: [
    { id: 'part_of.single-from', names: ['o'], pattern: "{s:Song} {gap}(?:single|track|song|cut|b-side|ballad|number) (?:from|off|of|on) (?:{any} 's )?{np},? {o:Album}", confidence: 0.8, example: "Paper Moon is the second single from Northwind's album Night Train." },
    { id: 'part_of.as-single', names: ['o'], pattern: "{s:Song} {clause}(?:came out|was released|released|arrived|dropped|was issued|serves|served) {gap}as (?:the|its|their|his|her) {w0-2}(?:single|track) (?:from|off|of) (?:{any} 's )?{np},? {o:Album}", confidence: 0.75, example: 'The ballad "Paper Moon", his duet with Mara Lind, came out in May as the lead single from Night Train.' },
    { id: 'part_of.included-on', pattern: "{s:Song} {gap}(?:included|featured|appears|appeared|appear|appearing|released|recorded|found) (?:on|in) (?:{any} 's )?{np},? {o:Album}", confidence: 0.75, example: "The single Paper Moon came out in 1977. It was included on Mara Lind's 1977 album Night Train." },
    { id: 'part_of.from-album', names: ['o'], pattern: "{s:Song} ,? from (?:{any} 's )?{np}(?:album|EP|LP|record) {o:Album}", confidence: 0.8, example: "The single Paper Moon, from her album Night Train, charted." },
    { id: 'part_of.taken-from', names: ['o'], pattern: "^{s:Song} {clause}(?:taken from|from|off|included on|appears on|released on) {np}(?:{any} 's )?{np}(?:album|EP|LP|record|soundtrack|compilation|mixtape) ,? {o:Album}", confidence: 0.8, example: "Paper Moon is a song by Mara Lind, taken from her third studio album, Night Train (2000)." },
    { id: 'part_of.album-contains', pattern: '{o:Album} {gap}(?:contains|contained|includes|included) (?:the (?:songs|tracks|singles) )?{s:Song}', confidence: 0.7, example: 'The album Night Train contains "Paper Moon", "Glass" and "Harbor Lights".' },
    { id: 'part_of.hits-such-as', pattern: '{o:Album} {gap}(?:including|includes|included|collecting|collects|features|featuring) {w0-4}(?:hits|songs|singles|tracks) ,? (?:such as|like|including|among them) {s:Song}', confidence: 0.7, example: 'Night Train is a compilation including their biggest hits, such as "Paper Moon" and "Glass".' },
    { id: 'part_of.track-from-apposition', pattern: '(?:single|track|song|cut) (?:from|off|of|on) {o:Album} , {s:Song}', confidence: 0.7, example: 'The album Night Train came out in May. The first track from the album, "Paper Moon", was released in March.' },
    { id: 'part_of.album-includes', names: ['s'], pattern: '{o:Album} {gap}(?:includes|included|features|featured|contains|spawned|produced) {gap}(?:singles?|tracks?|songs?) :? {np}{s:Song}', confidence: 0.7, example: 'The album Night Train spawned the singles Paper Moon and Glass.' },
    { id: 'part_of.and-included', pattern: '{o:Album} , (?:was |is )?(?:released|issued|recorded|produced) {clause}and (?:also )?(?:included|includes|contained|contains|featured|features|spawned) (?:the )?(?:lead |hit |first |second |third |title )?(?:single|singles|song|songs|track|tracks) {np}{s:Song}', confidence: 0.7, example: 'Their debut album, Night Train, was released in 2011 on Harbor Records and included the single "Paper Moon".' },
    { id: 'part_of.album-possessive-single', names: ['s'], pattern: "{o:Album} 's (?:lead |first |second |third |fourth |fifth |final |last |only |title |debut |biggest |hit |closing |opening )*(?:single|track|song|b-side|ballad) ,? {s:Song}", confidence: 0.75, example: 'Mara Lind released her debut album, Night Train, in 2014. The album\'s lead single, "Paper Moon", reached number five.' },
    { id: 'part_of.song-then-album-possessive-single', names: ['s'], pattern: "{s:Song} , {o:Album} 's (?:lead |first |second |third |fourth |fifth |final |last |only |title |debut |biggest |hit |closing |opening )*(?:single|track|song|b-side|ballad)\\b", confidence: 0.75, example: 'The album Glass Coast is out. Mara Lind won for "Paper Moon", the album\'s second single.' },
    // "The album carries six tracks, led by the title track X": a title track is the album's in context.
    // "Northwind will release the album X on June 5. The lead single, "Y", premieres Thursday.": a single named by its place, with no owner, is the album's in context.
    { id: 'part_of.the-lead-single', objectFromContext: true, names: ['s'], pattern: "(?:^|[.;:] )(?:The|the) (?:lead|first|second|third|fourth|debut|opening|closing|focus|pre-release) (?:single|track) ,? {s:Song}", confidence: 0.65, example: 'Northwind will release the album Glass Harbor on June 5. The lead single, "Paper Moon", premieres this Thursday.' },
    { id: 'part_of.title-track', objectFromContext: true, names: ['s'], pattern: "(?:the|its|their|his|her) (?:new )?title (?:track|song) ,? {s:Song}", confidence: 0.7, example: 'Northwind will release their album Glass Harbor in May. It is led by the title track "Paper Moon".' },
    { id: 'part_of.recorded-for', names: ['o'], pattern: "^{s:Song} {clause}for {any} 's {np}(?:album|EP|LP|record|soundtrack|compilation|mixtape) ,? {o:Album}", confidence: 0.8, example: 'Paper Moon is a song recorded by Mara Lind for her third studio album, Night Train (2001).' },
  ],
};
