// Word units: wink-nlp splits "K-Pop", "Byung-hun" and "Don't" into several
// tokens; names are made of whole words, so rejoin tokens written without a space.
import type { ArticleDoc, Sentence, Token } from './types.ts';
import { isCommonWord } from './lexicon/index.ts';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** wink-nlp's tag of the unit's first token, PROPN if any token is one. */
  pos: string;
  sentence: number;
  /** Position of the unit in its sentence. */
  index: number;
  /** The text in lower case, and the shape tests below: computed once, since every pass asks. */
  lower: string;
  capitalised: boolean;
  word: boolean;
  oddlyShaped: boolean;
}

const POSSESSIVE = /^['’]s?$/i;
const DROPPED_G = /^['’]$/;

function joinsPrevious(prev: Token, next: Token, following: Token | undefined): boolean {
  if (next.start !== prev.end) return false;
  // "QU.O", "site.org": a full stop between letters with no space on either side is inside the word.
  if (next.text === '.' && following?.start === next.end && /^\p{L}/u.test(following.text) && /\p{L}$/u.test(prev.text)) return true;
  // "Rollin' Home", "Burnin' the Harbor": an apostrophe for a dropped "g" ends the word it shortens, not a possessive.
  if (DROPPED_G.test(next.text) && following?.start !== next.end && /\p{L}in$/u.test(prev.text) && isCommonWord(`${prev.text}g`)) return true;
  if (POSSESSIVE.test(next.text)) return false;
  if (next.text === '-' || prev.text === '-' || next.text === '&' || prev.text === '&') return true;
  // "n't" after "Do", digits after letters ("Hot100" stays one word), dotted initials "J.K.L".
  if (/^[\p{L}\p{N}]/u.test(next.text) && /[\p{L}\p{N}.]$/u.test(prev.text)) return true;
  return next.text === '.' && /^\p{Lu}$/u.test(prev.text.slice(-1)) && /^\p{Lu}\.?$/u.test(prev.text.replace(/.*\./, ''));
}

export function sentenceUnits(doc: ArticleDoc, sentence: Sentence): Unit[] {
  const units: Unit[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = doc.tokens[i];
    const last = units[units.length - 1];
    if (last && joinsPrevious(doc.tokens[i - 1], token, i + 1 < sentence.tokenEnd ? doc.tokens[i + 1] : undefined)) {
      last.end = token.end;
      last.text = doc.text.slice(last.start, last.end);
      if (token.pos === 'PROPN') last.pos = 'PROPN';
      describe(last);
      continue;
    }
    units.push(describe({ start: token.start, end: token.end, text: token.text, pos: token.pos, sentence: sentence.index, index: units.length, lower: '', capitalised: false, word: false, oddlyShaped: false }));
  }
  return units;
}

/** Fills in the unit's lower-case text and shape tests from its text. */
function describe(unit: Unit): Unit {
  const text = unit.text;
  unit.lower = text.toLowerCase();
  unit.capitalised = CAPITALISED.test(text) || (STARTS_WITH_DIGIT.test(text) && HAS_LETTER.test(text) && !NUMBER_COMPOUND.test(text));
  unit.word = HAS_LETTER_OR_DIGIT.test(text);
  unit.oddlyShaped = ODDLY_SHAPED.test(text);
  return unit;
}

/** Units of every sentence, computed once per document and shared by the stages that read words. */
const cache = new WeakMap<ArticleDoc['tokens'], Unit[][]>();
export function documentUnits(doc: ArticleDoc): Unit[][] {
  let units = cache.get(doc.tokens);
  if (!units) {
    units = doc.sentences.map((s) => sentenceUnits(doc, s));
    cache.set(doc.tokens, units);
  }
  return units;
}

const CAPITALISED = /^[\p{Lu}]/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
/** "74-year-old", "16-episode": a number joined to lower-case words is a modifier, not a name. */
const NUMBER_COMPOUND = /^\p{N}+(?:-\p{Ll}+)+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ODDLY_SHAPED = /^\p{Ll}+-\p{N}+$|^\p{Ll}{1,3}\p{Lu}[\p{L}]*$/u;

/** "the Lyre-winning film", "a Seoul-based label", "an English-language film": a name joined to a participle or an ordinary noun modifies the noun after it. */
const JOINED_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+(?:ing|ed)|born|based|language|era|style|made)$/u;
export const isJoinedModifier = (u: Unit): boolean => JOINED_MODIFIER.test(u.text);

/** Starts with a capital, or is a number with letters ("2NE1"). */
export const isCapitalised = (u: Unit): boolean => u.capitalised;
export const isWord = (u: Unit): boolean => u.word;
export const lower = (u: Unit): string => u.lower;
/** A lower-case word shaped like a name, not like a word: "quorv-21", "nwTV", "iStream". */
export const isOddlyShapedName = (u: Unit): boolean => u.oddlyShaped;
