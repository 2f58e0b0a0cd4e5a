// Pure helpers about the shape of names.
import type { EntityType } from './types.ts';
import { HONORIFICS, SURNAMES, WORD_GIVEN_NAMES, CUE_TYPES, STAGE_NAME_PREFIXES, COUNTRY_BY_SURFACE, RELEASE_FORMATS, isKnownFirstName, isKnownEnglishLastName, isCommonWord, isEnglishWordForm, isKnownPlace } from './lexicon/index.ts';

/**
 * What may stand between a description and the name it introduces: "the new film, titled X",
 * "the lead single, \"X\"", "the album, X". Coreference and templates both read the pair as one thing.
 */
// "its final album of original material, X": an "of" phrase of plain words may close the description.
export const APPOSITIVE_GAP = /^(?:\s+of\s+(?:[a-z-]+\s+){0,3}[a-z-]+)?\s*,\s*(?:(?:titled|entitled|retitled|re-titled|renamed|called|named|dubbed)\s+)?["'“‘]?$/;

const INITIAL = /^\p{Lu}\.$/u;
// "Lind", "Ji-hoon", and prefixed family names with an inner capital: "DeVarre", "McAdam".
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\p{Ll}{0,2}['’]?\p{Lu}\p{Ll}+)(?:-\p{L}[\p{Ll}]+)?$/u;

/** "Wen-hao", "Ha-neul": an East Asian given name of two syllables joined by a hyphen. */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/**
 * True for "Mara Lind", "Kim Min Seo", "Park Ji-hoon", "Tanaka Haruka":
 * two to four name-shaped words of which one is a known given name or family
 * name (either order, since East Asian names put the family name first).
 */
export function looksLikePersonName(words: string[]): boolean {
  if (words.length === 0) return false;
  const parts = HONORIFICS.has(words[0]) ? words.slice(1) : words;
  if (parts.length < 2 || parts.length > 4) return HONORIFICS.has(words[0]) && parts.length === 1;
  // "J. Quorra Venn", "Elsa M. Dunmore": initials anywhere but last.
  if (!parts.every((w, i) => NAME_WORD.test(w) || (i < parts.length - 1 && INITIAL.test(w)))) return false;
  if (parts.some((w) => INITIAL.test(w)) && NAME_WORD.test(parts[parts.length - 1])) return true;
  // "Summer Song", "Summer Drama": a cue noun makes it a title, whatever the name lists say.
  if (parts.some((w) => CUE_TYPES.has(w.toLowerCase()))) return false;
  if (SURNAMES.has(parts[0]) && (parts.length === 3 || /-/.test(parts[1]))) return true;
  const last = parts[parts.length - 1];
  // "Quiet River", "Dear Blossom": a given name that is also a word closes titles; it names a person only before a family name.
  if (parts.some((w, i) => isKnownFirstName(w) && (i < parts.length - 1 || !isCommonWord(w)))) return true;
  if (SURNAMES.has(parts[0])) return true;
  // "Wen-hao Liang", "Ha-neul Kim": a Chinese or Korean family name after a hyphenated given name of syllables
  // that are no English words ("Hip-hop Moon" is none).
  if (parts.length === 2 && SURNAMES.has(last) && HYPHENATED_GIVEN_NAME.test(parts[0]) && !parts[0].split('-').every((w) => isEnglishWordForm(w))) return true;
  return isKnownEnglishLastName(last);
}

/**
 * Two or three name-shaped words whose last is no ordinary English word ("Quorvo Taleki",
 * not "Harbor Lights"): a person's name when the wording already says a person stands there
 * ("directed by Quorvo Taleki"), though no name list knows it.
 */
export function hasPersonNameShape(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (words.some((w) => CUE_TYPES.has(w.toLowerCase()) || COUNTRY_BY_SURFACE.has(w))) return false;
  return !isCommonWord(words[words.length - 1]) && !isKnownPlace(words.join(' '));
}

/**
 * Two name-shaped words, neither an ordinary English word nor a place ("Quorvo Taleki", not
 * "Black Harbor" or "Harbor Lights"): a person's name when nothing else says what the name is.
 */
export function hasStrictPersonNameShape(words: string[]): boolean {
  if (words.length !== 2 || !hasPersonNameShape(words)) return false;
  // "Robin Quorvley": a given name that is also a word opens a person's name before a family name that is none.
  return !words.some((w, i) => (isCommonWord(w) && !(i === 0 && WORD_GIVEN_NAMES.has(w))) || isKnownPlace(w) || HONORIFICS.has(w) || /^(The|A|An|Mr|Mrs|Ms|Lady|Lord|Sir|Saint|St)\.?$/.test(w) || /-(?:based|born|era|style|language|made)$/.test(w));
}

/** The folded key two name mentions share when they name the same thing ("Paper Lanterns" = "paper lanterns"). */
const QUOTE_CHAR = /[‘’'"“”]/;
const QUOTE_CHARS = /[‘’'"“”]/g;
/** Whitespace other than single spaces between words: only then is there anything to collapse or trim. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

export function nameKey(text: string): string {
  // Asked for every mention several times over; the common case (no quotes, single spaces) only lower-cases.
  let key = text.toLowerCase();
  if (QUOTE_CHAR.test(key)) key = key.replace(QUOTE_CHARS, '');
  return UNEVEN_SPACE.test(key) ? key.replace(/\s+/g, ' ').trim() : key;
}

/**
 * True for a capitalised span made only of cue nouns ("Songs", "OST", "Drama
 * Series"): a name only where quotes or a cue say so, never on a phrasing alone.
 */
export function isCueNounName(text: string): boolean {
  return text.split(/\s+/).every((w) => CUE_TYPES.has(w.toLowerCase()));
}

/** A cue noun written in capitals ("OST"): a description's head when a determiner comes first, never a work's name. */
export function isAcronymCue(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text) && isCueNounName(text);
}

/** Types whose names are often shortened by dropping leading words ("the Top 40" for "the Northwind Top 40"). */
export const SHORTENED_BY_SUFFIX: ReadonlySet<EntityType> = new Set(['Chart', 'Organization', 'Award', 'Band']);

const ALL_CAPS_OR_DIGITS = /^[\p{Lu}\d\s&.'’-]+$/u;

/** "DJ Quorv", "MC Venn": a stage-name prefix before a name. */
export function hasStageNamePrefix(words: string[]): boolean {
  return words.length > 1 && STAGE_NAME_PREFIXES.has(words[0]);
}

/**
 * A performer known only by name: a person or a group? A person's shape, a
 * stage-name prefix ("DJ Quorv") or a closing initial ("Zenna Q") says person;
 * all capitals or digits ("NWX", "3WAY") say group; a single word is more often
 * a singer than a band; several other words more often a band.
 */
export function performerType(name: string): 'Person' | 'Band' {
  const words = name.split(/\s+/);
  if (looksLikePersonName(words)) return 'Person';
  if (hasStageNamePrefix(words) || (words.length > 1 && /^\p{Lu}\.?$/u.test(words[words.length - 1]))) return 'Person';
  if (ALL_CAPS_OR_DIGITS.test(name) && name.length > 2) return 'Band';
  return words.length === 1 ? 'Person' : 'Band';
}

const TITLE_START = /^[\p{Lu}\d]/u;
const LIST_WORDS = /\b(?:albums?|songs|tracks|list)\b/i;

/**
 * A work's name that reads as a title: it opens with a capital or a digit and is no release
 * format or list ("thanks" in quotes, "DVD", "The 100 Best Albums"). Article-level guesses
 * credit only such names.
 */
export function isTitleLike(name: string): boolean {
  return TITLE_START.test(name) && !RELEASE_FORMATS.has(name.toLowerCase()) && !LIST_WORDS.test(name);
}

/**
 * The words before a name that give it as another name of a work named before: "originally titled X",
 * "previously known as X", "under the title X", "Tiempo Azul" ("X"), (Spanish: "X"), (Japanese: ..., lit. "X"). Such a name is no
 * work of its own, so article-level guesses credit nothing to a work named only so.
 */
export const ALIAS_BEFORE = /(?:\b(?:originally|formerly|previously|also|first|once|initially|alternatively)\s+(?:titled|entitled|called|named|known\s+as)|\bunder\s+the\s+(?:title|name)|["”’]\s*\((?:\p{Lu}\p{Ll}+:\s*)?|\(\p{Lu}\p{Ll}+:|\((?:\p{Lu}\p{Ll}+:[^()]{0,40}?[,;]\s*)?(?:lit\.|literally|transl\.|translated))\s*["“‘']?$/u;

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** "Night Train 2", "Night Train II", "Night Train: Part 2", "Night Train – Part II": the base title and the number. */
const NUMBERED = /^(.+?)(?:\s*[:–—-])?\s+(?:(?:Part|Chapter|Season|Vol\.?|Volume)\s+)?(\d{1,2}|[IVX]{1,4})$/;

/** A title's base and its number ("Night Train" and 2 for "Night Train Part II"); null for a title without one. */
export function numberedTitle(text: string): { base: string; n: number } | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[2]) ? Number(m[2]) : ROMAN.indexOf(m[2]) + 1;
  return n > 0 ? { base: m[1].trim(), n } : null;
}
