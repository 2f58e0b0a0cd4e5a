// Loads the lexicon data files once and turns them into lookup tables.
// Adding a word means editing a JSON file here, never the code that uses it.
// JSON imports rather than file reads, so that a bundle (npm run build) carries them inside it.
import countriesJson from './countries.json' with { type: 'json' };
import genresJson from './genres.json' with { type: 'json' };
import cueNounsJson from './cue-nouns.json' with { type: 'json' };
import peopleJson from './people.json' with { type: 'json' };
import firstNamesJson from './first-names.json' with { type: 'json' };
import wordsJson from './words.json' with { type: 'json' };
import englishJson from './english.json' with { type: 'json' };
import calendarJson from './calendar.json' with { type: 'json' };
import type { EntityType } from '../types.ts';

const countryData = countriesJson as unknown as { countries: Record<string, string[]>; genrePrefixes: Record<string, string> };
const genreData = genresJson as unknown as { genres: Record<string, string[]>; needsWorkCue: string[]; musicianNouns: string[]; screenGenres: string[]; screenGenreNouns: string[] };
const cueData = (cueNounsJson as unknown as {
  types: Record<string, string[]>;
  anyWork: string[];
  nameSuffixes: Record<string, string[]>;
  awardCategoryStarts: string[];
  awardCategoryEnds: string[];
  chartNumberWords: string[];
  chartSizes: string[];
  bandRoles: string[];
  groupTitles: string[];
  sharedBandRoles: string[];
  occupations: string[];
  bandSizes: Record<string, number>;
  memberCountRange: [number, number];
  labelShortNameSuffixes: string[];
  organizationHeadWords: string[];
  organizationOfHeads: string[];
});
const peopleData = peopleJson as unknown as { honorifics: string[]; koreanSurnames: string[]; japaneseGivenNames: string[]; thaiGivenNames: string[]; japaneseSurnames: string[]; chineseSurnames: string[]; stageNamePrefixes: string[]; wordGivenNames: string[]; rankTitles: string[] };
const firstNameData = firstNamesJson as unknown as { firstNames: string[]; feminine: string[]; masculine: string[] };
const wordData = wordsJson as unknown as { pronouns: Record<string, { types: EntityType[]; plural: boolean; possessive: boolean }>; determiners: string[]; titleConnectors: string[]; npFiller: string[]; clauseOpeners: string[]; releaseFormats: string[]; partNouns: string[]; remakeNouns: string[]; roleModifiers: string[]; creditParticiples: string[]; outsiderRoles: string[]; foreignArticles: string[]; foreignParticles: string[]; numberWords: { units: string[]; teens: string[]; tens: string[] } };

/** Month name or abbreviation (lower case) → the month's number, 1–12. */
export const MONTHS = new Map(Object.entries((calendarJson as unknown as { months: Record<string, number> }).months));
export const WEEKDAYS: ReadonlySet<string> = new Set((calendarJson as unknown as { weekdays: string[] }).weekdays);

/** Surface form (exact case) → canonical country name. */
export const COUNTRY_BY_SURFACE = new Map<string, string>();
for (const [country, surfaces] of Object.entries(countryData.countries)) {
  for (const s of surfaces) COUNTRY_BY_SURFACE.set(s, country);
}
export const COUNTRY_BY_PREFIX = new Map(Object.entries(countryData.genrePrefixes));
export const COUNTRY_NAMES = new Set(Object.keys(countryData.countries));

/** Lower-cased surface form → canonical genre. */
export const GENRE_BY_SURFACE = new Map<string, string>();
for (const [genre, surfaces] of Object.entries(genreData.genres)) {
  for (const s of surfaces) GENRE_BY_SURFACE.set(s.toLowerCase(), genre);
}
export const GENRES_NEEDING_WORK_CUE = new Set(genreData.needsWorkCue);
/** "singer", "band": musician nouns a music genre word may stand before ("Soul singer A"). */
export const MUSICIAN_NOUNS = new Set(genreData.musicianNouns.map((w) => w.toLowerCase()));
/** Canonical genres of films and series. */
export const SCREEN_GENRES = new Set(genreData.screenGenres);
export const SCREEN_GENRE_NOUNS: ReadonlySet<string> = new Set(genreData.screenGenreNouns);

/** Lower-cased cue noun → the entity types it announces. */
export const CUE_TYPES = new Map<string, EntityType[]>();
for (const [type, cues] of Object.entries(cueData.types)) {
  for (const cue of cues) {
    const key = cue.toLowerCase();
    CUE_TYPES.set(key, [...(CUE_TYPES.get(key) ?? []), type as EntityType]);
  }
}
export const WORK_TYPES: EntityType[] = ['Song', 'Album', 'Film', 'TVSeries', 'Book'];
for (const cue of cueData.anyWork) CUE_TYPES.set(cue, WORK_TYPES);
export const ANY_WORK_CUES = new Set(cueData.anyWork);
/** Cue nouns in the plural: "the two bands" refers to more than one thing. */
export const PLURAL_CUES = new Set([...CUE_TYPES.keys()].filter((c) => /[^s]s$/.test(c) && CUE_TYPES.has(c.slice(0, -1))));
export const MAX_CUE_WORDS = Math.max(...[...CUE_TYPES.keys()].map((c) => c.split(' ').length));

export const NAME_SUFFIXES: [EntityType, string[]][] = Object.entries(cueData.nameSuffixes)
  .map(([type, suffixes]) => [type as EntityType, suffixes.map((s) => s)]);
export const AWARD_CATEGORY_STARTS = cueData.awardCategoryStarts;
/** Suffixes a record label's name drops when it is named again ("Harbor Records", "Harbor"). */
export const LABEL_SHORT_NAME_SUFFIXES: string[] = cueData.labelShortNameSuffixes;
/** Foreign words for a record company or broadcaster that open or end its name ("Disques Xyz", "Xyz Dischi"). */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set(cueData.organizationHeadWords);
/** Words that head an organization's name before an "of" phrase ("Harbor Institute of Music"). */
export const ORGANIZATION_OF_HEADS = new Set<string>(cueData.organizationOfHeads);
export const AWARD_CATEGORY_ENDS = cueData.awardCategoryEnds;
export const CHART_NUMBER_WORDS = cueData.chartNumberWords;
export const CHART_SIZES = cueData.chartSizes;
/** Roles a person holds in a band ("drummer", "lead singer"), lower-case. */
export const BAND_ROLES = cueData.bandRoles;
/** "member Dain", "Leader Hyunwoo": a person's place in a group named without an instrument. */
export const GROUP_TITLES = cueData.groupTitles;
export const SHARED_BAND_ROLES = new Set(cueData.sharedBandRoles);
/** Occupations that stand before a name as a title ("Singer X"), lower-case. */
export const OCCUPATIONS = new Set(cueData.occupations);
/** English number words under a hundred (words.json), in the order of their values. */
export const NUMBER_WORDS = wordData.numberWords;

/** The number a phrase of number words under two hundred names ("a hundred and five" is 105, "thirty-five" 35). */
export function numberWordsValue(words: string): number {
  const { units, teens, tens } = NUMBER_WORDS;
  let total = 0;
  for (const word of words.toLowerCase().split(/[- ]+/)) {
    if (word === 'hundred') total = (total || 1) * 100;
    else if (units.includes(word)) total += units.indexOf(word) + 1;
    else if (teens.includes(word)) total += teens.indexOf(word) + 10;
    else if (tens.includes(word)) total += (tens.indexOf(word) + 2) * 10;
  }
  return total;
}

const [FEWEST_MEMBERS, MOST_MEMBERS] = cueData.memberCountRange;
export const BAND_SIZES = new Map<string, number>([
  ...Object.entries(cueData.bandSizes),
  // "seven-member", "7-member": the number of members before "-member".
  ...[...NUMBER_WORDS.units, ...NUMBER_WORDS.teens].map((word) => [word, numberWordsValue(word)] as const)
    .filter(([, n]) => n >= FEWEST_MEMBERS && n <= MOST_MEMBERS)
    .flatMap(([word, n]) => [[`${word}-member`, n], [`${n}-member`, n]] as [string, number][]),
]);

export const HONORIFICS = new Set(peopleData.honorifics);
export const RANK_TITLES = new Set(peopleData.rankTitles);
/** Given names that are also ordinary words ("Robin", "Ray"): no first-name list holds them. */
export const WORD_GIVEN_NAMES = new Set(peopleData.wordGivenNames);
export const STAGE_NAME_PREFIXES = new Set(peopleData.stageNamePrefixes);
export const SURNAMES = new Set([...peopleData.koreanSurnames, ...peopleData.chineseSurnames, ...peopleData.japaneseSurnames]);
export const GIVEN_NAMES = new Set([...peopleData.japaneseGivenNames, ...peopleData.thaiGivenNames, ...firstNameData.firstNames]);
const FEMININE_NAMES = new Set(firstNameData.feminine);
const MASCULINE_NAMES = new Set(firstNameData.masculine);
const JAPANESE_GIVEN_NAMES = new Set(peopleData.japaneseGivenNames);
/**
 * 'female' or 'male' for a person's name whose given name the name data gives to women only or to men only;
 * null otherwise, and for names that open with an East Asian family name ("Lee Dohyun") or hold a Japanese
 * given name ("Yuri" is a man's name in the Latin-script locales and a woman's in Japan).
 */
export function personNameGender(name: string): 'female' | 'male' | null {
  const words = name.split(/\s+/);
  if (SURNAMES.has(words[0]) || words.some((w) => JAPANESE_GIVEN_NAMES.has(w))) return null;
  return FEMININE_NAMES.has(words[0]) ? 'female' : MASCULINE_NAMES.has(words[0]) ? 'male' : null;
}

export const PRONOUNS = new Map(Object.entries(wordData.pronouns));
export const DETERMINERS = new Set(wordData.determiners);
export const TITLE_CONNECTORS = new Set(wordData.titleConnectors);
/** Capitalised articles that open a French, Spanish, Italian, Portuguese or German title ("Les", "El", "Die"). */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(wordData.foreignArticles);
/** Lower-case articles and particles of those languages ("de", "des", "delle", "ohne"). */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(wordData.foreignParticles);
/** Words that may stand between a cue noun's determiner and the noun ("the upcoming movie"). */
export const NP_FILLER = new Set(wordData.npFiller);
/** Words that open a clause, never a name ("When Night Train opens"). */
export const CLAUSE_OPENERS = new Set(wordData.clauseOpeners);
/** Media a work is released on ("on CD", "on DVD"), lower-cased: no label's name. */
/** Nouns for a piece or version of a work ("part", "remix"), lower-case. */
export const PART_NOUNS = wordData.partNouns;
/** Words that describe a person before a role noun ("veteran", "solo"), lower-case. */
export const ROLE_MODIFIERS = new Set(wordData.roleModifiers);
/** Participles of a credit before "by" ("written", "produced"), lower-case. */
export const CREDIT_PARTICIPLES = new Set(wordData.creditParticiples);
/** Nouns for a new work made from another ("remake", "adaptation"), lower-case. */
export const REMAKE_NOUNS = wordData.remakeNouns;
/** People a band's possessive names who are not its members ("the band's longtime collaborator A"). */
export const OUTSIDER_ROLES = wordData.outsiderRoles;
export const RELEASE_FORMATS = new Set(wordData.releaseFormats.map((f) => f.toLowerCase()));

// English names, ordinary words and places from compromise's lexicon, kept as data
// (scripts/build-english-lexicon.ts) so that the pipeline need not load compromise.
const englishData = englishJson as unknown as { firstNames: string[]; lastNames: string[]; commonWords: Record<string, string>; places: string[] };
const ENGLISH_FIRST_NAMES = new Set(englishData.firstNames);
const ENGLISH_LAST_NAMES = new Set(englishData.lastNames);
const ENGLISH_WORDS = new Map(Object.entries(englishData.commonWords));
const PLACES = new Set(englishData.places);

export function isKnownFirstName(word: string): boolean {
  return GIVEN_NAMES.has(word) || ENGLISH_FIRST_NAMES.has(word.toLowerCase());
}
export function isKnownEnglishLastName(word: string): boolean {
  return ENGLISH_LAST_NAMES.has(word.toLowerCase());
}

/** An ordinary English word ("songs", "would"), not a name. People nouns ("mother") are names of works often enough to be left out. */
export function isCommonWord(word: string): boolean {
  const tag = ENGLISH_WORDS.get(word.toLowerCase());
  return tag !== undefined && tag !== 'Actor';
}

/** An English word, people nouns included ("member"), or an inflected form of one ("songs", "remixes", "performed"). */
export function isEnglishWordForm(word: string): boolean {
  const w = word.toLowerCase();
  if (ENGLISH_WORDS.has(w)) return true;
  const stems = [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ly$/, '')];
  return stems.some((stem) => stem !== w && stem.length > 2 && ENGLISH_WORDS.has(stem));
}

/** A verb's past form by the lexicon ("swept", "came") or by its ending ("released"). */
export function isPastTenseForm(word: string): boolean {
  const w = word.toLowerCase();
  const tag = ENGLISH_WORDS.get(w);
  return tag === 'PastTense' || (/[a-z]{3}ed$/.test(w) && (tag === undefined || tag === 'Adjective'));
}

/** "Fans", "Critics": a plural by the lexicon or by its ending, unless it is a known name or place ("Paris"). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (ENGLISH_WORDS.get(w) === 'Plural') return true;
  return /^[a-z]{2,}[^sui]s$/.test(w) && !ENGLISH_FIRST_NAMES.has(w) && !ENGLISH_LAST_NAMES.has(w) && !PLACES.has(w);
}

/** A city, region or country ("Seoul", "Massachusetts"): a place, not a title. */
export function isKnownPlace(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}
