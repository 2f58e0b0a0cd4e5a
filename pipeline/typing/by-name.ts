// Typing by name: every mention of the same name shares what one of them revealed; shortened, partial and
// numbered forms of a name take the full one's type; an article's topic and its aliases are typed from
// the descriptions that refer to them.
import type { ArticleDoc, EntityType, Mention } from '../types.ts';
import { CUE_TYPES, NAME_SUFFIXES, LABEL_SHORT_NAME_SUFFIXES } from '../lexicon/index.ts';
import { numberedTitle, looksLikePersonName, nameKey, isCueNounName, SHORTENED_BY_SUFFIX } from '../names.ts';
import { pushTo } from '../collections.ts';
import { STRENGTH, WORK_TYPES, setType, strengthOf } from './rules.ts';

/** "the films A, B and C": items of a list a plural screen cue opens are as surely that type as the first. */
const FILM_LIST_RULE = /^(?:list\.)+cue\.(?:films|movies|series|dramas)$/;
/** "their self-titled debut, X", "the band's eponymous album, X": a record named after its artist, whose other mentions are the artist. */
const SELF_TITLED_RULE = /^(?:document\.)?cue\.(?:self-titled|eponymous)$/;
/** A screen type read from the word "drama" alone ("X, a war drama", "the drama X"). */
const DRAMA_RULE = /^(?:copula|cue)\.dramas?$/;

/**
 * "Night Train is a film ... Night Train peaked at ...": a name that a cue,
 * a copula or its shape typed keeps that type where only a weaker reading
 * (a verb after it) typed it otherwise. Two strong readings that disagree
 * stay apart: they are same-named things.
 */
export function unifyTypesByName(mentions: Mention[]): void {
  const strongest = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.type || (strengthOf(m.typeRule) < STRENGTH.cue && !FILM_LIST_RULE.test(m.typeRule!))) continue;
    if (headlineHit(m) || SELF_TITLED_RULE.test(m.typeRule!)) continue;
    const key = nameKey(m.text);
    if (!strongest.has(key)) strongest.set(key, m);
  }
  for (const m of mentions) {
    // "the films A and B ... A, a war drama directed by C": "drama" names films too, so it yields to a list of films.
    // Only after a plural cue ("the films A, B"): a name read once as "the film" may be a drama's film version.
    const dramaOfAFilm = m.type === 'TVSeries' && DRAMA_RULE.test(m.typeRule ?? '') && /cue\.(?:films|movies)$/.test(strongest.get(nameKey(m.text))?.typeRule ?? '');
    const source = strongest.get(nameKey(m.text));
    // "Japanese remake of Korean hit 'X'" in a headline, "X, the 2021 road movie" below: a hit is no kind of work.
    const hitOfAWork = headlineHit(m) && source !== undefined && WORK_TYPES.has(source.type!);
    if (m.kind !== 'name' || !m.type || (strengthOf(m.typeRule) >= STRENGTH.cue && !dramaOfAFilm && !hitOfAWork)) continue;
    if (source && source.type !== m.type) setType(m, source.type!, `document.${source.typeRule}`);
  }
}

/**
 * "signed with Harbor Records ... Harbor released the album": a label named with a suffix such as
 * "Records" is named without it too. Only where no cue, copula or shape typed the short name
 * itself (a band may own a label of its own name) and a verb or a weaker reading typed it otherwise.
 */
export function typeLabelsByShortName(mentions: Mention[]): void {
  const shortNames = new Set<string>();
  const strong = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.type) continue;
    if (strengthOf(m.typeRule) >= STRENGTH.cue) strong.add(nameKey(m.text));
    if (m.type !== 'Organization') continue;
    const words = m.text.split(' ');
    if (words.length >= 2 && LABEL_SHORT_NAME_SUFFIXES.includes(words[words.length - 1])) shortNames.add(nameKey(words.slice(0, -1).join(' ')));
  }
  if (!shortNames.size) return;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type === 'Organization') continue;
    const key = nameKey(m.text);
    if (!shortNames.has(key) || strong.has(key)) continue;
    setType(m, 'Organization', 'document.label-short-name');
  }
}

const HIT_RULE = /\.hits?$/;
/** A name the word "hit" typed in the headline, which says nothing of the kind of work. */
const headlineHit = (m: Mention) => m.sentence === 0 && HIT_RULE.test(m.typeRule ?? '');
/**
 * "Crown of Ashes 2 ... the first Crown of Ashes", "Iron Tide 3 ... Iron Tide 2 was a hit": titles that differ only by
 * a sequel's number ("2", "Part II") name works of one kind. The type a cue noun or copula gave one of them goes to the
 * others that nothing as strong typed (a "hit" is no kind: films are hits too). With none typed so, in an article
 * about films or series, the family is of the article's screen type.
 */
export function typeNumberedTitleFamilies(mentions: Mention[], screenType: EntityType | null): void {
  const families = new Map<string, Mention[]>();
  const baseOf = (m: Mention) => nameKey(numberedTitle(m.text)?.base ?? m.text);
  for (const m of mentions) if (m.kind === 'name' && !m.quoted) pushTo(families, baseOf(m), m);
  for (const family of families.values()) {
    const titles = new Set(family.map((m) => nameKey(m.text)));
    if (titles.size < 2 || !family.some((m) => numberedTitle(m.text))) continue;
    const strong = (m: Mention) => m.type !== null && strengthOf(m.typeRule) >= STRENGTH.cue && !HIT_RULE.test(m.typeRule ?? '');
    const source = family.find((m) => strong(m) && WORK_TYPES.has(m.type!));
    // A person or band typed strongly in the family is no work: leave it be.
    if (family.some((m) => strong(m) && !WORK_TYPES.has(m.type!))) continue;
    const type = source?.type ?? screenType;
    if (!type) continue;
    for (const m of family) if (!strong(m) && m.type !== type) setType(m, type, source ? `document.numbered-title.${source.typeRule}` : 'document.numbered-title');
  }
}

const SOUNDTRACK_SUBTITLE = /^(?:soundtrack|score|ost)$/i;
const SUBTITLE_TYPES: ReadonlySet<EntityType> = new Set(['Film', 'TVSeries', 'Album', 'Book']);
/**
 * "The Glass Harbor ... The Glass Harbor: The Score", "Night Train: Live in Oslo": an untyped title that is a typed
 * work's title and a subtitle after a colon is a work of the same kind, unless the subtitle ends with a cue noun of its
 * own ("X: The Movie" is a film, "X: Original Soundtrack" an album).
 */
export function typeSubtitledTitles(mentions: Mention[]): void {
  const works = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === 'name' && m.type && WORK_TYPES.has(m.type) && strengthOf(m.typeRule) >= STRENGTH.cue && !works.has(nameKey(m.text))) works.set(nameKey(m.text), m);
  if (!works.size) return;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type) continue;
    const colon = m.text.indexOf(': ');
    if (colon < 1) continue;
    const work = works.get(nameKey(m.text.slice(0, colon)));
    if (!work) continue;
    const last = m.text.split(/\s+/).pop()!;
    const cue = CUE_TYPES.get(last.toLowerCase());
    const type = SOUNDTRACK_SUBTITLE.test(last) ? 'Album' : cue?.length === 1 && SUBTITLE_TYPES.has(cue[0]) ? cue[0] : work.type!;
    setType(m, type, `document.subtitled-title.${work.typeRule}`);
  }
}

/** A name typed in one place has that type wherever it appears untyped. */
export function propagateByName(mentions: Mention[]): void {
  const typed = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.type || SELF_TITLED_RULE.test(m.typeRule ?? '')) continue;
    const key = nameKey(m.text);
    pushTo(typed, key, m);
  }
  // The nearest typed mention before it, else the first after it; mentions are in text order,
  // so the last typed one seen so far is the nearest before.
  const lastBefore = new Map<string, Mention>();
  const untyped: [Mention, Mention | undefined][] = [];
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const key = nameKey(m.text);
    if (m.type && !SELF_TITLED_RULE.test(m.typeRule ?? '')) lastBefore.set(key, m);
    else if (!m.type && typed.has(key)) untyped.push([m, lastBefore.get(key)]);
  }
  for (const [m, before] of untyped) {
    const source = before ?? typed.get(nameKey(m.text))![0];
    setType(m, source.type!, `document.${source.typeRule}`);
  }
}

/** What a band does or has and a person does not: "X are ...", "X's members", "X frontman". */
const BAND_ONLY_RULE = /^role\.(?:plural-verb|band-members-possessive|band-role-after)$/;
/** Where a person is read from the verb before the name, not from the name ("performed by X"), or from nothing. */
const PERSON_BY_PLACE_RULE = /^(?:document\.)?(?:role\.by-person|fallback\.)/;

/**
 * "The theme will be performed by Lantern Quorvs ... Lantern Quorvs's members said": a name without a given
 * name that the article gives members or a plural verb is a band, though a credit's "by" read a person.
 */
export function preferBandReadings(mentions: Mention[]): void {
  const bands = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'name' && m.type === 'Band' && BAND_ONLY_RULE.test(m.typeRule ?? '') && !looksLikePersonName(m.text.split(/\s+/))) bands.add(nameKey(m.text));
  }
  if (!bands.size) return;
  for (const m of mentions) {
    if (m.kind === 'name' && m.type === 'Person' && PERSON_BY_PLACE_RULE.test(m.typeRule ?? '') && bands.has(nameKey(m.text))) setType(m, 'Band', 'document.band-reading');
  }
}

/** "Parton" after "Mara Lind": a lone family or given name of a known person. */
export function propagatePartialPersonNames(mentions: Mention[]): void {
  const partsOfPeople = new Set(mentions.filter((m) => m.kind === 'name' && m.type === 'Person' && /\s/.test(m.text)).flatMap((p) => p.text.split(/\s+/)));
  for (const m of mentions) {
    if (m.kind !== 'name' || /\s/.test(m.text)) continue;
    if (m.type && strengthOf(m.typeRule) >= STRENGTH.cue) continue;
    if (partsOfPeople.has(m.text)) setType(m, 'Person', 'document.partial-person-name');
  }
}

/** The words that end a name of some type by its shape ("Records", "TV", "Awards"). */
export const SUFFIX_WORDS: ReadonlySet<string> = new Set(NAME_SUFFIXES.flatMap(([, words]) => words));

/** "Top 40" after "Northwind Top 40": an untyped name that ends a typed longer name is that thing, shortened. */
export function propagateShortenedNames(mentions: Mention[]): void {
  // Every ending of every longer typed name ("Top 40", "40" of "Northwind Top 40"), first such name kept.
  const fullBySuffix = new Map<string, Mention>();
  for (const l of mentions) {
    if (l.kind !== 'name' || !l.type || !SHORTENED_BY_SUFFIX.has(l.type)) continue;
    const words = l.text.split(' ');
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(k).join(' ');
      // "TV" of "Kite TV" ("the TV anime X"): a name's suffix word alone names nothing.
      if (k === words.length - 1 && SUFFIX_WORDS.has(suffix)) continue;
      if (!fullBySuffix.has(suffix)) fullBySuffix.set(suffix, l);
    }
  }
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type) continue;
    const full = fullBySuffix.get(m.text);
    if (full) setType(m, full.type!, 'document.shortened-name');
  }
}


/** Words right before a name that a person's name does not follow ("the", "titled"). */
export const NOT_BEFORE_A_PERSON = /\b(?:the|a|an|its|titled|entitled|called|named|dubbed)\s+$/i;

/** How many sentences back a band description may find the band it refers to (coreference's reach). */
const BAND_DESCRIPTION_REACH = 6;
/** A person typed by shape alone, or a one-word owner of a work guessed a person ("Quorvine's 1998 album"). */
const SHAPE_ONLY_PERSON = /^(?:document\.)?(?:fallback\.person-shape|role\.owner-of-work)$/;
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * "Mara Van Quorv's X won Best Folk Album. Singer A fronts the Quorvia rock quartet": a definite band
 * description with no band named in reach before it makes a band of the name, said in its own or the
 * previous sentence as the owner of a work, that only the shape of a person's name had typed (a band
 * named after a person). Not a possessive description: "the group's album" is the article band's.
 */
export function typeBandsByDescriptionsAfter(text: string, mentions: Mention[]): void {
  for (const d of mentions) {
    if (d.kind !== 'description' || d.plural || d.type !== 'Band' || !/^the\s/i.test(d.text)) continue;
    // "the band's album" looks back at a band already named; "the Seattle indie rock band's second LP", with words
    // that describe it, tells what the name before it is.
    if (POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3)) && d.text.split(/\s+/).length < 3) continue;
    if (mentions.some((m) => m.kind === 'name' && m.type === 'Band' && m.start < d.start && d.sentence - m.sentence <= BAND_DESCRIPTION_REACH)) continue;
    const named = mentions.filter((m) => m.kind === 'name' && m.end <= d.start && d.sentence - m.sentence <= 1 && m.type);
    const owner = named.filter((m) => SHAPE_ONLY_PERSON.test(m.typeRule ?? '') && POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))).pop() ?? sentenceEndingName(text, mentions, d);
    if (!owner) continue;
    const key = nameKey(owner.text);
    for (const m of mentions) if (m.kind === 'name' && nameKey(m.text) === key && (SHAPE_ONLY_PERSON.test(m.typeRule ?? '') || !m.type)) setType(m, 'Band', 'description.band-after-name');
  }
}

/**
 * "Few bands last as long as Mirrorball Union. The Scottish quartet ...": an untyped name, not shaped like a known
 * person's, that ends the sentence right before one the band description opens is the band it describes.
 */
function sentenceEndingName(text: string, mentions: Mention[], d: Mention): Mention | undefined {
  if (!/^[.!?]["”’]?\s+$/.test(text.slice(Math.max(0, d.start - 4), d.start).replace(/^[^.!?]*/, ''))) return undefined;
  const last = mentions.filter((m) => m.kind === 'name' && m.end <= d.start).pop();
  if (!last || last.type || last.quoted || last.sentence !== d.sentence - 1) return undefined;
  if (!/^[.!?]["”’]?\s+$/.test(text.slice(last.end, d.start)) || looksLikePersonName(last.text.split(/\s+/))) return undefined;
  return last;
}

/** Types a definite description ("the group", "the film") can vote for. */
const TOPIC_TYPES: ReadonlySet<EntityType> = new Set(['Band', 'Album', 'Film', 'TVSeries', 'Song']);
const MIN_TOPIC_VOTES = 2;

/**
 * An article is about the thing it names first. When that name has no cue of its
 * own, the article's definite descriptions that find nothing of their type
 * before them ("the group's leader", "the quintet") say what it is: the type
 * most of them name, if at least two do and no other type as many.
 */
export function typeTopicByDescriptions(doc: ArticleDoc, mentions: Mention[]): boolean {
  const topic = mentions.find((m) => m.kind === 'name');
  if (!topic || topic.type || looksLikePersonName(topic.text.split(/\s+/)) || isCueNounName(topic.text)) return false;
  // A topic is named again; a name said once in the opening line is more often a side player (a channel, a venue).
  if (mentions.filter((m) => m.kind === 'name' && nameKey(m.text) === nameKey(topic.text)).length < 2) return false;
  // Where the first name of each type ends: a description after it has that name to refer to.
  const firstNameEnd = new Map<EntityType, number>();
  for (const m of mentions) if (m.kind === 'name' && m.type) firstNameEnd.set(m.type, Math.min(firstNameEnd.get(m.type) ?? Infinity, m.end));
  const votes = new Map<EntityType, number>();
  for (const d of mentions) {
    if (d.kind !== 'description' || d.plural || !d.type || !TOPIC_TYPES.has(d.type) || !/^the\s/i.test(d.text)) continue;
    if ((firstNameEnd.get(d.type) ?? Infinity) <= d.start) continue;
    votes.set(d.type, (votes.get(d.type) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < MIN_TOPIC_VOTES || ranked[1]?.[1] === ranked[0][1]) return false;
  setType(topic, ranked[0][0], 'description.topic');
  return true;
}


/** "Quorv, born Kim Ha-neul", "Quorv (Kim Ha-neul)": a name whose other name is a person's is a person's. */
export function typeNamesByOtherNames(mentions: Mention[]): number {
  const nameAt = new Map(mentions.filter((m) => m.kind === 'name').map((m) => [m.start, m]));
  let typed = 0;
  for (const m of mentions) {
    if (m.aliasOf === undefined || !looksLikePersonName(m.text.split(/\s+/))) continue;
    const anchor = nameAt.get(m.aliasOf);
    if (anchor && !anchor.type) { setType(anchor, 'Person', 'role.other-name'); typed++; }
  }
  return typed;
}

/** "X (The Other Title)": the name in parentheses is the same thing, so of the same type. */
export function typeAliases(mentions: Mention[]): void {
  const nameAt = new Map(mentions.filter((m) => m.kind === 'name').map((m) => [m.start, m]));
  for (const m of mentions) {
    if (m.aliasOf === undefined) continue;
    const anchor = nameAt.get(m.aliasOf);
    if (anchor?.type) setType(m, anchor.type, 'document.alias');
    else { m.type = null; m.typeRule = null; }
  }
}
