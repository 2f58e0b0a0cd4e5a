import type { PredicateRules } from '../pattern.ts';

// Song/Album → a chart it entered.
export const chartedIn: PredicateRules = {
  predicate: 'charted_in',
  subject: ['Song', 'Album'],
  object: ['Chart'],
  phrasings: [
    { id: 'charted_in.topped', pattern: '{s:Song|Album} {gap}(?:topped|top|tops|entered|enters|peaked|peaks|debuted|debuts|reached|reaches|charted|charts|climbed|climbs|hit|spent|landed|lands|ruled|holds|held|jumps|jumped|rises|rose|slips|slipped|falls|fell|sits|sat|remains|remained|stays|stayed|returns|returned|vaults|vaulted|soars|soared|opens|opened|reaching|peaking|topping|entering|debuting|charting|climbing|landing|spending) {gap}{o:Chart}', confidence: 0.8, example: 'Paper Moon, which had topped the Weekly Forty charts, returns.' },
    // '"Paper Moon" by the Norwegian band Northwind has held the No. 1 spot on the C': the artist after "by" stands between song and verb.
    { id: 'charted_in.by-artist-topped', pattern: '{s:Song|Album}(?:,)? (?:(?:sung|performed|recorded) )?(?:by|from) {occupation}{np}⟦(?:Band|Person)#[\\d+]+⟧(?:,? featuring {np}⟦(?:Band|Person)#[\\d+]+⟧)?(?:,)? (?:has |have |had |also |now )*(?:topped|tops|entered|enters|peaked|peaks|debuted|debuts|reached|reaches|charted|charts|climbed|climbs|held|holds|spent|spends|landed|lands|jumped|jumps|rose|rises|slipped|slips|fell|falls|opened|opens|returned|returns|remained|remains|stayed|stays) {gap}{o:Chart}', confidence: 0.75, example: '"Paper Moon" by the Norwegian band Northwind has held the No. 1 spot on the Quorvex Top 50 for a third week.' },
    // "X peaked at number 4 on the A chart and number 31 on the B": a second position on a second chart, one verb for both.
    { id: 'charted_in.and-number-on', pattern: '{s:Song|Album} {gap}(?:peaked|peaks|reached|reaches|debuted|debuts|charted|charts|climbed|climbs|peaking|reaching|debuting|charting|climbing) {gap}⟦Chart#[\\d+]+⟧ (?:chart )?(?:,? and|,) (?:at )?(?:number|No\\.) ?\\d+ (?:on|in) (?:the )?{o:Chart}', confidence: 0.75, example: 'Paper Moon peaked at number 4 on the Quorv Country Songs chart and number 31 on the Quorv Top 50.' },
    // "X was released as a single on 24 April 2019 by Harbor Records and peaked at number 6 on the C": a date and a label between.
    { id: 'charted_in.released-and-peaked', pattern: '^{s:Song|Album} (?:was|were) (?:first )?(?:released|issued) {clause-no-work}and (?:peaked|reached|debuted|charted|topped|climbed) {gap}{o:Chart}', confidence: 0.75, example: '"Paper Moon" was released as a single on 24 April 2019 by Harbor Records and peaked at number 6 on the Quorv Top 40.' },
    // "X peaked at number 4 on the A and reached number 2 on the B": a second verb for the second chart.
    { id: 'charted_in.and-verb-on', pattern: '{s:Song|Album} {gap}(?:peaked|reached|debuted|charted|climbed|topped|entered) {gap}⟦Chart#[\\d+]+⟧ (?:chart )?,? and (?:also )?(?:peaked|reached|debuted|charted|climbed|topped|entered) (?:at )?(?:number|No\\.) ?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:on|in) (?:the )?{o:Chart}', confidence: 0.75, example: 'Paper Moon peaked at number 4 on the Quorv Top 50 and reached number two on the Quorv Country Songs chart.' },
    // '"Paper Moon", sung by Mara Lind, which topped the C': the clause after the singer is the song's.
    { id: 'charted_in.sung-by-which', pattern: '{s:Song|Album} ,? (?:sung|performed|recorded) by {occupation}{np}⟦(?:Band|Person)#[\\d+]+⟧ , which (?:later |also |then )?(?:topped|entered|peaked|debuted|reached|charted|climbed) {gap}{o:Chart}', confidence: 0.75, example: 'The drama\'s soundtrack included "Paper Moon" sung by Mara Lind, which topped the Quorv Digital Chart.' },
    { id: 'charted_in.topped-chart-with', pattern: "(?:topped|tops|top|topping|led|leads|leading|swept|sweeps|ruled|rules|conquered|dominated|dominates) (?:the )?{o:Chart} (?:{w0-3})?with (?:⟦(?:Band|Person)#[\\d+]+⟧ 's )?{np}{s:Song|Album}", confidence: 0.75, example: 'The band Northwind has topped the Quorvex Top 40 with their new single "Paper Moon".' },
    { id: 'charted_in.place-with', pattern: '(?:number one|number-one|No\\. ?\\d+|number \\d+|top spot|top ten|top five|top 10|top 40|chart-topper|hit|entry) {w0-2}(?:on|in|atop) (?:the )?{o:Chart} with {np}{s:Song|Album}', confidence: 0.75, example: 'Mara Lind has landed her first number one on the Northwind Top 40 with "Paper Moon".' },
  ],
};
