// Descriptions ("the movie", "the 24-year-old singer") and pronouns: the mentions that refer to an
// entity named elsewhere, with the types they can refer to.
import type { EntityType } from '../types.ts';
import { isCapitalised, lower, type Unit } from '../units.ts';
import {
  COUNTRY_BY_SURFACE, GENRE_BY_SURFACE, CUE_TYPES, MAX_CUE_WORDS, PRONOUNS, DETERMINERS, NP_FILLER, PLURAL_CUES, ANY_WORK_CUES, REMAKE_NOUNS,
  CREDIT_PARTICIPLES, SCREEN_GENRE_NOUNS,
} from '../lexicon/index.ts';
import { isAcronymCue } from '../names.ts';
import type { Draft } from './draft.ts';

const STARS_VERB = /^(stars|co-stars)$/;
const SCREEN_WORKS = new Set<EntityType>(['Film', 'TVSeries']);

const POSSESSIVE_UNIT = /^['’]s$/;
/** "Mara Lind's remake": the work a remake noun names is another than the one the owner's name might own. */
const REMAKE_NOUN_SET = new Set(REMAKE_NOUNS);

/** "the movie", "the Korean boy band", "this track": a determiner, modifiers, a cue noun, and no name after it. */
export function descriptions(units: Unit[], names: Draft[]): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i < units.length; i++) {
    // "Mara Lind's remake": a name's possessive stands as the determiner of a remake noun only (below).
    const owned = POSSESSIVE_UNIT.test(units[i].text) && i > 0 && names.some((n) => n.kind === 'name' && n.end === units[i - 1].end);
    // "adapted into a 1993 film of the same name": an indefinite description counts only before "of the same name" (else it is seldom a thing the article names).
    const indefinite = !owned && INDEFINITE.test(units[i].text);
    if (!owned && !indefinite && !DETERMINERS.has(lower(units[i]))) continue;
    // "the Harbor City, Quorvia, group": a town and its state or country, commas and all, before a group's cue.
    const town = townAndRegionBefore(units, i);
    if (town) { found.push(town); i = units.indexOf(units.find((u) => u.end === town.end)!); continue; }
    let j = i + 1;
    let headEnd = -1;
    let headTypes: EntityType[] = [];
    // "the Tokyo four-piece", "the Harbor City rock trio": a place's name before a group's cue.
    let placeWords = 0;
    while (j < units.length && j - i <= 5) {
      const cue = longestCue(units, j);
      // "The film stars Mara Lind": after a work's cue noun, "stars" is the verb, not a head noun ("film stars").
      if (cue && headEnd > 0 && STARS_VERB.test(units[j].text) && headTypes.some((t) => SCREEN_WORKS.has(t))) break;
      if (cue) {
        // "the drama version": the specific cue decides, "version" only extends the phrase.
        const general = ANY_WORK_CUES.has(units.slice(j, cue.end).map(lower).join(' '));
        if (!(general && headTypes.length)) headTypes = general ? ['Film', 'TVSeries'] : cue.types;
        headEnd = cue.end;
        j = cue.end;
        continue;
      }
      // "the South Korean original": a country's surface of two words.
      if (headEnd < 0 && units[j + 1] && COUNTRY_BY_SURFACE.has(`${units[j].text} ${units[j + 1].text}`)) { j += 2; continue; }
      const l = lower(units[j]);
      // "the dark, synth-heavy track": a lower-case compound is a modifier, and a comma may stand between two of them.
      const modifier = (u: Unit | undefined) => u !== undefined && (u.pos === 'ADJ' || /^\p{Ll}+-\p{Ll}+$/u.test(u.text));
      if (headEnd < 0 && (NP_FILLER.has(l) || COUNTRY_BY_SURFACE.has(units[j].text) || GENRE_BY_SURFACE.has(l) || /^\d{4}$/.test(l) || modifier(units[j]) || units[j].pos === 'NUM')) { j++; continue; }
      if (headEnd < 0 && l === ',' && j > i + 1 && modifier(units[j - 1]) && modifier(units[j + 1])) { j++; continue; }
      // "the hit Korean spy drama": a cue noun before a country, genre or adjective and a later cue noun is a modifier.
      if (headEnd > 0 && (COUNTRY_BY_SURFACE.has(units[j].text) || GENRE_BY_SURFACE.has(l) || units[j].pos === 'ADJ')) {
        let k = j + 1;
        while (k < units.length && k - j < 3 && !longestCue(units, k) && (COUNTRY_BY_SURFACE.has(units[k].text) || GENRE_BY_SURFACE.has(lower(units[k])) || /^\p{Ll}+$/u.test(units[k].text))) k++;
        if (k - i <= 6 && longestCue(units, k)) { headEnd = -1; headTypes = []; j = k; continue; }
      }
      if (headEnd < 0 && j === placeWords + i + 1 && placeWords < 2 && lower(units[i]) === 'the' && isCapitalised(units[j]) && units[j].word && /^\p{Lu}\p{Ll}+$/u.test(units[j].text)) { placeWords++; j++; continue; }
      break;
    }
    // "The thriller is a remake of ...": a genre noun heading a definite phrase before its verb is the work itself.
    // "The supernatural thriller, directed by Mara Lind, stars ...": so is one set off by a credit's participle.
    const creditAside = units[j]?.text === ',' && units[j + 1] !== undefined && CREDIT_PARTICIPLES.has(lower(units[j + 1]));
    if (headEnd < 0 && lower(units[i]) === 'the' && j > i + 1 && SCREEN_GENRE_NOUNS.has(lower(units[j - 1])) && (units[j]?.pos === 'VERB' || units[j]?.pos === 'AUX' || creditAside)) {
      headEnd = j;
      headTypes = ['Film', 'TVSeries'];
    }
    if (headEnd < 0) continue;
    if (placeWords > 0 && !(headTypes.length === 1 && headTypes[0] === 'Band' && !PLURAL_CUES.has(lower(units[headEnd - 1])))) continue;
    // "The Japanese Mother": a capitalised head noun inside the phrase makes it a title, not a
    // description ("the new K-drama" is one: its capital is the country prefix).
    // An acronym cue ("the OST") is a description too.
    if (headEnd - 1 > i && isCapitalised(units[headEnd - 1]) && !/^\p{Lu}-\p{Ll}/u.test(units[headEnd - 1].text) && !isAcronymCue(units[headEnd - 1].text)) continue;
    const next = units[headEnd] && /^['‘"“]$/u.test(units[headEnd].text) ? units[headEnd + 1] : units[headEnd];
    // "the movie Signal": the cue types the name that follows; it is no description itself.
    if (next && (isCapitalised(next) || names.some((n) => n.start === next.start && n.kind === 'name'))) continue;
    if (owned && !REMAKE_NOUN_SET.has(lower(units[headEnd - 1]))) continue;
    if (indefinite && !sameNameAfter(units, headEnd)) continue;
    const plural = PLURAL_CUES.has(lower(units[headEnd - 1])) || units.slice(i + 1, headEnd).some((u) => /^(two|three|four|five|both)$/i.test(u.text));
    found.push({ start: units[owned ? i + 1 : i].start, end: units[headEnd - 1].end, text: '', sentence: units[i].sentence, kind: 'description', type: headTypes.length === 1 ? headTypes[0] : null, typeRule: 'cue.description', plural, candidateTypes: headTypes } as Draft);
    i = headEnd - 1;
  }
  return found;
}

const INDEFINITE = /^an?$/i;
/** "of the same name" (or title) from the unit at i on. */
function sameNameAfter(units: Unit[], i: number): boolean {
  const words = units.slice(i, i + 4).map(lower);
  return words[0] === 'of' && words[1] === 'the' && words[2] === 'same' && (words[3] === 'name' || words[3] === 'title');
}

function townAndRegionBefore(units: Unit[], i: number): Draft | null {
  if (lower(units[i]) !== 'the') return null;
  const place = (u: Unit | undefined) => u !== undefined && u.word && /^\p{Lu}\p{Ll}+$/u.test(u.text);
  if (!place(units[i + 1]) || units[i + 2]?.text !== ',' || !place(units[i + 3]) || units[i + 4]?.text !== ',') return null;
  const cue = longestCue(units, i + 5);
  if (!cue || cue.types.length !== 1 || cue.types[0] !== 'Band' || PLURAL_CUES.has(lower(units[cue.end - 1]))) return null;
  const next = units[cue.end];
  if (next && isCapitalised(next)) return null;
  return { start: units[i].start, end: units[cue.end - 1].end, text: '', sentence: units[i].sentence, kind: 'description', type: 'Band', typeRule: 'cue.description', plural: false, candidateTypes: ['Band'] } as Draft;
}

/** First words of the cue phrases, so that most words are rejected by one lookup. */
const CUE_FIRST_WORDS = new Set([...CUE_TYPES.keys()].map((cue) => cue.split(' ')[0]));

/** "the 74-year-old": an age standing as the head noun refers to a person, as news writing does. */
const AGE_HEAD = /^\d{1,3}-year-old$/;

export function longestCue(units: Unit[], at: number): { end: number; types: EntityType[] } | null {
  const first = units[at] ? lower(units[at]) : '';
  if (AGE_HEAD.test(first)) return { end: at + 1, types: ['Person'] };
  if (!CUE_FIRST_WORDS.has(first) && !(/^\p{L}-/u.test(first) && CUE_FIRST_WORDS.has(first.slice(2).split(' ')[0]))) return null;
  for (let width = Math.min(MAX_CUE_WORDS, units.length - at); width >= 1; width--) {
    const phrase = units.slice(at, at + width).map(lower).join(' ');
    const types = CUE_TYPES.get(phrase) ?? (/^\p{L}-/u.test(phrase) ? CUE_TYPES.get(phrase.slice(2)) : undefined);
    if (types) return { end: at + width, types };
  }
  return null;
}

export function pronouns(units: Unit[]): Draft[] {
  const found: Draft[] = [];
  for (const u of units) {
    const entry = PRONOUNS.get(lower(u));
    if (!entry) continue;
    found.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'pronoun', type: entry.types.length === 1 ? entry.types[0] : null, typeRule: 'pronoun', plural: entry.plural, candidateTypes: entry.types } as Draft);
  }
  return found;
}
