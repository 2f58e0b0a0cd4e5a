// Phrases before a name that say what the name is. One row per phrasing, with
// a made-up example; typing applies them in order and the first match wins.
import type { EntityType } from '../types.ts';
import { BAND_ROLES } from './index.ts';

export interface RoleContext {
  id: string;
  /** Matched against the (lower-cased) four words before the name ("sequel to 2005 's"). */
  before?: RegExp;
  /** Matched against the (lower-cased) three words after the name. */
  after?: RegExp;
  type: EntityType;
  /** Only when the name is shaped like a person's ("directed by Mara Lind", not "by Northwind"). */
  needsPersonShape?: boolean;
  /** Only when the name is two or three capitalised words of letters ("Quorra Venn", not "NWTV" or "Night Train Records"). */
  needsNameShape?: boolean;
  /** A person when the name is shaped like one, else the given type ("Mara Lind sang" vs "Northwind sang"). */
  personIfShaped?: boolean;
  /** Only for a name standing alone, not an item of a list ("A and B are"). */
  alone?: boolean;
  /** Never for a name shaped like a person's. */
  notPersonShaped?: boolean;
  /** A film or a series, whichever the article's cue nouns name more often. */
  screenWork?: boolean;
  /** A work of the kind the article is about: its screen type, or an album in an article about music. */
  anyWork?: boolean;
  /** Both `before` and `after` must match (otherwise either does). */
  both?: boolean;
  /** Not when the words after the name match ("version of A's X": A owns the work and is none). */
  notAfter?: RegExp;
  /** Not when the words before the name match ("X by Northwind topped": the name after "by" is the act, not what charted). */
  notBefore?: RegExp;
}

export const ROLE_CONTEXTS: RoleContext[] = [
  // "who broke out in Night Train", "she starred in Night Train"
  { id: 'acted-in', before: /\b(starred|starring|appeared|appears|broke out|co-starred|acted|debuted|cameo) in$/, type: 'Film', screenWork: true, notPersonShaped: true },
  // "Night Train stars Tom Alder as a spy": what stars someone is a film or a series (not "stars in", "stars as").
  { id: 'stars-someone', after: /^(stars|starred|co-stars|co-starred) (?!(in|as|on|at|with|alongside|opposite|and|for|of)\b)[a-z]/, type: 'Film', screenWork: true, notPersonShaped: true },
  // "when Night Train opens in cinemas", "Night Train, which opens in Swedish theatres"
  { id: 'in-cinemas', after: /^(, )?(which |that )?(opens|opened|open|opening|premieres|premiered|arrives|arrived|hits|hit|released) in (\S+ )?(cinemas|theaters|theatres|movie theaters)\b/, type: 'Film', notPersonShaped: true },
  // "Night Train, which airs Mondays on NWTV", "Night Train, which began airing in April": what airs is a series.
  { id: 'which-airs', after: /^, (which|that) (airs|aired|is airing|began airing|begins airing|started airing|will air)\b/, type: 'TVSeries', notPersonShaped: true },
  // "roles in films including Night Train, Glass Coast and ...", "a recurring role in Night Train": a screen work
  // "guest starred on such shows as Night Train": "such <works> as" too
  { id: 'screen-works-including', before: /\b(?:(films|movies|series|shows|dramas|telenovelas|sitcoms|miniseries) (including|such as)|such (films|movies|series|shows|dramas|telenovelas|sitcoms|miniseries|programmes|programs) as)$/, type: 'Film', screenWork: true, notPersonShaped: true },
  { id: 'role-in', before: /\b(role|roles|appearance|appearances|part|parts) (in|on)$/, type: 'Film', screenWork: true, notPersonShaped: true, alone: true },
  // "she sang on Night Train (2016)": a record someone sings on is an album
  { id: 'sang-on', before: /\b(sang|sung|sings|sing|played|plays) on$/, type: 'Album' },
  // "they had sung Paper Moon for the drama"
  { id: 'sung', before: /\b(sung|sang|sing|sings|singing|covered|covers)$/, notAfter: /^['’]s?\b/, type: 'Song' },
  // "Northwind will release the single ...", "Mara Lind has sung ..."
  // "It was later covered by Northwind", "a song re-recorded by Mara Lind": who covers a song is an act.
  { id: 'covered-by', before: /\b(covered|re-recorded) by$/, type: 'Band', personIfShaped: true },
  // "Haeun has released her first solo single", "Quorv drops a new solo single": one act's own "her"/"his" or "solo" says a person.
  { id: 'performs-own', after: /^(has |have |had |will |is set to )?(also )?(sung|sang|sings|performed|performs|released|releases|release|recorded|records|drops|dropped|unveiled|unveils) ((her|his) |(a |an |the )?(new |first |debut |second |third |latest )?solo\b)/, type: 'Person' },
  // "When Quorvine put out their first record in 2019": a single name that puts out "their" record is a group.
  { id: 'puts-out-their', after: /^(put|puts|putting|brought|self-released|issued|dropped|cut) (out )?their\b/, type: 'Band', alone: true, notPersonShaped: true },
  { id: 'performs', after: /^(has |have |had |will |is set to |are set to )?(also )?(sung|sang|sings|performed|performs|released|releases|release|recorded|records)\b/, type: 'Band', personIfShaped: true },
  // "Mara Lind's 1977 Night Train album", "the Night Train LP": the cue after a name, owned or determined, is its head noun
  { id: 'album-after', before: /(['’]s?|\bthe|\btheir|\bher|\bhis|\bits)( (19|20)\d\d)?$/, after: /^(album|LP|EP|mixtape)\b/, type: 'Album', both: true },
  // "Night Train (2014)", "her 1987's Night Train": a title dated by a bare year is a work
  { id: 'dated-title', after: /^\( (19|20)\d\d \)/, type: 'Film', anyWork: true, notPersonShaped: true },
  // "the sequel to 2005's Night Train": a sequel or remake of a dated title is a screen work, whatever the article's music cues
  { id: 'sequel-to-dated', before: /\b(sequel|prequel|remake) (to|of) (19|20)\d\d ?['’]s$/, type: 'Film', screenWork: true, notPersonShaped: true },
  // "from their 2011 release Paper Moon", "the 1998 release Glass": a dated release named after it is a work (not "its release Mara Lind ...": the year is needed)
  { id: 'dated-release', before: /(['’]s?|\bthe|\btheir|\bher|\bhis|\bits) (19|20)\d\d (release|re-release)$/, type: 'Album', anyWork: true, notPersonShaped: true },
  // "the US version of Life in Glass", "an English remake of Quorv": what a version is made of is a work of the article's kind
  { id: 'version-of', before: /\b(version|remake|adaptation|reboot|spin-off) of$/, notAfter: /^['’]/, type: 'Film', anyWork: true, notPersonShaped: true },
  // "Paper Moon, based on the webtoon of the same name, will air": a name set off before "based on" is a film or series.
  { id: 'based-on-after', after: /^, based on\b/, type: 'Film', screenWork: true, notPersonShaped: true },
  // "it was remade in 2012 as Last Light", "later adapted into Quorv": what a work is remade as is a screen work
  // "it was remade in China as Moon Harbour": a country between.
  // What a work is remade as is a work, even when named like a person ("remade as Moon Harbor"): "adapted into" may
  // still name a person's work, so that one is left to names of no person's shape.
  { id: 'remade-as', before: /\b(remade|re-made)( in (19|20)\d\d| in [a-z]+(?: [a-z]+)?)? (as|into)$/, notAfter: /^['’]/, type: 'Film', screenWork: true },
  { id: 'adapted-into', before: /\badapted( in (19|20)\d\d| in [a-z]+(?: [a-z]+)?)? (as|into)$/, type: 'Film', screenWork: true, notPersonShaped: true },
  { id: 'year-possessive', before: /\b((19|20)\d\d|(last|this|next) year) ?['’]s$/, type: 'Film', anyWork: true, notPersonShaped: true },
  // "the tenth episode of Night Train", "the second season of Night Train": what has episodes and seasons is a series
  { id: 'episode-of', before: /\b(episodes?|seasons?|series finale|season finale|pilot) of( the)?$/, type: 'TVSeries', notPersonShaped: true },
  // "Northwind's frontman Ola Strand", "Northwind's guitarist": whoever has a band role in it is a band ("Mara Lind's guitarist": a person's own band)
  { id: 'band-of-role', after: new RegExp(`^['’]s? (?:${BAND_ROLES.join('|')})\\b`), type: 'Band', personIfShaped: true },
  // "Paper Moon by Northwind topped the chart", "Paper Moon by Mara Lind climbs to No. 2": the title before "by" and an act is what charted
  { id: 'title-by-charted', after: /^by (\S+ ){1,3}(topped|tops|peaked|peaks|charted|charts|debuted|debuts|entered|enters|climbed|climbs|rose|rises|jumped|jumps|slipped|slips|fell|falls|dropped|drops|held|holds|returned|returns|spent|spends|remained|remains|stayed|stays)\b/, type: 'Song', notPersonShaped: true },
  // "Paper Moon slips to No. 2", "Paper Moon holds at number 3": chart moves
  { id: 'chart-move', after: /^(slips|slipped|slides|slid|climbs|climbed|holds|held|rises|rose|falls|fell|jumps|jumped|drops|dropped|eases|eased|returns|returned|moves|moved|debuts|debuted|re-enters|surges|surged|vaults|vaulted|soars|soared|leaps|leapt) (back )?(up |down )?(to|at|into|in|from) (no\.|number|the top)/, type: 'Song', notPersonShaped: true, notBefore: /\bby$/ },
  // "Paper Moon, which she co-wrote for the film"
  { id: 'wrote', after: /^, (which|that) (he|she|they|we|i) (also )?(co-)?(wrote|penned|composed)\b/, type: 'Song' },
  // "Paper Moon, which had topped the charts", "Paper Moon debuted at No. 3" (a group also debuts, in a year or a city)
  { id: 'charted', after: /^(, )?(which |that )?(had |has |have )?(topped|peaked|debuted (at|on) (no\.|number|the)|charted|entered|spent|(stays|stayed|remains|remained) in the top (five|ten|three|\d+))\b/, type: 'Song', notPersonShaped: true, notBefore: /\bby$/ },
  // "the film stars Mara Lind", "starring Mara Lind", "alongside Mara Lind"
  { id: 'starring', before: /\b(starring|stars|co-starring|alongside|opposite|actors?|actress(es)?|leads?|cast)$/, type: 'Person' },
  // "directed by Quorra Venn": after a screen credit, two or three name-shaped words are a person even when no name list knows them
  { id: 'credit-by', before: /\b(directed|co-directed|written|co-written|scripted|penned|helmed) by$/, type: 'Person', needsNameShape: true },
  // "directed by Mara Lind", "written by ...", "composed by ..."
  { id: 'by-person', before: /\b(directed|written|co-written|penned|composed|produced|created|helmed|arranged|illustrated|authored|sung|performed|recorded|narrated|hosted) by$/, type: 'Person', needsPersonShape: true },
  // "the theme will be performed by Mizuro Quay": an act of two or three words no person's name, after a performing credit, is a group.
  { id: 'act-by', before: /\b(performed|sung|recorded) by$/, type: 'Band', personIfShaped: true, needsNameShape: true },
  // "Northwind are back", "Northwind have teamed up": a single name with a plural verb is a group.
  { id: 'plural-verb', after: /^(are|were|have|have been|are set|were set)\b/, type: 'Band', alone: true, notPersonShaped: true },
  // "Quorvine broke up in 2006", "Quorvine reunited for a tour": what breaks up or re-forms is a group.
  { id: 'group-life', after: /^(broke up|split up|disbanded|reunited|re-formed|reformed|went on hiatus)\b/, type: 'Band', notPersonShaped: true },
  // "it aired on Channel Nine", "broadcast by Channel Nine"
  { id: 'broadcaster', before: /\b(aired|airs|air|airing|broadcast|broadcasts|premiered|premieres|streams|streaming|streamed) (on|by|via)( the)?$/, type: 'Organization' },
  // "NWTV has set a premiere date for Night Train", "NWTV has locked in the premiere of its new drama": a channel
  { id: 'sets-premiere', after: /^(has |have |will )?(set|locked in|confirmed|announced|scheduled|revealed|unveiled) (a |the |its )?(premiere|broadcast|air)\b/, type: 'Organization', notPersonShaped: true },
  // "on the Harbor network", "the NWTV channel"
  { id: 'network', before: /\b(on|by|via|the)$/, after: /^(network|channel|television network|cable network)\b/, type: 'Organization', both: true },
  // "distributed by Harbor Cinema", "co-distributed by Quorv Pictures": a distributor is a company, whatever its shape.
  { id: 'distributor', before: /\b(distributed|co-distributed|marketed) (by|through|via)$/, type: 'Organization' },
  // "signed to Northwind Records", "released through Northwind"
  { id: 'label', before: /\b(signed (to|with)|released (through|via|by|under)|label)$/, type: 'Organization' },
  // "Northwind frontman Tom Alder", "the Northwind member": a role in a band right after a name
  { id: 'band-role-after', after: /^(member|members|frontman|frontwoman|vocalist|lead singer|guitarist|bassist|drummer|keyboardist|maknae|bandmate|bandmates)\b/, type: 'Band', notPersonShaped: true },
  // "Northwind's members", "Northwind's five members": a person has no members.
  { id: 'band-members-possessive', after: /^['’]s? (?:[a-z-]+ )?members\b/, type: 'Band', notPersonShaped: true },
  // "they joined Mara Lind on 'Paper Moon'": joining someone on a song is a guest spot, not membership; a person's shape says person
  { id: 'joined-on', before: /\b(joined|join|joins)$/, after: /^on\b/, type: 'Person', both: true, needsPersonShape: true },
  // "Tom Alder joins her on Paper Moon", "Quorv trades lines with him on Glass Coast": the record a guest joins someone on is a song
  { id: 'guest-on', before: /\b((joins|joined|join) \S+|(lines|verses|vocals) with \S+) on$/, type: 'Song', notPersonShaped: true },
  // "Northwind, fronted by Mara Lind, play ...": what a singer fronts is a band
  { id: 'fronted-by', after: /^, (fronted|co-fronted) by\b/, type: 'Band', notPersonShaped: true },
  // "Glass Moon, consisting of Mara Lind, Tomo Ril and Nia Vance, debuted": what consists of people is a group (a sub-unit
  // named like a person included); not "X, consisting of three discs" (a number or "the" after it).
  { id: 'consisting-of', after: /^, (consisting of|comprising|made up of) (?!the\b|a\b|an\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|\d)/, type: 'Band' },
  // "a member of Northwind", "joined Northwind"
  { id: 'member-of', before: /\b(members? of|joined|left|leader of|frontman of|vocalist of)$/, type: 'Band' },
  // "peaked at number three on the Quorvalisten chart", "reached the top ten of the Harbor Country Songs chart": a name between "the" and "chart"
  // ("No. 3 on the Harbor Weekly Albums ranking" too).
  { id: 'chart-named', before: /\b(on|in|atop|topped|entered|of) the$/, after: /^(charts?|rankings?)\b/, type: 'Chart', both: true },
  // "topped the Weekly Forty", "entered the ..."
  { id: 'chart', before: /\b(topped|top of|entered|debuted (at|on)|peaked (at|on)|number one on|no\. 1 on|charted on) (the)?$/, type: 'Chart' },
  // "won the Golden Lyre", "nominated for ..."
  { id: 'award', before: /\b(won|win|wins|winning|received|receive|awarded|nominated for|nomination for|named) (the|a)?$/, type: 'Award', needsPersonShape: false },
];

/**
 * One expression that matches where any of these does (they carry no flags and no back-references,
 * so each keeps its meaning as an alternative): a context matches only where its own expression
 * does, so a name neither union fits skips the list. Over the dev texts' names the two unions take a
 * fifth of the time of the whole list, and three names in four fit neither.
 */
function unionOf(expressions: RegExp[]): RegExp {
  if (expressions.some((e) => e.flags !== '' || /\\[1-9]/.test(e.source))) throw new Error('typing contexts: a role context needs flags or a back-reference, which its union cannot keep');
  return new RegExp(expressions.map((e) => `(?:${e.source})`).join('|'));
}
export const ANY_CONTEXT_BEFORE = unionOf(ROLE_CONTEXTS.flatMap((context) => context.before ?? []));
export const ANY_CONTEXT_AFTER = unionOf(ROLE_CONTEXTS.flatMap((context) => context.after ?? []));

/** Verbs that link a name to a description: "X is a trio rock band". */
export const COPULAS = ['is', 'was', 'are', 'were', 'remains', 'became'];

/** Asides that may stand between a name and its copula: "X, stylised as 'x', is ...". */
export const SKIPPABLE_ASIDES = [[',', 'stylised', 'as'], [',', 'stylized', 'as'], [',', 'also', 'known', 'as'], [',', 'known', 'as'], [',', 'formerly']];

/** Words that introduce a name after its cue noun: "a film titled X", "the remake, called X". */
export const NAMING_WORDS = new Set(['titled', 'entitled', 'retitled', 're-titled', 'renamed', 'called', 'named', 'dubbed']);
