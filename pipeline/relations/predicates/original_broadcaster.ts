import type { PredicateRules } from '../pattern.ts';

// TVSeries → the channel that first aired it.
export const originalBroadcaster: PredicateRules = {
  predicate: 'original_broadcaster',
  subject: ['TVSeries'],
  object: ['Organization'],
  phrasings: [
    { id: 'original_broadcaster.aired-on', names: ['s', 'o'], pattern: '(?<!\\b[Ii]n (?:the )?⟦Country#[\\d+]+⟧ ,? ){s:TVSeries} {gap}(?:air|airs|aired|airing|broadcast|broadcasts|premiered|premieres|ran|runs|run|premiere) (?:(?:on |in )?{date} ,? )?(?:on|by|via) {o:Organization}', confidence: 0.8, example: 'The drama Night Train, which first aired on Channel Nine, returns.' },
    { id: 'original_broadcaster.and-aired-on', names: ['o'], pattern: '^{s:TVSeries} {clause}(?:and|,|that|which) (?:first |originally )?(?:aired|ran|premiered|was broadcast) on (?:the )?{o:Organization}', confidence: 0.7, example: 'The drama Night Train was written by Mara Lind and ran on Harbor TV in 2010.' },
    { id: 'original_broadcaster.a-channel-drama', pattern: '{s:TVSeries} , (?:a|an) {o:Organization} {np}', confidence: 0.7, example: 'The drama Night Train, a Harbor TV romantic comedy, ended.' },
    { id: 'original_broadcaster.channel-cue', names: ['o'], pattern: '{o:Organization} (?:⟦Genre#[\\d+]+⟧ )*(?:drama|dramas|series|miniseries|mini-series|sitcom|show|variety show|K-drama) {s:TVSeries}', confidence: 0.65, example: 'Mara Lind sang the theme for the upcoming Harbor TV drama Glass Harbor.' },
    { id: 'original_broadcaster.channel-genre', pattern: "\\bthe {o:Organization} (?:[a-z-]+ ){0,2}⟦Genre#[\\d+]+⟧ (?:drama |series |show )?{s:TVSeries}", confidence: 0.65, example: 'Before the army, Mara Lind led the series Silver Coast and the Harbor TV legal thriller Glass Harbor.' },
    { id: 'original_broadcaster.premiere-date-for', pattern: "{o:Organization} (?:has |have |had )?(?:set|confirmed|announced|locked in|unveiled|revealed) (?:a |the )?(?:premiere|air|broadcast) (?:date|slot) (?:for|of) {np}{s:TVSeries}", confidence: 0.7, example: 'Harbor TV has set a premiere date for Glass Harbor, its new drama.' },
    { id: 'original_broadcaster.made-for', pattern: "(?:made|produced|created|wrote|directed) (?:{any} 's )?{np}{s:TVSeries} for {o:Organization}", confidence: 0.7, example: "Harbor Channel has set a premiere date for the drama Glass Coast. The cable channel has hired director Mara Lind, who made last year's drama Paper Moon for the network." },
    // "Harbor TV has ordered the drama Glass Harbor", "the series, which Harbor TV ordered in May": the channel that commissioned it.
    { id: 'original_broadcaster.ordered', pattern: "{o:Organization} (?:has |have |had |officially )*(?:ordered|commissioned|greenlit|green-lit) (?:a |an |the )?(?:new )?(?:[a-z-]+ ){0,2}(?:drama|series|miniseries|sitcom|show|comedy|thriller) {s:TVSeries}", confidence: 0.7, example: 'The streamer Harbor Plus has ordered the drama Glass Harbor.' },
    { id: 'original_broadcaster.which-ordered', pattern: "{s:TVSeries} , (?:which|that) {o:Organization} (?:has |had |first )?(?:ordered|commissioned|greenlit|green-lit)\\b", confidence: 0.7, example: 'The comedy series Glass Harbor, which Harbor TV ordered last year, returns in May.' },
    // "Salt Harbor, NWTV's new drama, premieres in May": a channel owning the series named in apposition before it.
    { id: 'original_broadcaster.apposition-possessive', pattern: "{s:TVSeries} , {o:Organization} 's (?:[a-z-]+ |⟦Genre#[\\d+]+⟧ ){0,3}(?:drama|series|miniseries|sitcom|show|anime)\\b", confidence: 0.7, example: "Mara Lind sings the theme of the drama Salt Harbor, Harbor Channel's new drama." },
    { id: 'original_broadcaster.possessive', pattern: "{o:Organization} 's {np}{s:TVSeries}", confidence: 0.7, example: "Mara Lind played the queen in Harbor Channel's drama Glass Harbor." },
  ],
};
