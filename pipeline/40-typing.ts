// Typing: decide what each name is from the words around it ("Japanese movie
// Signal", "X is a trio rock band", "starring X", "aired on X") and collect the
// modifiers that describe it (year, country, genre), then let every mention of
// the same name share what one of them revealed (typing/by-name.ts).
import type { ArticleDoc, EntityType, Mention } from './types.ts';
import { documentUnits, isCapitalised, isJoinedModifier, lower, type Unit } from './units.ts';
import { NP_FILLER, CUE_TYPES, SCREEN_GENRES, GENRE_BY_SURFACE, ANY_WORK_CUES, PLURAL_CUES, isPluralNoun, isKnownPlace, isKnownFirstName, isCommonWord, REMAKE_NOUNS, GROUP_TITLES } from './lexicon/index.ts';
import { longestCue, ITEM_NUMBER_LINE } from './30-mentions.ts';
import { looksLikePersonName, hasStageNamePrefix, hasPersonNameShape, hasStrictPersonNameShape, isAcronymCue, isCueNounName, performerType } from './names.ts';
import { ROLE_CONTEXTS, ANY_CONTEXT_BEFORE, ANY_CONTEXT_AFTER, COPULAS, SKIPPABLE_ASIDES, NAMING_WORDS } from './lexicon/typing-contexts.ts';
import { typeByPhrasings, type PhrasingPasses } from './relations/type-inference.ts';
import { pushTo } from './collections.ts';
import { STRENGTH, WORK_TYPES, setType, strengthOf } from './typing/rules.ts';
import { NOT_BEFORE_A_PERSON, propagateByName, propagatePartialPersonNames, preferBandReadings, propagateShortenedNames, typeAliases, typeBandsByDescriptionsAfter, typeLabelsByShortName, typeNamesByOtherNames, typeNumberedTitleFamilies, typeSubtitledTitles, typeTopicByDescriptions, unifyTypesByName } from './typing/by-name.ts';

/** The cue of a record named after its artist ("their self-titled debut, X"). */
const SELF_TITLED_CUE = /^cue\.(?:self-titled|eponymous)$/;

interface Located { mention: Mention; units: Unit[]; first: number; last: number }

const NO_VALUES: readonly Mention[] = [];

/** "( 1999 )" or "( 2003 - 2009 )" opening the words between two list items. */
const DATED_ITEM = /^\( (?:19|20)\d\d(?: [-–] (?:19|20)\d\d)? \) ?/;

export function typeMentions(doc: ArticleDoc): ArticleDoc {
  const unitsBySentence = documentUnits(doc);
  // The mentions stage made these and nothing else holds them: typed in place rather than copied
  // (copying each cost about 2% of the whole pipeline).
  const mentions = doc.mentions;
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (m.kind !== 'pronoun' && (m.kind === 'value' || !byStart.has(m.start))) byStart.set(m.start, m);
  const valuesBySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (m.kind === 'value') pushTo(valuesBySentence, m.sentence, m);
  // Values by the characters they cover, so that finding the values inside a word costs the word's length.
  const valueAt = new Map<number, Mention[]>();
  for (const values of valuesBySentence.values()) for (const v of values) for (let c = v.start; c < v.end; c++) pushTo(valueAt, c, v);
  // Most words hold no value: no set is made for them.
  const valuesIn = (u: Unit) => {
    let found: Set<Mention> | undefined;
    for (let c = u.start; c < u.end; c++) for (const v of valueAt.get(c) ?? NO_VALUES) (found ??= new Set()).add(v);
    return found ? [...found] : NO_VALUES;
  };
  const located = mentions.map((m) => locate(m, unitsBySentence[m.sentence])).filter((l): l is Located => l !== null);
  const works = workTypes(unitsBySentence);
  const screenType = works.screen;
  const screenArticle = works.screenArticle;

  for (const l of located) {
    if (l.mention.kind !== 'name' && l.mention.kind !== 'description') continue;
    const left = leftContext(l, valuesIn, works);
    const right = rightContext(l, byStart, valuesIn, screenType, screenArticle);
    for (const mod of [...left.modifiers, ...right.modifiers]) addModifier(l.mention, mod);
    // "the Swedish rock band": the values inside a description describe what it refers to.
    if (l.mention.kind === 'description') for (const mod of valuesInside(l, valuesIn)) addModifier(l.mention, mod);
    if (l.mention.kind !== 'name') continue;
    // "the TV anime Starlight Academy", "the drama Harbor High School": a work's cue noun right before the name outweighs
    // the suffix of a school, which stories are set in and named after.
    const schoolTitle = l.mention.type === 'Organization' && SCHOOL_SUFFIX.test(l.mention.text) && left.type?.rule.startsWith('cue.') && SCREEN_AND_BOOK_TYPES.has(left.type.type);
    let shape = l.mention.typeRule?.startsWith('shape.') && !schoolTitle ? l.mention.type : null;
    // "Starfall Academy is a Japanese anime series", "the band Foxglove Radio": a company's suffix word in a
    // title or a band's name gives way to the copula's work noun or to the word "band" before it.
    // So does "the band's self-titled debut album, Foxglove Radio": a record's cue noun right before the name.
    if (shape === 'Organization' && (right.type && right.type.rule.startsWith('copula.') && WORK_TYPES.has(right.type.type) || left.type?.rule === 'cue.band' || SELF_TITLED_CUE.test(left.type?.rule ?? ''))) shape = null;
    // "the OST album": a cue noun written like a name is no name of a work ("OST" typed an album had a performer).
    const choice = shape || isAcronymCue(l.mention.text) ? null : left.type ?? right.type ?? roleType(l, byStart, works) ?? awardedWorkType(l, works);
    if (choice) setType(l.mention, choice.type, choice.rule);
  }
  typeNamesTitledAfterDescriptions(located, mentions);
  if (works.dramaIsFilm) retypeFilmDramas(mentions, doc.text);
  typeNumberedListItems(doc, mentions);
  // "Mara Lind ... Lind has performed ... written by Lind, Tom Alder and B": a lone part of a person's name is that
  // person before lists pass types on (a verb after it had typed it a band, and the band's type went down the list).
  propagatePartialPersonNames(mentions);
  typeMemberLists(located);
  propagateThroughLists(located);
  propagateByName(mentions);
  preferBandReadings(mentions);
  unifyTypesByName(mentions);
  typeLabelsByShortName(mentions);
  typeMembersByPossessive(located, new Map(mentions.filter((m) => m.kind === 'name').map((m) => [m.end, m])));
  typeOwnersOfWorks(located);
  typeNumberedTitleFamilies(mentions, works.screenArticle ? screenType : null);
  typeSubtitledTitles(mentions);
  // "'X 2' lands a director" in a headline: a name the title families typed below is typed so before quotes decide.
  propagateByName(mentions);
  // "his roles as Jack Rook in Glass Harbor and Mara Vell in Night Coast": where a character is played, a screen work.
  typeScreenWorksOfRoles(located, doc.text, screenType);
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type) continue;
    // A quoted name is a title even when its words could be a person's ("Mara Lind" in quotes).
    // In an article about films or series that names no song, album or track, a quoted title nothing else typed is
    // one of its screen works ("Velvet Dune" held at third); where songs are named, quoted titles are theirs.
    if (m.quoted && /^[\p{Lu}\d]/u.test(m.text)) setType(m, screenArticle && works.records === 0 && works.screenCues >= MIN_SCREEN_CUES ? screenType : 'Song', 'fallback.quoted-title');
    // "Santa Marta": a known place is no person, though a given name is in it.
    else if (looksLikePersonName(m.text.split(/\s+/)) && !isKnownPlace(m.text)) setType(m, 'Person', 'fallback.person-shape');
    // "DJ Orion Vega lines up guests": a stage-name prefix says person as surely as a given name does.
    else if (hasStageNamePrefix(m.text.split(/\s+/))) setType(m, 'Person', 'fallback.stage-name');
  }
  // What the shapes typed lets owners, lists and phrasings type their neighbours.
  typePeopleLists(located);
  if (screenArticle) typeChannelsOfScreenWorks(located, screenType);
  typeChannelsBeforeScreenCues(located);
  typeWinnersOfAwardCategories(located);
  typeWinnersAfterCategoryLabels(located);
  typeOwnersOfWorks(located);
  if (screenArticle) typeScreenWorksOfPeople(located, screenType);
  typeWorksOfAwardCategories(located);
  propagateThroughLists(located);
  const phrasingPasses: PhrasingPasses = new Map();
  for (let pass = 0; pass < 2; pass++) {
    if (!typeByPhrasings(doc, mentions, phrasingPasses)) break;
    propagateThroughLists(located);
    propagateByName(mentions);
  }
  if (typeTopicByDescriptions(doc, mentions)) {
    propagateByName(mentions);
    // The topic's type lets the phrasings that name it type their other end ("X are A, B and C").
    if (typeByPhrasings(doc, mentions, phrasingPasses)) { propagateThroughLists(located); propagateByName(mentions); }
  }
  typeBandsByDescriptionsAfter(doc.text, mentions);
  // Last, so that lists and phrasings have typed what they could: an other name only fills a gap.
  if (typeNamesByOtherNames(mentions)) propagateByName(mentions);
  typeAliases(mentions);
  // Last of all: two name-shaped words, neither an ordinary word nor a place ("Quorra Venn"), are a person
  // when nothing else typed them, though no name list knows them.
  const personEndsAt = new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.end));
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type || m.quoted || !hasStrictPersonNameShape(m.text.split(/\s+/))) continue;
    // "the Glass Coast", "titled Glass Coast": a determiner or a title word before it says it is no person.
    if (NOT_BEFORE_A_PERSON.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    // "directed by Jang Min-seo of Lumen Visual": what a person is "of" is where the person works or plays, no person.
    if (/^ of $/.test(doc.text.slice(m.start - 4, m.start)) && personEndsAt.has(m.start - 4)) continue;
    setType(m, 'Person', 'fallback.name-shape');
  }
  propagateByName(mentions);
  propagatePartialPersonNames(mentions);
  propagateShortenedNames(mentions);
  return { ...doc, mentions };
}

/** Plural cue nouns that head a list of records ("the five best albums of the month", "ten songs to hear"). */
const LIST_HEAD_CUES = /\b(albums|records|LPs|EPs|songs|tracks|singles)\b/gi;
/** Between an item's act and its work: a dash, or a comma before a quoted title. */
const ITEM_DASH = /^[ \t]+[–—-][ \t]+$/;
const ITEM_COMMA = /^,[ \t]*["“'‘]$/;

/**
 * "1. Marrow Quay – Pale Fire Season", "2. Dara Quill, "Salt Lines"": a numbered line of a list that a plural
 * record cue heads ("The five best albums of the month") names an act, then its record. The record takes the
 * list's type, the act the type its name's shape gives a performer; stronger types stay.
 */
function typeNumberedListItems(doc: ArticleDoc, mentions: Mention[]): void {
  const names = new Map<number, Mention[]>();
  for (const m of mentions) if (m.kind === 'name') pushTo(names, m.sentence, m);
  for (const sentence of doc.sentences) {
    const lineStart = doc.text.lastIndexOf('\n', sentence.start - 1) + 1;
    const item = names.get(sentence.index) ?? [];
    // The number on the line before the act: a sentence of its own ("1.") or the opening of this one ("1)").
    if (item.length !== 2 || !ITEM_NUMBER_LINE.test(doc.text.slice(lineStart, item[0].start))) continue;
    const [act, work] = item;
    const between = doc.text.slice(act.end, work.start);
    if (!ITEM_DASH.test(between) && !(ITEM_COMMA.test(between) && work.quoted)) continue;
    if (!/^["”'’]?$/.test(doc.text.slice(work.end, sentence.end).trim())) continue;
    // The list's head: the last plural record cue before its first numbered line.
    const head = [...doc.text.slice(0, lineStart).matchAll(LIST_HEAD_CUES)].pop()?.[1].toLowerCase();
    if (!head) continue;
    const workType: EntityType = /^(albums|records|lps|eps)$/.test(head) ? 'Album' : 'Song';
    if (strengthOf(work.typeRule) < STRENGTH.list) setType(work, workType, 'list.numbered-item');
    if (strengthOf(act.typeRule) < STRENGTH.list) setType(act, performerType(act.text), 'list.numbered-item');
  }
}

function locate(m: Mention, units: Unit[]): Located | null {
  // The first unit that starts at or after the mention, by binary search (sentences can be long).
  let low = 0;
  let high = units.length;
  while (low < high) { const mid = (low + high) >> 1; if (units[mid].start < m.start) low = mid + 1; else high = mid; }
  const first = low < units.length ? low : -1;
  let last = first;
  while (last + 1 < units.length && units[last + 1].start < m.end) last++;
  return first < 0 ? null : { mention: m, units, first, last };
}

const QUOTE_UNIT = /^['‘’"“”]$/;
const APPOSITION_DETERMINERS = /^(a|an|the|its|their|his|her)$/i;
const COPULA_DETERMINERS = /^(a|an|the|one|its|their|his|her)$/i;

/** Last words of a school's name, which is also what stories set there are called. */
const SCHOOL_SUFFIX = /\s(?:Academy|University|College|Institute|School|High)$/;
const SCREEN_AND_BOOK_TYPES: ReadonlySet<EntityType> = new Set(['Film', 'TVSeries', 'Book']);

interface WorkTypes {
  screen: EntityType; work: EntityType; screenArticle: boolean; dramaIsFilm: boolean;
  /** Cue words for songs and albums, but "hit", which a film is as often. */
  records: number;
  /** Cue words for films and series. */
  screenCues: number;
}

/** Screen cue words an article needs before its untyped quoted titles are screen works ("named Singer of the Season" is one, and no film article). */
const MIN_SCREEN_CUES = 2;

/** Music cue words that name a film as often ("the 2025 hit Glass Orchard"). */
const WORK_NEUTRAL_MUSIC_CUES = new Set(['hit', 'hits']);

/** "drama" alone names a film's genre as often as a series: words that say so whichever it is. */
const DRAMA_WORDS = new Set(['drama', 'dramas']);

const REMAKE_NOUN_WORDS = new Set(REMAKE_NOUNS);

/**
 * "Night Train, the 2019 drama in which ...": in an article about films, a name described
 * as a drama is one of them. "the drama Glass Harbor" after "the movie Night Train" sets
 * the two apart, so a drama named by the cue before it stays a series.
 */
function retypeFilmDramas(mentions: Mention[], text: string): void {
  // "the musical drama X", "the war drama X": "drama" after a genre word is the genre's head, which a film has as often.
  // "the French drama X": so does a country's adjective, in an article whose only series word is "drama".
  const genreEnds = new Set(mentions.filter((m) => m.kind === 'value' && (m.type === 'Genre' || m.type === 'Country')).map((m) => m.end));
  for (const m of mentions) {
    if (m.type !== 'TVSeries' || m.kind !== 'name') continue;
    const genreDrama = m.typeRule === 'cue.drama' && /(?:^|\s)drama\s+["“‘']?$/.test(text.slice(m.start - 8, m.start)) && genreEnds.has(text.lastIndexOf(' drama', m.start));
    if (/(?:^|\.)copula\.dramas?$/.test(m.typeRule ?? '') || genreDrama) setType(m, 'Film', m.typeRule!);
  }
}

/**
 * "The Korean version, titled X, stars ...": a name the naming word sets after a described work is that work, of
 * the type the description has (which the article's other cue words may not say: "version" is a song's as often).
 */
/** "The Korean version", "the remake": a description of a work made from another, of whatever type that is. */
const VERSION_NOUN = /\b(?:remake|adaptation|reboot|reimagining|version)$/i;

/** How many sentences back "the version, titled X" looks for the work it is a version of. */
const TITLED_WORK_REACH = 2;

function typeNamesTitledAfterDescriptions(located: Located[], mentions: Mention[]): void {
  const describedWorkEndingAt = new Map(mentions.filter((m) => m.kind === 'description').map((m) => [m.end, m]));
  for (const l of located) {
    if (l.mention.kind !== 'name' || l.mention.type) continue;
    let k = l.first - 1;
    if (l.mention.quoted && QUOTE_UNIT.test(l.units[k]?.text ?? '')) k--;
    if (k < 2 || !NAMING_WORDS.has(lower(l.units[k]))) continue;
    let comma = k - 1;
    if (lower(l.units[comma]) === 'also') comma--;
    if (l.units[comma]?.text !== ',') continue;
    const described = describedWorkEndingAt.get(l.units[comma - 1]?.end ?? -1);
    // Only a noun of a work made from another: "its soundtrack, also titled X" may be an album of a film's name.
    if (!described || !VERSION_NOUN.test(described.text)) continue;
    // "the remake", "the Korean version": a noun of any work stands for the work last named, a few sentences back at most.
    const type = described.type ?? mentions.filter((m) => m.kind === 'name' && m.end <= described.start && m.sentence >= described.sentence - TITLED_WORK_REACH && m.type && WORK_TYPES.has(m.type) && described.candidateTypes?.includes(m.type)).pop()?.type;
    if (type && WORK_TYPES.has(type)) setType(l.mention, type, 'cue.titled-after-description');
  }
}

interface Context { type: { type: EntityType; rule: string } | null; modifiers: Mention[] }

/** "an upcoming Japanese movie X", "2016 K-Drama X", "their hit Korean numbers X". */
function leftContext(l: Located, valuesIn: (u: Unit) => readonly Mention[], works: WorkTypes): Context {
  const screenType = works.screen;
  const modifiers: Mention[] = [];
  let type: Context['type'] = null;
  let k = l.first - 1;
  // 'the single "Paper Moon"': a quoted title's opening quote stands between it and its cue.
  const afterQuote = l.mention.quoted && QUOTE_UNIT.test(l.units[k]?.text ?? '');
  if (afterQuote) k--;
  // "the remake, titled X", "A sequel, X, followed": in an article about films or series, the remake is one of them.
  const named = k > 0 && NAMING_WORDS.has(lower(l.units[k]));
  // "A film adaptation, also titled X,": "also" before the naming word after a remake noun ("its soundtrack, also titled X" is the film's name too, so left alone).
  if (named && k > 2 && lower(l.units[k - 1]) === 'also' && l.units[k - 2].text === ',' && REMAKE_NOUN_WORDS.has(lower(l.units[k - 3]))) k--;
  let versionBefore = named ? k - 1 : k;
  if (l.units[versionBefore]?.text === ',') versionBefore--;
  else if (!named) versionBefore = -1;
  if (versionBefore >= 0 && works.screenArticle && ANY_WORK_CUES.has(lower(l.units[versionBefore])) && l.mention.kind === 'name' && !looksLikePersonName(l.mention.text.split(/\s+/))) {
    return { type: { type: screenType, rule: `cue.named-${lower(l.units[versionBefore])}` }, modifiers: [] };
  }
  /** The unit right before the name's noun phrase ends (its opening quote left out). */
  const edge = k;
  // "her sixth studio album, Night Train": a cue noun right before a comma still types the name;
  // a quoted one not after "the cue," ('the first track from the album, "Paper Moon"').
  // "the album titled Night Train", "a documentary of its first year, called Night Train": a naming word after the cue.
  if (named) {
    let j = k - 1;
    if (cueEndingAt(l.units, j)) k = j;
    else if (l.units[j]?.text === ',') {
      if (cueEndingAt(l.units, j - 1)) k = j - 1;
      else { const of = ofPhraseStart(l.units, j); if (of > 0 && cueEndingAt(l.units, of - 1)) k = of - 1; }
    }
  }
  // "the leaders of both groups, A and B", "the members of the band, A, B and C": the names after the comma are the
  // people the title before "of" names, not the groups.
  // (The rule names the title, so that a plural one passes the type down the list: "cue.leaders".)
  const title = l.mention.kind === 'name' && l.units[k]?.text === ',' ? titleOfGroupBefore(l.units, k) : null;
  if (title) return { type: { type: 'Person', rule: `cue.${title}` }, modifiers: [] };
  // "His first LP, Night Train": a cue in capitals too. Not an owner after the comma ("The film, Lind's second feature").
  const owner = !l.mention.quoted && /^['’]s?$/.test(l.units[l.last + 1]?.text ?? '');
  // A description has its own cue: "Starring A as a struggling jazz pianist, the film ..." gives the film no genre.
  // Nor a name that opens a headline's next clause ("X webtoon gets live-action drama, Mara Lind to lead").
  const opensInfinitive = l.units[l.last + 1]?.text === 'to' && l.units[l.last + 2]?.pos === 'VERB';
  const commaCue = l.units[k]?.text === ',' && k > 0 && !owner && l.mention.kind !== 'description' && !opensInfinitive && (/^\p{Ll}/u.test(l.units[k - 1].text) || /^\p{Lu}{2,3}$/u.test(l.units[k - 1].text)) ? cueEndingAt(l.units, k - 1) : null;
  if (commaCue && !(afterQuote && /^the$/i.test(l.units[commaCue.start - 1]?.text ?? '')) && !(frontedPhrase(l.units, commaCue.start) && l.units[l.last + 1]?.text !== ',')) k--;
  // "its final album of original material, Night Train": a cue noun and an "of" phrase of plain words before the comma.
  else if (l.units[k]?.text === ',' && !afterQuote) {
    const of = ofPhraseStart(l.units, k);
    if (of > 0 && cueEndingAt(l.units, of - 1)) k = of - 1;
  }
  // "the Irish folk trio the Kelpie Sisters": a band's name that opens with a lower-case "the" after a band's cue noun.
  if (k > 0 && l.units[k]?.text === 'the' && l.mention.kind === 'name' && cueEndingAt(l.units, k - 1)?.types.every((t) => t === 'Band')) k--;
  // "the two albums (Night Train and Paper Moon)": a plural cue right before the parenthesis.
  if (l.units[k]?.text === '(' && k > 0 && PLURAL_CUES.has(lower(l.units[k - 1])) && cueEndingAt(l.units, k - 1)) k--;
  while (k >= 0) {
    const u = l.units[k];
    const values = valuesIn(u);
    const cue = cueEndingAt(l.units, k);
    modifiers.push(...values);
    // "K-Drama" is both a country prefix and a cue; the cue must still be read.
    const whole = values.find((v) => v.typeRule !== 'lexicon.country-prefix');
    // "the ballad Paper Moon": a genre word that is also a cue noun still types the name.
    if (whole && cue && !type && whole.type === 'Genre' && cue.types.length === 1) type = { type: cue.types[0], rule: `cue.${lower(u)}` };
    // "the legal thriller Night Train": a film or series genre right before the name.
    if (whole && !type && whole.type === 'Genre' && SCREEN_GENRES.has(whole.value ?? '') && whole.end === l.units[edge]?.end && l.mention.kind === 'name') {
      type = { type: screenType, rule: `cue.genre-${whole.value}` };
    }
    if (whole) { k = unitBefore(l.units, whole.start); continue; }
    // "its new historical romance Night Train": a screen genre word the genre pass left alone
    // (it needs a cue noun after it) still types the name right after it.
    const screenGenre = GENRE_BY_SURFACE.get(lower(u));
    if (!type && k === l.first - 1 && screenGenre && SCREEN_GENRES.has(screenGenre) && /^\p{Ll}/u.test(u.text) && l.mention.kind === 'name' && !looksLikePersonName(l.mention.text.split(/\s+/))) {
      type = { type: screenType, rule: `cue.genre-${screenGenre}` };
      k--;
      continue;
    }
    if (cue && !type) {
      const types = cue.types;
      // "the five albums Mara Lind recorded for X": a plural cue before one name and a verb opens a relative
      // clause whose subject the name is; the name is none of the albums.
      const next = l.units[l.last + 1];
      const relativeClause = l.mention.kind === 'name' && k === l.first - 1 && PLURAL_CUES.has(lower(u)) && next?.pos === 'VERB' && /ed$/.test(next.text);
      if (relativeClause) break;
      // "a sequel to the 2023 hit X" in an article about films or series: a hit a sequel or remake is made from is a screen work.
      if (works.screenArticle && HIT_CUES.has(lower(l.units[cue.start])) && l.mention.kind === 'name' && madeFromBefore(l.units, cue.start)) {
        type = { type: screenType, rule: `cue.made-from-${lower(l.units[cue.start])}` };
      } else if (types.length === 1 || l.mention.kind === 'description') type = { type: pickType(types, l.mention), rule: `cue.${lower(l.units[cue.start])}` };
      k = cue.start - 1;
      continue;
    }
    if (NP_FILLER.has(lower(u)) || u.pos === 'ADJ' || u.text === '-' ) { k--; continue; }
    break;
  }
  // Modifiers belong to this noun phrase only if a cue noun or the name itself closes it.
  const unique = [...new Set(modifiers)];
  return { type, modifiers: type || l.mention.kind === 'description' ? unique : unique.filter((m) => m.end === l.units[edge]?.end) };
}

/**
 * The country, genre and year values that stand inside a description's own words. Not those of
 * "the Korean version", "the 2018 sequel": they describe another work than the one named before.
 * A remake or an original is its own work to coreference (a remake set apart from the work named
 * becomes an entity of its own), so "the South Korean original" and "its Korean remake" keep theirs.
 */
const OWN_WORK_HEADS = new Set(['original', 'remake', 'adaptation', 'reboot', 'reimagining']);
function valuesInside(l: Located, valuesIn: (u: Unit) => readonly Mention[]): Mention[] {
  const head = lower(l.units[l.last]);
  if (ANY_WORK_CUES.has(head) && !OWN_WORK_HEADS.has(head)) return [];
  const found = new Set<Mention>();
  for (let k = l.first; k <= l.last; k++) for (const v of valuesIn(l.units[k])) found.add(v);
  return [...found];
}

/** The "of" that opens one to three plain lower-case words right before units[comma], or -1. */
/**
 * "In the episode, A learns ...": "the" and a cue noun in a prepositional phrase that opens the sentence; the name
 * after its comma is the clause's subject, no title ("On their debut album, Glass Coast, the band ..." still is one).
 */
/** Prepositions that may close a phrase fronted before the sentence's subject: "Three years after her last record, A is back". */
const FRONTED_PREPOSITIONS = /^(?:in|on|during|throughout|across|after|before|over|since|following|with|without|unlike|like|despite|for|at|from|upon|amid)$/i;
/**
 * "In the episode, A learns", "Three years after her last record, A is back", "According to the label, X has twelve
 * songs", "Accepting the award, A thanked": a cue noun closing a phrase fronted before the sentence's subject (its
 * determiner right before it) is not in apposition to the name after the comma.
 */
function frontedPhrase(units: Unit[], cueStart: number): boolean {
  // The determiner, past a few plain words ("her last record", "the band's new").
  let det = cueStart - 1;
  while (det > 0 && cueStart - det <= 3 && !/^(?:the|this|that|her|his|its|their|our|my)$/i.test(units[det].text) && /^[\p{Ll}\d-]+$/u.test(units[det].text)) det--;
  if (!/^(?:the|this|that|her|his|its|their|our|my)$/i.test(units[det]?.text ?? '')) return false;
  const head = units.slice(0, det);
  if (head.length === 0 || head.length > 4 || head.slice(1).some((u) => !/^\p{Ll}+$/u.test(u.text))) return false;
  // "It appears on her second album, X": a clause with its own subject and verb before the preposition fronts nothing.
  if (head.some((u) => u.pos === 'PRON') || head.slice(1).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return false;
  const last = lower(head[head.length - 1]);
  if (FRONTED_PREPOSITIONS.test(last)) return true;
  // "According to the label,", "Thanks to its theme,": a two-word preposition.
  if (last === 'to' && head.length === 2 && /^(?:according|thanks|due|prior|next|close)$/i.test(head[0].text)) return true;
  // "Accepting the award,", "Announcing the album,": a participle opening the sentence.
  return head.length === 1 && head[0].pos === 'VERB' && /\p{Ll}ing$/u.test(head[0].text);
}

/** "member", "leaders": a title of a place in a group, singular or plural. */
const GROUP_TITLE_WORDS = new Set(GROUP_TITLES.filter((t) => !t.includes(' ')).flatMap((t) => [t, `${t}s`]));
/** "both", "the two": what may stand between "of" and the group's cue noun. */
const GROUP_DETERMINER = /^(?:the|both|all|each|two|three|four|its|their|his|her)$/i;

/** The title of "<title> of <determiners> <group cue>" that units[comma] closes ("the leaders of both groups,"), or null. */
function titleOfGroupBefore(units: Unit[], comma: number): string | null {
  const cue = cueEndingAt(units, comma - 1);
  if (!cue || !cue.types.every((t) => t === 'Band')) return null;
  let j = cue.start - 1;
  while (j > 0 && cue.start - j <= 2 && GROUP_DETERMINER.test(units[j].text)) j--;
  const title = lower(units[j - 1] ?? units[j]);
  return units[j]?.text === 'of' && GROUP_TITLE_WORDS.has(title) ? title : null;
}

function ofPhraseStart(units: Unit[], comma: number): number {
  for (let j = comma - 2; j >= Math.max(1, comma - 4); j--) {
    if (!/^\p{Ll}+$/u.test(units[j + 1]?.text ?? '')) return -1;
    if (units[j].text === 'of') return j;
  }
  return -1;
}

function unitBefore(units: Unit[], offset: number): number {
  let k = units.length - 1;
  while (k >= 0 && units[k].start >= offset) k--;
  return k;
}

function unitAfter(units: Unit[], offset: number): number {
  let k = 0;
  while (k < units.length && units[k].start < offset) k++;
  return k;
}

function pickType(types: EntityType[], m: Mention): EntityType {
  if (types.length === 1) return types[0];
  return looksLikePersonName(m.text.split(/\s+/)) && types.includes('Person') ? 'Person' : types[0];
}

function cueEndingAt(units: Unit[], end: number): { start: number; types: EntityType[] } | null {
  // "to feature Tom Alder", "they record Paper Moon": a cue word used as a verb is no cue.
  if (units[end]?.pos === 'VERB' && units[end - 1] && /^(to|will|would|can|could|may|might|must|should|did|does|do)$/i.test(units[end - 1].text)) return null;
  for (let start = Math.max(0, end - 2); start <= end; start++) {
    const cue = longestCue(units, start);
    if (cue && cue.end === end + 1) return { start, types: cue.types };
  }
  return null;
}

/** Song cue nouns that also say a film or series did well ("the 2023 hit X"). */
const HIT_CUES = new Set(['hit', 'hits']);
/** "a sequel to the 2023 ", "a remake of the hit ": a version noun and "to"/"of" before units[at] (determiners, years, numbers and fillers between). */
function madeFromBefore(units: Unit[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && at - j <= 4 && (/^(the|a|an|its|their|his|her)$/i.test(units[j].text) || /^\d{4}$/.test(units[j].text) || NP_FILLER.has(lower(units[j])) || units[j].pos === 'ADJ')) j--;
  return j > 0 && /^(to|of)$/i.test(units[j].text) && ANY_WORK_CUES.has(lower(units[j - 1]));
}

/** Words that open a credit aside before a name ("X, produced by A, is ..."; "X, featuring A, is ..."). */
const CREDIT_BEFORE_NAME = new Set(['by', 'featuring', 'starring', 'with']);

/** "X is a 2018 Japanese crime thriller drama", "X, a XTV romantic comedy", "X is a trio rock band from Japan". */
function rightContext(l: Located, byStart: Map<number, Mention>, valuesIn: (u: Unit) => readonly Mention[], screenType: EntityType, screenArticle: boolean): Context {
  const none: Context = { type: null, modifiers: [] };
  if (l.mention.kind !== 'name') return none;
  let k = l.last + 1;
  const units = l.units;
  // "Titled Silver Rain in Korean, the film is ...": a fronted title is the description after the comma.
  if (l.first === 1 && NAMING_WORDS.has(lower(units[0]))) {
    let j = k;
    if (lower(units[j] ?? units[0]) === 'in' && isCapitalised(units[j + 1] ?? units[0])) j += 2;
    if (units[j]?.text === ',' && /^(?:the|this)$/i.test(units[j + 1]?.text ?? '')) {
      const cue = longestCue(units, j + 2);
      if (cue && cue.types.length === 1 && !cue.types.includes('Person')) return { type: { type: cue.types[0], rule: `cue.titled-${lower(units[cue.end - 1])}` }, modifiers: [] };
      if (cue && ANY_WORK_CUES.has(lower(units[j + 2]))) return { type: { type: screenType, rule: `cue.titled-${lower(units[j + 2])}` }, modifiers: [] };
    }
  }
  // '"Paper Moon" is a 1967 single', '"Paper Moon." is a song': the closing quote (and a stop inside it).
  if (l.mention.quoted && units[k]?.text === '.' && QUOTE_UNIT.test(units[k + 1]?.text ?? '')) k++;
  if (l.mention.quoted && QUOTE_UNIT.test(units[k]?.text ?? '')) k++;
  // "the 'Glass Harbor' OST", "the Night Train soundtrack": a title right before the word for its soundtrack is the
  // film or series the soundtrack is of (the article's screen type), not a song.
  // Weaker than a cue noun, so that "the film X" elsewhere decides between film and series; not one word opening the
  // sentence ("Original soundtrack"), nor before "soundtrack album", whose name the run may be part of.
  if (/^(?:OST|soundtrack)$/i.test(units[k]?.text ?? '') && !/^(?:['’].*|albums?)$/.test(units[k + 1]?.text ?? '') && !(l.last === l.first && (l.first === 0 || units[l.first].pos === 'ADJ')) && !looksLikePersonName(l.mention.text.split(/\s+/))) {
    return { type: { type: screenType, rule: 'role.soundtrack-of' }, modifiers: [] };
  }
  // Skip an aside such as ", stylised as 'x'" before the copula.
  for (const aside of SKIPPABLE_ASIDES) {
    if (aside.every((w, i) => units[k + i]?.lower === w)) {
      k += aside.length;
      while (k < units.length && !COPULAS.includes(lower(units[k])) && units[k].text !== ',') k++;
    }
  }
  // "Mara Lind (born 1 May 1980) is a singer": a parenthesis between a name and its copula.
  // The tagger may join the bracket to what follows it: "(;".
  if (/^\(/.test(units[k]?.text ?? '')) {
    let close = k;
    while (close < units.length && units[close].text !== ')') close++;
    if (close < units.length && close - k <= 16) k = close + 1;
  }
  // "Glass Coast..., their first album": an ellipsis that ends a title.
  while (/^(\.{1,3}|…)$/.test(units[k]?.text ?? '') && units[k + 1]?.text !== undefined && /^[,.…]/.test(units[k + 1].text)) k++;
  const apposition = units[k]?.text === ',';
  if (apposition) k++;
  const copula = COPULAS.includes(units[k]?.text.toLowerCase() ?? '');
  // "The ballad, produced by Tom Alder, is the lead single": a name closing a credit aside is not the copula's subject.
  if (apposition && copula && CREDIT_BEFORE_NAME.has(lower(units[l.first - 1] ?? units[0]))) return none;
  // "Directed by Mara Lind, the film starred ...": the name closes a fronted participle clause; what follows the comma
  // is the clause's subject, not a description of the name.
  if (apposition && !copula && lower(units[l.first - 1] ?? units[0]) === 'by' && closesFrontedClause(l)) return none;
  if (copula) k++;
  // "X is, as its name suggests, the sixth album", "X is as the title says, a ...": an "as" aside after the copula.
  if (copula && (lower(units[k] ?? units[0]) === 'as' || (units[k]?.text === ',' && lower(units[k + 1] ?? units[0]) === 'as'))) {
    let close = k + 2;
    while (close < units.length && close - k <= 8 && units[close].text !== ',') close++;
    if (units[close]?.text === ',' && units.slice(k, close).some((u) => /^(suggests?|says?|implies|indicates)$/.test(u.lower))) k = close + 1;
  }
  // "X, a XTV comedy", "X, their seventh album," are appositions; "X, the band has ..." starts
  // a new clause, so a definite apposition must not be followed by a verb (checked below).
  let determiner = units[k]?.text ?? '';
  // "X, Mara Lind's 2009 thriller film": a possessive name is a determiner too.
  const owner = byStart.get(units[k]?.start ?? -1);
  if (owner?.kind === 'name' && owner !== l.mention) {
    const after = unitAfter(units, owner.end);
    if (/^['’]s?$/.test(units[after]?.text ?? '')) { determiner = 'its'; k = after; }
  }
  if (!copula && !(apposition && APPOSITION_DETERMINERS.test(determiner))) return none;
  if (!(copula ? COPULA_DETERMINERS : APPOSITION_DETERMINERS).test(determiner)) return none;
  const definiteApposition = !copula && !/^(a|an)$/i.test(determiner);
  k++;
  const modifiers: Mention[] = [];
  let type: Context['type'] = null;
  // The genre value the phrase ended with, if nothing came after it: "X, the 2014 French comedy-drama by Y".
  let genreHead: Mention | null = null;
  while (k < units.length) {
    const u = units[k];
    const value = byStart.get(u.start);
    // "X, a Channel Nine comedy": a name inside the description is skipped whole, its words are no cues.
    if (value?.kind === 'name' && value !== l.mention) { k = unitAfter(units, value.end); continue; }
    const cue = longestCue(units, k);
    if (cue) {
      // "features A on "X", the rock band Y on "Z"": a definite description right before another name is that name's
      // title, not an apposition of the name before the comma (a possessive owner, "the band Y's album", reads on).
      const next = byStart.get(units[cue.end]?.start ?? -1);
      if (definiteApposition && next?.kind === 'name' && next !== l.mention && !/^['’]s?$/.test(units[unitAfter(units, next.end)]?.text ?? '')) return none;
      k = cue.end;
      genreHead = null;
      // "the group's leader", "the choir teacher": the cue only modifies the noun that heads the phrase.
      // A participle the tagger calls a noun ("co-written") heads nothing.
      const headNoun = units[k]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(units[k].text) && !/(ed|en)$/.test(units[k].text) && !longestCue(units, k);
      const modifiesNext = /^['’]s?$/.test(units[k]?.text ?? '') || headNoun;
      if (modifiesNext) { type = null; if (/^['’]/.test(units[k].text)) k++; continue; }
      // A cue of several types ("remake", "version") says too little after a name.
      if (cue.types.length === 1 || cue.types.includes('Person') && looksLikePersonName(l.mention.text.split(/\s+/))) {
        type = { type: pickType(cue.types, l.mention), rule: `copula.${lower(units[cue.end - 1])}` };
      } else if (!type && screenArticle && ANY_WORK_CUES.has(lower(units[cue.end - 1]))) {
        // "X, its Korean remake of ...": in an article about films or series, a remake is one of them.
        type = { type: screenType, rule: `copula.version-${lower(units[cue.end - 1])}` };
      }
      // keep reading: "a drama series", then "from Japan"
      continue;
    }
    if (value?.kind === 'value') {
      modifiers.push(value);
      // "a German-Norwegian film": the joined word holds a second country after the first.
      for (const other of valuesIn(u)) if (other.kind === 'value' && other.start > value.start && other.end <= u.end) modifiers.push(other);
      k = unitAfter(units, value.end);
      genreHead = value.type === 'Genre' ? value : null;
      continue;
    }
    if (type && /^(from|in)$/i.test(u.text)) {
      const place = byStart.get(units[k + 1]?.start ?? -1);
      if (place?.type === 'Country') modifiers.push(place);
      break;
    }
    // "X, the pair's third studio album": an ordinary noun owning the head noun is a determiner of it.
    if (!type && u.pos === 'NOUN' && /^\p{Ll}+$/u.test(u.text) && /^['’]s?$/.test(units[k + 1]?.text ?? '')) { k += 2; genreHead = null; continue; }
    // "a candy-coloured pop song": a participle the tagger calls a verb describes the noun like an adjective.
    const participle = u.pos === 'VERB' && /^\p{Ll}+ed$/u.test(u.text) && units[k - 1]?.text === '-';
    // "a 2004 English-language film": the tagger calls the joined demonym a proper noun.
    if (!type && (NP_FILLER.has(lower(u)) || u.pos === 'ADJ' || u.pos === 'NUM' || u.pos === 'NOUN' || participle || u.text === '-' || byStart.get(u.start)?.kind === 'name' || isJoinedModifier(u))) { k++; genreHead = null; continue; }
    // "an experimental post-punk and post-rock band", "a folk, pop and rock singer": genres joined by "and" or a comma.
    const nextValue = byStart.get(units[k + 1]?.start ?? -1);
    const nextUnit = units[k + 1];
    // "an indie rock and chamber pop band": a word the lexicon lacks before a genre it knows.
    const wordThenGenre = /^\p{Ll}+$/u.test(nextUnit?.text ?? '') && byStart.get(units[k + 2]?.start ?? -1)?.type === 'Genre';
    const genreLike = nextValue ? nextValue.kind === 'value' && nextValue.type === 'Genre' : nextUnit?.pos === 'ADJ' || /^\p{Ll}+-\p{Ll}+$/u.test(nextUnit?.text ?? '') || wordThenGenre;
    if (!type && /^(and|or|,)$/.test(u.text) && genreLike) { k++; continue; }
    break;
  }
  // "X, the band has said" is a new clause; "X, Mara Lind's 2009 film starring Y" is not (a participle).
  if (type && definiteApposition && /^(VERB|AUX)$/.test(units[k]?.pos ?? '') && !/\p{Ll}ing$/u.test(units[k].text)) return none;
  // "X, the 2014 French comedy-drama by Y": a screen genre that heads the phrase is its cue noun.
  if (!type && genreHead && SCREEN_GENRES.has(genreHead.value ?? '') && !looksLikePersonName(l.mention.text.split(/\s+/))) return { type: { type: screenType, rule: `copula.genre-${genreHead.value}` }, modifiers };
  // "X, a romantic comedy that ...": a genre in apposition describes the name even without a cue noun.
  if (!type && apposition && modifiers.length && modifiers.every((m) => m.type === 'Genre')) return { type: null, modifiers };
  return type ? { type, modifiers } : none;
}

/** "Best Northern Album for X", "Best Harbor Song for X": the kind of work an award category names is what it was given for. */
const AWARD_CATEGORY_FOR = /\b(album|song|record|single|film|picture|series|drama)(?: of the year)? for$/;
const WORK_OF_CATEGORY: Record<string, EntityType | 'screen'> = { album: 'Album', song: 'Song', record: 'Song', single: 'Song', film: 'screen', picture: 'screen', series: 'TVSeries', drama: 'TVSeries' };

function awardedWorkType(l: Located, works: WorkTypes): Context['type'] {
  if (looksLikePersonName(l.mention.text.split(/\s+/))) return null;
  const category = AWARD_CATEGORY_FOR.exec(l.units.slice(Math.max(0, l.first - 5), l.first).map(lower).join(' '));
  if (!category) return null;
  // The category is a name ("Best Harbor Song for") or a prize in plain words ("album of the year for"), not a plain noun ("wrote a song for X").
  if (!isCapitalised(l.units[l.first - 2] ?? l.units[0]) && !category[0].includes(' of the year')) return null;
  const work = WORK_OF_CATEGORY[category[1]];
  return { type: work === 'screen' ? works.screen : work, rule: 'role.award-category-for' };
}

/** A capitalised word of letters, such as a given or family name ("Venn", "Walsh-Peelo"). */
const NAME_SHAPED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** "starring X", "directed by X", "aired on X", "a member of X". */
function roleType(l: Located, byStart: Map<number, Mention>, works: WorkTypes): Context['type'] {
  const before = l.units.slice(Math.max(0, l.first - 4), l.first).map(lower).join(' ');
  const after = l.units.slice(l.last + 1, l.last + 7).map(lower).join(' ');
  if (!ANY_CONTEXT_BEFORE.test(before) && !ANY_CONTEXT_AFTER.test(after)) return null;
  for (const context of ROLE_CONTEXTS) {
    const matches = context.both ? context.before!.test(before) && context.after!.test(after) : context.before?.test(before) || context.after?.test(after);
    if (!matches || context.notAfter?.test(after) || context.notBefore?.test(before)) continue;
    const words = l.mention.text.split(/\s+/);
    if (context.type === 'Person' && context.needsPersonShape && !looksLikePersonName(words) && !hasPersonNameShape(words)) continue;
    if (context.needsNameShape && !(words.length >= 2 && words.length <= 3 && words.every((w) => NAME_SHAPED_WORD.test(w) && !CUE_TYPES.has(w.toLowerCase())))) continue;
    // "Fans are ...": a plain noun that opens the sentence; "A and B are": two names in one span.
    if (context.alone && (/(^|\s)(and|&|,|or)$/.test(before) || /\s(and|&)\s/.test(l.mention.text) || (l.first === 0 && words.length === 1 && (l.units[0].pos !== 'PROPN' || isPluralNoun(words[0]))))) continue;
    // "Organisers of the Harbor Festival have added ...": a plural noun and its "of" phrase opening the sentence.
    if (context.alone && l.first === 0 && words.length > 2 && words[1] === 'of' && isPluralNoun(words[0])) continue;
    // "Dutch DJ Kestrel have teamed up": a stage-name prefix says person as surely as a given name does.
    const personShaped = looksLikePersonName(words) || hasStageNamePrefix(words);
    if (context.notPersonShaped && personShaped) continue;
    if ((context.screenWork || context.anyWork) && isKnownPlace(l.mention.text)) continue;
    if (byStart.get(l.mention.start)?.type === 'Date') continue;
    const type = context.personIfShaped && personShaped ? 'Person' : context.screenWork ? works.screen : context.anyWork ? works.work : context.type;
    return { type, rule: `role.${context.id}` };
  }
  return null;
}

function addModifier(m: Mention, mod: Mention): void {
  m.modifiers = [...(m.modifiers ?? []), mod.id];
  if (mod.type === 'Country' && mod.value && !m.attributes.country) m.attributes.country = mod.value;
  if (mod.type === 'Date' && mod.value && /^\d{4}$/.test(mod.value) && !m.attributes.year) m.attributes.year = Number(mod.value);
  if (mod.type === 'Genre' && mod.value) m.attributes.genre = [...new Set([...(m.attributes.genre ?? []), mod.value])];
}

/** "numbers A, B, C and D": the items of a list share the type the cue gave the first. */
function propagateThroughLists(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1];
    const cur = names[i];
    if (prev.mention.sentence !== cur.mention.sentence) continue;
    // '"Paper Moon", "Glass" and Harbor Lights': a quoted item's closing quote is no word between items.
    // "the films A (1999), B (2005) and C": a bracketed year after an item dates it; the list goes on after it.
    const between = cur.units.slice(prev.last + 1, cur.first).filter((u) => !(prev.mention.quoted && QUOTE_UNIT.test(u.text))).map((u) => u.text).join(' ').replace(DATED_ITEM, '');
    // "A,, B": a doubled comma is a slip of the pen, still one list.
    if (!/^(,( ,)?|and|&|, and|or|, or|\/)$/.test(between)) continue;
    // "Salt Harbor, NWTV's new drama": a name owning the cue noun phrase after it opens an apposition, no list item.
    if (between === ',' && ownsCuedPhrase(cur)) continue;
    // "Directed by Mara Lind, Night Train stars ...": the comma closes a fronted participle clause, not a list item.
    if (between === ',' && closesFrontedClause(prev) && !listClosesAfter(names, i)) continue;
    // "A joins him on X, B trades lines with him on Y": a name after a lone comma with a verb right after it opens a new clause.
    if (between === ',' && opensClause(cur) && !listClosesAfter(names, i)) continue;
    // "A trades lines on X, and B lead ...": ", and" after a single item joins two clauses; a list has a comma before it too ("A, B, and C").
    if (/^, (and|or)$/.test(between) && !(i >= 2 && names[i - 2].mention.sentence === prev.mention.sentence && /^,( ,)?$/.test(wordsBetween(names[i - 2], prev)))) continue;
    const [from, to] = strengthOf(prev.mention.typeRule) >= strengthOf(cur.mention.typeRule) ? [prev, cur] : [cur, prev];
    const cueWord = /^(?:list\.)*cue\.(.+)$/.exec(from.mention.typeRule ?? '')?.[1];
    const afterPluralCue = from === prev && cueWord !== undefined && isPluralNoun(cueWord);
    // "the films A (1999), B (2005)": a plural cue names every item, over a weaker reading of one of them.
    if (!from.mention.type || strengthOf(to.mention.typeRule) >= (afterPluralCue ? STRENGTH.cue : STRENGTH.list)) continue;
    // "Ivy Lune and PRISM BLUE join forces ... boy band PRISM BLUE": a name that a cue, copula or shape typed elsewhere keeps
    // that type against a neighbour's, as the first mention does (its "document." rule says where the type came from).
    if (from.mention.type !== to.mention.type && STRONG_DOCUMENT_RULE.test(to.mention.typeRule ?? '')) continue;
    // "in Oslo, Northwind are ...": a known place is no item of a list of works or groups; "LP" in "his first LP, X" is its cue.
    if (isKnownPlace(to.mention.text) || CUE_TYPES.get(to.mention.text.toLowerCase())?.includes(from.mention.type)) continue;
    // "A, Zenno and B": a one-word name takes a person's type only between two people,
    // or after a plural cue that names them all ("members Yuna and Seoyeon").
    if (from.mention.type === 'Person' && !afterPluralCue && !looksLikePersonName(to.mention.text.split(/\s+/)) && to.mention.text.split(/\s+/).length < 2 && !betweenPeople(names, to === cur ? i : i - 1) && !(to === cur && afterTwoPeople(names, i))) continue;
    // "Harbor Fest adds Velvet Moth, Kiyoshi Arai to bill": a person's type passed on by name elsewhere is too weak to
    // make a person of a neighbour whose words are not a person's name.
    if (from.mention.type === 'Person' && from.mention.typeRule?.startsWith('document.') && !looksLikePersonName(to.mention.text.split(/\s+/))) continue;
    // "the band Northwind and Mara Lind": a person's name does not take a band's type from its neighbour.
    if (from.mention.type !== 'Person' && looksLikePersonName(to.mention.text.split(/\s+/))) continue;
    setType(to.mention, from.mention.type, 'list.' + (from.mention.typeRule ?? ''));
    if (from.mention.attributes.country && !to.mention.attributes.country) to.mention.attributes.country = from.mention.attributes.country;
  }
}

/** A type passed on by name from a mention a cue, copula or shape typed ("document.cue.boy"). */
const STRONG_DOCUMENT_RULE = /^document\.(?:cue|copula|shape)\./;

/** True when the name ends a clause that opens its sentence with a participle ("Directed by A", "Written and produced by A"). */
function closesFrontedClause(l: Located): boolean {
  const opener = l.units[0];
  if (!opener || !/^(?:VERB|ADV)$/.test(opener.pos) || !/(?:ed|en|ing)$/i.test(opener.text)) return false;
  return !l.units.slice(1, l.first).some((u) => u.text === ',');
}

/** True when a lower-case word other than a preposition or conjunction follows the name: "B trades lines", "B were". */
function opensClause(l: Located): boolean {
  const next = l.units[l.last + 1];
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !/^(?:ADP|CCONJ|SCONJ|PART|PUNCT|DET)$/.test(next.pos);
}

/** True when the comma-separated names from names[k] on end in an "and", "&" or "or" item, as a list does. */
function listClosesAfter(names: Located[], k: number): boolean {
  for (let j = k + 1; j < names.length; j++) {
    const [a, b] = [names[j - 1], names[j]];
    if (a.mention.sentence !== b.mention.sentence) return false;
    const gap = wordsBetween(a, b);
    if (/^(and|&|, and|or|, or)$/.test(gap)) return true;
    if (gap !== ',' && gap !== ', ,') return false;
  }
  return false;
}

/** A channel's short name: three to five letters or digits with a capital, not shaped like a word ("NWTV", "hvN", "QTV2"; not "Oslo", nor "TV" alone). */
const CHANNEL_SHAPE = /^(?=[\p{L}\d]*\p{Lu})(?!\p{Lu}\p{Ll}+$)[\p{L}\d]{3,5}$/u;

/**
 * In an article about films or series: "NWTV's Glass Harbor" and "the NWTV legal thriller Glass
 * Harbor" name a channel by its short name and the series it shows.
 */
/** A cue noun for a film or a series ("drama", "film"). */
function isScreenCue(u: Unit): boolean {
  return CUE_TYPES.get(lower(u))?.some((t) => t === 'Film' || t === 'TVSeries') ?? false;
}

/** How many lower-case words may stand between an owner's "'s" and the cue noun it owns ("NWTV's hit comedy series"). */
const OWNED_PHRASE_WORDS = 4;
/** The lower-case words after the name's possessive, up to and including a cue noun that ends them; null when there is none. */
function ownedCuedPhrase(l: Located): Unit[] | null {
  if (!/^['’]s?$/.test(l.units[l.last + 1]?.text ?? '')) return null;
  for (let k = l.last + 2; k < l.units.length && k - l.last - 1 <= OWNED_PHRASE_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(l.units[k].text); k++) {
    if (CUE_TYPES.has(lower(l.units[k])) && !/^\p{Ll}/u.test(l.units[k + 1]?.text ?? ',')) return l.units.slice(l.last + 2, k + 1);
  }
  return null;
}
const ownsCuedPhrase = (l: Located): boolean => ownedCuedPhrase(l) !== null;

/**
 * "Salt Harbor, tvQ's new drama, premieres ...", "hvN's hit comedy series": a channel's short name owning a noun
 * phrase that ends in a screen cue is the channel, in an article about anything.
 */
function typeChannelsBeforeScreenCues(located: Located[]): void {
  for (const l of located) {
    if (l.mention.kind !== 'name' || !CHANNEL_SHAPE.test(l.mention.text) || (l.mention.type && strengthOf(l.mention.typeRule) >= STRENGTH.cue)) continue;
    const owned = ownedCuedPhrase(l);
    if (owned && isScreenCue(owned[owned.length - 1])) setType(l.mention, 'Organization', 'role.channel-of-work');
  }
}

function typeChannelsOfScreenWorks(located: Located[], screenType: EntityType): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const [owner, work] = [names[i], names[i + 1]];
    if (owner.mention.type || owner.mention.sentence !== work.mention.sentence || !CHANNEL_SHAPE.test(owner.mention.text)) continue;
    if (work.mention.type && work.mention.type !== 'Film' && work.mention.type !== 'TVSeries') continue;
    // "the NWTV legal thriller X": only cue and genre words between the channel and the work.
    const between = owner.units.slice(owner.last + 1, work.first);
    // "NWTV's X", "NWTV's upcoming fantasy drama X": lower-case words ending in a screen cue may stand after the possessive.
    const afterPossessive = between.slice(1);
    const possessive = /^['’]s?$/.test(between[0]?.text ?? '') && (afterPossessive.length === 0
      || (afterPossessive.length <= 4 && afterPossessive.every((u) => /^\p{Ll}[\p{Ll}-]*$/u.test(u.text)) && isScreenCue(afterPossessive[afterPossessive.length - 1])));
    const described = lower(owner.units[owner.first - 1] ?? owner.units[owner.first]) === 'the' && between.length > 0 && between.length <= 3 && work.mention.type !== null
      && between.some((u) => isScreenCue(u) || GENRE_BY_SURFACE.has(lower(u)));
    if (!possessive && !described) continue;
    setType(owner.mention, 'Organization', 'role.channel-of-work');
    if (!work.mention.type && !looksLikePersonName(work.mention.text.split(/\s+/))) setType(work.mention, screenType, 'role.work-of-channel');
  }
}

/** How many items a list of one-word names needs before one person among them makes them all people. */
const PEOPLE_LIST_MIN = 3;

/**
 * "Jisoo, Jennie, Rosa and Lisa trade lines", "G-Quorv, Tae, Dae and Seung debuted": a list
 * of three or more one-word names, one of them a person or a known given name and none an
 * ordinary word, a place or a cue noun, names people (stage names of a group's members).
 */
function typePeopleLists(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  let start = 0;
  for (let i = 1; i <= names.length; i++) {
    const prev = names[i - 1];
    const cur = names[i];
    const joined = cur && cur.mention.sentence === prev.mention.sentence && /^(,|and|, and)$/.test(wordsBetween(prev, cur));
    if (joined) continue;
    const run = names.slice(start, i);
    start = i;
    if (run.length < PEOPLE_LIST_MIN) continue;
    const word = (l: Located) => l.mention.text;
    if (!run.every((l) => !/\s/.test(word(l)) && (l.mention.type === 'Person' || !l.mention.type))) continue;
    if (run.some((l) => isKnownPlace(word(l)) || isCommonWord(word(l)) || CUE_TYPES.has(word(l).toLowerCase()))) continue;
    if (!run.some((l) => l.mention.type === 'Person' || isKnownFirstName(word(l)))) continue;
    for (const l of run) if (!l.mention.type) setType(l.mention, 'Person', 'list.people');
  }
}

/** True when the list items on both sides of names[k] are people ("Mara Lind, Zenno and Tom Alder"). */
function betweenPeople(names: Located[], k: number): boolean {
  const [prev, cur, next] = [names[k - 1], names[k], names[k + 1]];
  if (!prev || !next || prev.mention.sentence !== cur.mention.sentence || next.mention.sentence !== cur.mention.sentence) return false;
  if (prev.mention.type !== 'Person' || next.mention.type !== 'Person') return false;
  return /^(,|and|, and)$/.test(wordsBetween(prev, cur)) && /^(,|and|, and)$/.test(wordsBetween(cur, next));
}

/**
 * True when the two list items before names[k] are people ("written by Mara Lind, Tom Alder and Quorv",
 * "A B, C D, Quorv and others"): a one-word name that goes on such a list is one too.
 */
function afterTwoPeople(names: Located[], k: number): boolean {
  const [first, second, cur] = [names[k - 2], names[k - 1], names[k]];
  if (!first || !second || first.mention.sentence !== cur.mention.sentence || second.mention.sentence !== cur.mention.sentence) return false;
  if (first.mention.type !== 'Person' || second.mention.type !== 'Person') return false;
  return /^(,|and|, and)$/.test(wordsBetween(first, second)) && /^(,|and|, and)$/.test(wordsBetween(second, cur));
}

/** The units between two names of one sentence, joined by spaces (", and"). */
function wordsBetween(a: Located, b: Located): string {
  return b.units.slice(a.last + 1, b.first).map((u) => u.text).join(' ');
}

/** "has five members: ", "whose members are ", "the line-up includes ": the words that open a list of a group's members. */
const MEMBER_LIST_BEFORE = /\b(?:members|line-up|lineup)(?: (?:are|were|include|included|includes|including))? ?[:,]?$/;
/** How many words a member's name may have (stage names are mostly one). */
const MEMBER_NAME_WORDS = 3;

/**
 * "The group has five members: A, B, C and D": the names a member list opens are people, as surely
 * as after a cue noun, so that a verb elsewhere ("A released a solo single") does not make one a band.
 */
function typeMemberLists(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i < names.length; i++) {
    const before = names[i].units.slice(Math.max(0, names[i].first - 4), names[i].first).map(lower).join(' ');
    if (!MEMBER_LIST_BEFORE.test(before)) continue;
    for (let j = i; j < names.length; j++) {
      const l = names[j];
      if (j > i && (l.mention.sentence !== names[j - 1].mention.sentence || !/^(,|and|, and|&)$/.test(wordsBetween(names[j - 1], l)))) break;
      // (A place's name among them is a stage name: "members are Paris, Tae and Jin".)
      if (l.mention.quoted || l.mention.text.split(/\s+/).length > MEMBER_NAME_WORDS) break;
      if (l.mention.type && l.mention.type !== 'Person' && strengthOf(l.mention.typeRule) >= STRENGTH.cue) break;
      setType(l.mention, 'Person', 'cue.members-list');
    }
  }
}

/** "Northwind's Tom shared his view": a one-word name owned by a band and doing something is a member. */
function typeMembersByPossessive(located: Located[], nameByEnd: Map<number, Mention>): void {
  for (const l of located) {
    if (l.mention.kind !== 'name' || l.mention.type) continue;
    const owner = l.units[l.first - 2] ? nameByEnd.get(l.units[l.first - 2].end) : undefined;
    if (/^['’]s?$/.test(l.units[l.first - 1]?.text ?? '') && owner?.type === 'Band' && l.units[l.last + 1]?.pos === 'VERB') setType(l.mention, 'Person', 'role.band-possessive');
  }
}

/** "Mara Lind's breakout hit 'Paper Moon'": whoever owns a song or album is its performer, a person or a band. */
function typeOwnersOfWorks(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const owner = names[i];
    const work = names[i + 1];
    if (owner.mention.type || owner.mention.sentence !== work.mention.sentence) continue;
    if (work.mention.type !== 'Song' && work.mention.type !== 'Album') continue;
    if (!/^['’]s?$/.test(owner.units[owner.last + 1]?.text ?? '')) continue;
    const between = owner.units.slice(owner.last + 2, work.first);
    // "Northwind's debut album, Glass Coast": a comma after the cue noun sets the title in apposition.
    if (between.length > 1 && between[between.length - 1].text === ',' && CUE_TYPES.has(lower(between[between.length - 2]))) between.pop();
    // Tagger slips such as "hit" read as a verb do not count: cue nouns are nouns here.
    if (between.length > 4 || between.some((u) => (u.pos === 'ADP' || u.pos === 'VERB' || u.text === ',') && !CUE_TYPES.has(lower(u)))) continue;
    setType(owner.mention, performerType(owner.mention.text), 'role.owner-of-work');
  }
}

/** "won Best Folk Album for Night Train": a category named after a kind of work says what the work after "for" is. */
function typeWorksOfAwardCategories(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const award = names[i];
    const work = names[i + 1];
    if (award.mention.type !== 'Award' || award.mention.sentence !== work.mention.sentence) continue;
    if (work.first !== award.last + 2 || award.units[award.last + 1]?.text !== 'for') continue;
    if (work.mention.type && strengthOf(work.mention.typeRule) >= STRENGTH.cue) continue;
    const head = lower(award.units[award.last]);
    const types = CUE_TYPES.get(head);
    if (types?.length !== 1 || !['Song', 'Album', 'Film', 'TVSeries'].includes(types[0])) continue;
    if (looksLikePersonName(work.mention.text.split(/\s+/))) continue;
    setType(work.mention, types[0], `role.award-category-${head}`);
  }
}

/** "Night Train won Best Folk Album", "Paper Moon was named Best Folk Song": a work that wins a category named after a kind of work is of that kind. */
function typeWinnersOfAwardCategories(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const work = names[i];
    const award = names[i + 1];
    if (work.mention.type || award.mention.type !== 'Award' || award.mention.sentence !== work.mention.sentence) continue;
    const between = work.units.slice(work.last + 1, award.first).map(lower).join(' ');
    if (!/^(?:also )?(?:won|wins|took|takes|collected|picked up|earned|was named|is named|was crowned)$/.test(between)) continue;
    // "Northwind won Best Folk Album for Night Train": the winner of a work's category is its maker.
    if (award.units[award.last + 1]?.text === 'for') continue;
    const kind = workKindOf(award);
    if (!kind || looksLikePersonName(work.mention.text.split(/\s+/))) continue;
    setType(work.mention, kind, `role.wins-category-${kind.toLowerCase()}`);
  }
}

/** Between a category that opens a line and its winner: a colon or a spaced dash, and a quotation mark maybe. */
const CATEGORY_LABEL_MARK = /^[:–—-](?: ["“'‘])?$/;

/**
 * "LP of the Year: Night Train by Mara Lind", "Best Folk Song – "Paper Moon"": in a list of winners, a line
 * opens with the category and names the winner after a colon or a dash; a category named after a kind of work
 * makes the winner one.
 */
function typeWinnersAfterCategoryLabels(located: Located[]): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const award = names[i];
    const work = names[i + 1];
    if (work.mention.type || award.mention.type !== 'Award' || award.first !== 0 || award.mention.sentence !== work.mention.sentence) continue;
    if (!CATEGORY_LABEL_MARK.test(award.units.slice(award.last + 1, work.first).map((u) => u.text).join(' '))) continue;
    const kind = workKindOf(award);
    if (kind) setType(work.mention, kind, `role.wins-category-${kind.toLowerCase()}`);
  }
}

/** The kind of work an award category is for: "Best Folk Album", "Ballad of the Year". */
function workKindOf(award: Located): EntityType | null {
  for (let k = award.first; k <= award.last; k++) {
    // A "record of the ..." category honours a single's recording, not an album.
    if (lower(award.units[k]) === 'record' && award.units[k + 1]?.text === 'of') return 'Song';
    const types = CUE_TYPES.get(lower(award.units[k]));
    if (types?.length === 1 && ['Song', 'Album', 'Film', 'TVSeries'].includes(types[0])) return types[0];
  }
  return null;
}

/** "Mara Lind's Night Train left audiences reeling": in an article about films or series, a person's untyped work is one of them. */
/** Words of acting before a character's name in the sentence ("known for her roles", "he played", "starring"). */
const ACTING_CUE = /\b(?:roles?|characters?|played|plays|playing|starred|stars|starring|portrayed|portrays|portraying|voiced|voices|voicing|appeared|appears|cast)\b/i;
/** Right before a character's name: "as", "played", "such as", with a lower-case description between ("as nurse"). */
const ROLE_BEFORE_CHARACTER = /\b(?:as|played|plays|playing|portrayed|portrays|portraying|voiced|voices|voicing|including|such as)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:opposite|alongside|with|and|by|to|for|of|from|in|on)\s)[a-z][a-z-]*\s+){0,2}$/;
/** After the work: words that go on with the sentence, not with the work's name ("in Glass Harbor for NWTV"). */
const AFTER_ROLE_WORK = /^(?:and|or|for|from|on|with|opposite|alongside|until|since|during|which|that|where|who|as|at|by|between|before|after)$/;
/** Between one "character in work" pair and the next of a list. */
const ROLE_LIST_JOIN = /^(?:,|and|, and)$/;

/**
 * "known for his roles as Jack Rook in Glass Harbor and Mara Vell in Night Coast", "characters such as Lisa-Jane in
 * Northside": a name right after "<character> in", where the sentence speaks of acting, is the screen work the
 * character is in; the pairs after it in the same list are read the same way. Not a known place, nor a name shaped
 * like a person's ("as the nurse in Tom Alder's film" is left to the owner rules).
 */
function typeScreenWorksOfRoles(located: Located[], text: string, screenType: EntityType): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  let listWork: Located | null = null;
  for (let i = 0; i + 1 < names.length; i++) {
    const character = names[i];
    const work = names[i + 1];
    if (character.mention.sentence !== work.mention.sentence || wordsBetween(character, work) !== 'in') continue;
    const before = names[i - 1];
    const inList = listWork !== null && before === listWork && before.mention.sentence === character.mention.sentence && ROLE_LIST_JOIN.test(wordsBetween(before, character));
    const units = character.units;
    const sentenceStart = units[0]?.start ?? character.mention.start;
    const lead = text.slice(sentenceStart, character.mention.start);
    if (!inList && !(ROLE_BEFORE_CHARACTER.test(lead) && ACTING_CUE.test(lead))) continue;
    if (work.mention.type && !work.mention.typeRule?.startsWith('fallback.')) continue;
    // "in NWTV's Night Train", "in the NWTV comedy series Night Coast": an owner or a modifier, not the work; "in Night
    // Coast and Mara Vell in ...": a name run on into the next character.
    const next = work.units[work.last + 1];
    if (next && (/^['’]s?$/.test(next.text) || next.lower === 'in' || (next.word && !next.capitalised && !AFTER_ROLE_WORK.test(next.lower)))) continue;
    const words = work.mention.text.split(/\s+/);
    if (looksLikePersonName(words) || isKnownPlace(work.mention.text) || isCueNounName(work.mention.text)) continue;
    setType(work.mention, screenType, 'role.character-in-work');
    listWork = work;
  }
}

function typeScreenWorksOfPeople(located: Located[], screenType: EntityType): void {
  const names = located.filter((l) => l.mention.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const owner = names[i];
    const work = names[i + 1];
    if (owner.mention.type !== 'Person' || work.mention.type || owner.mention.sentence !== work.mention.sentence) continue;
    if (!/^['’]s?$/.test(owner.units[owner.last + 1]?.text ?? '') || work.first !== owner.last + 2) continue;
    if (looksLikePersonName(work.mention.text.split(/\s+/)) || isCueNounName(work.mention.text) || isKnownPlace(work.mention.text)) continue;
    // "Mara Lind's Lyre-winning film": a name inside a compound modifier is no work.
    const lastUnit = work.units[work.last];
    if (lastUnit.end > work.mention.end || /^[-‐–]/.test(work.units[work.last + 1]?.text ?? '') || /-\p{Ll}+$/u.test(work.mention.text)) continue;
    setType(work.mention, screenType, 'role.person-screen-work');
  }
}

/**
 * Film or TVSeries, by which the article's cue nouns ("the film", "the drama") name more often; films when tied.
 * And the work a bare title most likely is: that screen type, or an album where music cue nouns outnumber screen ones;
 * and whether screen cue nouns outnumber music ones.
 */
function workTypes(unitsBySentence: Unit[][]): WorkTypes {
  let film = 0;
  let series = 0;
  let music = 0;
  let dramas = 0;
  let records = 0;
  for (const units of unitsBySentence) {
    for (const u of units) {
      // "Brisk Season", "The Song Machine": a capitalised cue word next to another capitalised word is part of a name
      // (a title), not a word that says what the article is about.
      if (u.capitalised && u.index > 0 && (units[u.index - 1]?.capitalised || units[u.index + 1]?.capitalised)) continue;
      const types = CUE_TYPES.get(lower(u));
      if (types?.length !== 1) continue;
      if (types[0] === 'Film') film++;
      if (types[0] === 'TVSeries') series++;
      if (DRAMA_WORDS.has(lower(u))) dramas++;
      if (types[0] === 'Album' || types[0] === 'Song') music++;
      if ((types[0] === 'Album' || types[0] === 'Song') && !WORK_NEUTRAL_MUSIC_CUES.has(lower(u))) records++;
    }
  }
  const screen = series > film ? 'TVSeries' : 'Film';
  // Films named, and no series but by the word "drama": a drama is a film there.
  return { screen, work: music > film + series ? 'Album' : screen, screenArticle: film + series > music, dramaIsFilm: film > 0 && series === dramas, records, screenCues: film + series };
}
