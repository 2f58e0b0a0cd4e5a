// An article in which every fact of a predicate names one and the same
// object is about that object's work: an artist's article, a label's
// catalogue. The article's other songs and albums, which no sentence
// connects to anything by that predicate, most likely share it. Such facts
// are held less sure than any read from a sentence.
import type { Entity, EntityType, Fact, Predicate } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';
import { pushTo } from '../collections.ts';
import { ALIAS_BEFORE, isTitleLike } from '../names.ts';

interface SoleObjectRule {
  predicate: Predicate;
  /** The entities that receive the fact when no sentence gives them one. */
  subjects: EntityType[];
  confidence: number;
  /** Only entities named in a sentence with these words ("slips to No. 2", "stays in the top five"). */
  sentenceCue?: RegExp;
  /** Not in an article whose performer facts name more artists than this (a chart or a recap). */
  maxPerformers?: number;
  /**
   * Not in a dated news article: news of a new release looks back at records that other
   * labels put out over the years, where an encyclopedia article's one label covers its catalogue.
   */
  undatedOnly?: boolean;
  /**
   * Not when a mention of the object follows these words ("in 2004 she left L and joined ..."): the artist
   * changed labels, so the article's works are not all on the one label it names.
   */
  objectLeftBefore?: RegExp;
  /** Not to the entities the caller leaves out of guesses of this predicate (labelGuessExclusions). */
  leavesOut?: boolean;
}

export const SOLE_OBJECT_RULES: SoleObjectRule[] = [
  { predicate: 'performer', subjects: ['Song', 'Album'], confidence: 0.55 },
  { predicate: 'record_label', subjects: ['Song', 'Album'], confidence: 0.5, maxPerformers: 2, undatedOnly: true, leavesOut: true, objectLeftBefore: /\b(?:left|leaving|departed|departing|quit|quitting|(?:parted|parting) ways with|split (?:from|with)|(?:was |were |been )?dropped by|moved (?:on )?from|exit(?:ed)? from)\s+(?:the\s+)?$/i },
  // A chart article: the songs said to move on a chart are on the one chart it reports. "Holds" only with what a chart
  // position takes ("holds at No. 2", "holds the top spot"): "the EP holds six songs" is no chart move.
  { predicate: 'charted_in', subjects: ['Song'], confidence: 0.55, sentenceCue: /\b(?:No\. \d|number (?:one|\d)|top (?:\d+|five|ten|twenty|forty)|chart-topper|the summit|weeks? (?:at|on top|atop)|climbs|climbed|slips|slipped|(?:holds|held) (?:at|on|onto|steady|firm|the)|peaked|debuts at|debuted at)\b/i },
];

/**
 * Phrasings that credit a guest on another act's record ("features Mara Lind on backing vocals",
 * "Mara Lind appears on Northwind's single X"): the guest is no second artist whose works the
 * article is about, nor another act's song among an album's tracks.
 */
const GUEST_RULES = new Set(['performer.features-on-vocals', 'performer.features-act', 'performer.features-vocals-from', 'performer.vocals-from-on', 'performer.guest-appears-on', 'performer.enlisted-guest']);
export const isGuestCredit = (f: Fact) => f.predicate === 'performer' && f.evidence.every((e) => GUEST_RULES.has(e.ruleId));

/** Phrasings that credit a later recording of a song ("B recorded a cover of the song"): the covering act owns none of the original's releases. */
const COVER_RULES = new Set(['performer.cover-of', 'performer.covered-by']);
const isCoverCredit = (f: Fact) => f.predicate === 'performer' && f.evidence.every((e) => COVER_RULES.has(e.ruleId));

/**
 * "the band's previous album, X", "their debut EP X", "It was preceded by X", "the follow-up to their 2008 album X":
 * words that name, right before it, an earlier record of the act's than the one an album's article is about.
 * (A later one is left to the guess: "followed by X" and "the next album, X" were as often on the same label.)
 */
const EARLIER_RECORD_BEFORE = /(?:\b(?:previous|prior|earlier|debut|first)\s+(?:[\w-]+\s+)?(?:album|EP|LP|record|extended play|release)\s*,?\s*|\b(?:follow-up to|followup to|preceded by|successor to)\s+(?:[\w'’-]+\s+){0,4})$/i;

/**
 * What the article-wide label guess leaves out: in an album's article (`articleAlbum`), another record of the act's
 * the text names as an earlier one (`EARLIER_RECORD_BEFORE`), which may have come out on another label;
 * and the songs of an album said to hold songs by various artists (`variousArtists`), which come out on their own
 * singers' labels.
 */
export function labelGuessExclusions(facts: Fact[], entities: Entity[], articleAlbum: number | undefined, variousArtists: ReadonlySet<number>, textsBefore: (entity: number) => string[]): Set<number> {
  const out = new Set<number>();
  for (const f of facts) if (f.predicate === 'part_of' && variousArtists.has(f.object)) out.add(f.subject);
  if (articleAlbum === undefined) return out;
  for (const e of entities) {
    if (e.type !== 'Album' || e.index === articleAlbum) continue;
    if (textsBefore(e.index).some((text) => EARLIER_RECORD_BEFORE.test(text))) out.add(e.index);
  }
  return out;
}

export function addSoleObjects(facts: Fact[], entities: Entity[], firstSentenceOf: (entity: number) => number, add: FactAdder, sentencesOf: (entity: number) => { index: number; text: string }[] = () => [], dated = false, textsBefore: (entity: number) => string[] = () => [], leftOut: ReadonlySet<number> = new Set()): void {
  const performersOf = new Map<number, number[]>();
  const originalPerformersOf = new Map<number, number[]>();
  for (const f of facts) if (f.predicate === 'performer') {
    pushTo(performersOf, f.subject, f.object);
    if (!isCoverCredit(f)) pushTo(originalPerformersOf, f.subject, f.object);
  }
  for (const rule of SOLE_OBJECT_RULES) {
    if (rule.undatedOnly && dated) continue;
    const stated = facts.filter((f) => f.predicate === rule.predicate && !isGuestCredit(f));
    const objects = new Set(stated.map((f) => f.object));
    if (objects.size !== 1) continue;
    if (rule.maxPerformers !== undefined && new Set([...performersOf.values()].flat()).size > rule.maxPerformers) continue;
    const [object] = objects;
    if (rule.objectLeftBefore && textsBefore(object).some((text) => rule.objectLeftBefore!.test(text))) continue;
    // A recap that names many artists may credit one of them once; the article is about its object
    // only when no entity of the object's type is referred to more often.
    const count = entities[object].mentionIds.length;
    // (For a label, a certifier or broadcaster named more often is no other label: the performer limit guards recaps there.)
    if (rule.predicate !== 'record_label' && entities.some((e) => e.type === entities[object].type && e.mentionIds.length > count)) continue;
    const covered = new Set(stated.map((f) => f.subject));
    // The artists whose works carry the object: another artist's song in the article is not theirs.
    // ("Mara Lind signed to L": an artist said to be on the label owns it too, so her duo's album is not on it.)
    // (Not an act that covered the song later: "B recorded a cover of the song for their album Y" puts Y on no label of the original's.)
    const owners = new Set([...covered].flatMap((subject) => entities[subject].type === 'Band' || entities[subject].type === 'Person' ? [subject] : originalPerformersOf.get(subject) ?? []));
    for (const e of entities) {
      if (!rule.subjects.includes(e.type) || covered.has(e.index)) continue;
      if (rule.leavesOut && leftOut.has(e.index)) continue;
      if (rule.predicate === 'record_label' && owners.size && (performersOf.get(e.index) ?? []).some((p) => !owners.has(p))) continue;
      // A quoted word ("thanks"), a format ("DVD") or the object's own name is no work of it.
      if (!isTitleLike(e.name) || e.name.toLowerCase() === entities[object].name.toLowerCase()) continue;
      const before = textsBefore(e.index);
      if (before.length && before.every((text) => ALIAS_BEFORE.test(text))) continue;
      const cued = rule.sentenceCue ? sentencesOf(e.index).find((sentence) => rule.sentenceCue!.test(sentence.text)) : undefined;
      if (rule.sentenceCue && !cued) continue;
      // "the Northwind Albums Chart" ranks albums, never songs.
      if (e.type === 'Song' && /\balbums?\b/i.test(entities[object].name)) continue;
      add(e.index, rule.predicate, object, rule.confidence, [{ sentence: cued?.index ?? firstSentenceOf(e.index), ruleId: `article.sole-${rule.predicate.replace('_', '-')}` }]);
    }
  }
}
