// The small language the predicate tables are written in. A sentence is
// rewritten as a template where each mention is a placeholder ⟦Type#id⟧ (a
// list of same-typed mentions is ⟦Type#3+4+5⟧), and a phrasing is a regular
// expression over that template with a few macros:
//   {s:Song|Album}  the subject, a placeholder of one of these types
//   {o:Band|Person} the object
//   {np}            up to four plain words or modifier placeholders ("the upcoming ⟦Country#2⟧")
//   {gap}           any short stretch without another entity ("was a song written and")
//   {w0-3}          zero to three plain words
//   {any}           any placeholder
//   {date}          a date placeholder
//   {clause}        any stretch of the clause, other placeholders included ("X is a film directed by Y and starring")
//   {clause-no-work} the same, but past no other work ("X was remade as Y, starring A": A is Y's, not X's)
//   {occupation}    an optional occupation before a person's name ("the actress ", "veteran actor ", "singer-turned-actress ")
//   ^ (at the start) the subject is the sentence's first placeholder but for a country or genre ("The song X is ...", "The Japanese X was ...")
//   's              a possessive ("Northwind'", "their" are both rewritten to ⟦Band#1⟧ 's)
import type { EntityType, Predicate } from '../types.ts';
import type { Template } from './template.ts';
import { BAND_ROLES, OCCUPATIONS, PART_NOUNS, REMAKE_NOUNS } from '../lexicon/index.ts';

export interface Phrasing {
  id: string;
  pattern: string;
  confidence: number;
  /**
   * The ends whose type the wording alone establishes, so that typing may give
   * an untyped name there that type: in "directed by X" X is a person, while in
   * "X's Y" neither end is known from the words.
   */
  names?: ('s' | 'o')[];
  /**
   * The phrasing names no subject ("Mara Lind stars as a spy"): the subject is
   * the work of an allowed type the text last named before the sentence, or
   * else the first the article names, if it names one before the sentence ("The music
   * is composed by X" before any song is named is about a film's or series' score).
   */
  subjectFromContext?: boolean;
  /** With subjectFromContext: the types the work in context may have when fewer than the predicate allows ("The music video was directed by A": a song's; "Direction is by A": a film's or a series'). */
  contextSubjectTypes?: EntityType[];
  /**
   * The phrasing says someone comes back ("Mara Lind returns as director", "they reprise their
   * roles"): when the work in context was named as the original of a sequel ("X is the sequel to
   * Y"), the person is credited to both films.
   */
  returning?: boolean;
  /**
   * The phrasing names no object ("A sequel, Paper Moon, followed"): the object is the work of
   * an allowed type the text last named before the sentence, or else the first the article names.
   */
  objectFromContext?: boolean;
  /**
   * The phrasing names a category won but no award ("won song of the year", "the rookie award went to X"):
   * the object is the ceremony the article names (relations/article-ceremony.ts), when it names exactly one.
   */
  ceremonyObject?: boolean;
  /**
   * With objectFromContext: the types the work in context may have when fewer than the predicate allows
   * ("A remake, X, followed": a remake is of a film or a series, never of the novel named last).
   */
  contextObjectTypes?: EntityType[];
  /**
   * With objectFromContext: a sequel in context stands for the work it follows ("A sequel, Y, was
   * released in 2014. A Japanese remake, Z, ...": the remake is of the original, not of Y).
   */
  objectIsOriginal?: boolean;
  /**
   * The phrasing names a list of works in the order they came out ("three singles: A, B and C"):
   * each member is the subject of a fact whose object is the member before it.
   */
  inListOrder?: boolean;
  /**
   * Cue nouns that, typing the object anywhere in the article, rule it out: an actress's
   * "her most recent film" is a film she stars in, not one she directed.
   */
  objectNotCued?: string[];
  /**
   * The phrasing names a pair without their names ("the pair's collaboration", "their collaboration"):
   * the two bands or people last named together ("A and the singer B", "A teamed up with B") in the
   * sentence or the few before it stand at the phrasing's Band/Person end, as the subjects of a symmetric
   * predicate and as the objects of any other. A name the phrasing matches there must be one of the two.
   */
  pairFromContext?: boolean;
  /**
   * With subjectFromContext: the work the article opens on (the first name of its first sentence), when of an allowed
   * type, comes before the one named last: a song's article speaks of its music video, whatever B-side it named last.
   */
  articleWorkFirst?: boolean;
  /** The subject is the last of a list the placeholder stands for ("the singles A and B, the latter of which won"). */
  lastOfList?: boolean;
  /**
   * The phrasing credits an album's songs as a whole ("All songs on the album were written by A"): the
   * subjects are the songs placed on the album in context (the last named before the sentence, else the
   * article's first), by stated or guessed part_of facts, read once every sentence has been.
   */
  albumTracks?: boolean;
  /** A made-up sentence this phrasing is for; tests run every example. */
  example: string;
}

export interface PredicateRules {
  predicate: Predicate;
  subject: EntityType[];
  object: EntityType[];
  /**
   * Groups of types a subject and its object must share one of: a film follows a film or a
   * series, never the song it was last named beside.
   */
  sameKind?: EntityType[][];
  phrasings: Phrasing[];
}

export interface CompiledPhrasing extends Phrasing {
  predicate: Predicate;
  regex: RegExp;
  /** For each of {s:...} and {o:...}, the placeholder types (as a bit set, typeBits) of which the template must hold one. */
  needs: number[];
  /** A group of words the phrasing cannot match without ("(?:directed|helmed) by"), tested before the whole expression. */
  anchor: RegExp | null;
  /**
   * The anchor's alternatives as lists of lower-case letter runs ("co-produced" is "co",
   * "produced"), when they are plain words: a template in whose words none of them occurs
   * whole cannot match, which set lookups tell faster than the anchor's expression. Null
   * when an alternative is more than words.
   */
  anchorWords: string[][] | null;
  /**
   * The longest run of letters the pattern spells out at its top level, outside every group and
   * macro ("preceded" in "{s:Film} {gap}preceded by {np}{o:Film}"), in lower case: every match holds
   * it, so a template whose lower-cased text lacks it cannot match. Null when there is none.
   */
  requiredLetters: string | null;
  /** The pattern opens with its subject ("{s:Song} {gap}sung by ..."), so a part of a work before it is what the phrasing is about. */
  subjectOpens: boolean;
  /**
   * The placeholder types (typeBits) its two slots take, in the order they stand in the pattern, when
   * both stand at its top level (slotsInOrder): every match has a placeholder of the first before one
   * of the second. Null when a slot is optional, inside a group, or the pattern has one slot only.
   */
  slotOrder: [number, number] | null;
}


function anchorOf(pattern: string): RegExp | null {
  const group = requiredGroups(pattern)[0]?.group;
  return group ? new RegExp(group.replace(/ /g, '\\s*'), 'i') : null;
}

/** Words so common that nearly every sentence holds one: a group of them selects nothing. */
const COMMON_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'is', 'was', 'and', 'of', 'in', 'on', 'to', 'by', 'with', 'for', 'as', 'at', 'from']);

/**
 * The words of the required group that selects fewest sentences: of "(?:The|This|That) film
 * {clause}(?:stars|starred)" the verbs, not the articles. A group counts only where its words
 * stand as whole words (no letter touches it in the pattern: "(?:film|movie)s" would not).
 */
export function anchorWordsOf(pattern: string): string[][] | null {
  let best: string[][] | null = null;
  let bestScore = 0;
  for (const { group, at } of requiredGroups(pattern)) {
    // (A placeholder's types, "⟦(?:Band|Person)#", are no words of the sentence.)
    if (/[A-Za-z⟦]/.test(pattern[at - 1] ?? '') || /[A-Za-z#]/.test(pattern[at + group.length] ?? '')) continue;
    const alternatives = group.slice(3, -1).split('|').map((alternative) => alternative.toLowerCase().split(/ |\\s\*/));
    if (!alternatives.every((words) => words.every((word) => /^[a-z-]+$/.test(word)))) continue;
    const indexed = alternatives.map((words) => words.flatMap((word) => word.split('-').filter(Boolean)));
    // Each alternative is looked up by its longest word (indexPhrasings); the group is as selective as its least selective one.
    const score = Math.min(...indexed.map((words) => {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      return COMMON_WORDS.has(longest) ? 0 : longest.length;
    }));
    if (best === null || score > bestScore) { best = indexed; bestScore = score; }
  }
  return best;
}

/**
 * The longest run of ASCII letters that stands in the pattern outside groups, macros, classes
 * and escapes, none of its letters made optional by a quantifier after it. The expressions are
 * case-insensitive without the u flag, under which an ASCII letter matches only itself in either
 * case, so the run occurs in the lower-cased text of any match. A top-level alternative gives none.
 */
export function requiredLettersOf(pattern: string): string | null {
  let depth = 0;
  let best = '';
  let run = '';
  const endRun = () => { if (run.length > best.length) best = run; run = ''; };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { endRun(); i++; continue; }
    // A class is skipped whole at any depth, so that a parenthesis in it ("[^()]") counts as no group.
    if (c === '[') {
      endRun();
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') { endRun(); depth++; continue; }
    if (c === ')') { endRun(); depth--; continue; }
    if (depth > 0) continue;
    if (c === '|') return null;
    if (c === '{') { endRun(); i = pattern.indexOf('}', i + 1); if (i < 0) return null; continue; }
    if (/[A-Za-z]/.test(c)) {
      // A letter a quantifier follows is optional: it and the run before it end there.
      if (/[?*+{]/.test(pattern[i + 1] ?? '')) { endRun(); continue; }
      run += c.toLowerCase();
      continue;
    }
    endRun();
  }
  endRun();
  return best.length >= 3 ? best : null;
}

/**
 * The roles of the pattern's slots in the order they stand ("so" for "{s:Film} {gap}directed by {o:Person}"),
 * when there are two, each once and at the top level: outside every group (so outside lookarounds and
 * alternatives), with no quantifier after it, and no top-level alternative in the pattern. Regular
 * expressions match a sequence left to right, so such slots match placeholders in that order.
 */
export function topLevelSlotOrder(pattern: string): string | null {
  let depth = 0;
  let order = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') { depth++; continue; }
    if (c === ')') { depth--; continue; }
    if (c === '|' && depth === 0) return null;
    if (c !== '{' || !/^\{[so]:/.test(pattern.slice(i, i + 3))) continue;
    const close = pattern.indexOf('}', i);
    if (depth > 0 || /[?*+{]/.test(pattern[close + 1] ?? '')) return null;
    order += pattern[i + 1];
    i = close;
  }
  return order === 'so' || order === 'os' ? order : null;
}

function slotOrderOf(pattern: string, allowUnknown: boolean): [number, number] | null {
  const order = topLevelSlotOrder(pattern);
  if (!order) return null;
  const types = (role: string) => new RegExp(`\\{${role}:([A-Za-z|]+)\\}`).exec(pattern)![1].split('|');
  const bits = (role: string) => typeBits([...types(role), ...(allowUnknown ? [UNKNOWN_TYPE] : [])]);
  return [bits(order[0]), bits(order[1])];
}

/** Whether a placeholder of the first types stands before one of the second (placeholderBits in text order). */
function slotsInOrder(placeholderBits: number[], order: [number, number]): boolean {
  // (Read by index: destructuring the pair in the parameter list went through the iterator protocol on every call.)
  const first = order[0];
  const second = order[1];
  let seenFirst = false;
  for (const bits of placeholderBits) {
    if (seenFirst && (bits & second) !== 0) return true;
    if ((bits & first) !== 0) seenFirst = true;
  }
  return false;
}

const LETTER_RUN = /[a-z]+/g;

/** One bit per placeholder type, so that "does the template hold one of these types" is a single AND. */
const TYPE_BITS = new Map<string, number>();
function typeBits(types: string[]): number {
  let bits = 0;
  for (const type of types) {
    let bit = TYPE_BITS.get(type);
    if (bit === undefined) {
      if (TYPE_BITS.size >= 31) throw new Error('pattern: more than 31 placeholder types');
      bit = 1 << TYPE_BITS.size;
      TYPE_BITS.set(type, bit);
    }
    bits |= bit;
  }
  return bits;
}

/** The type bit of each placeholder ⟦Type#id⟧ of a template's text, in order, read by scanning for their brackets. */
function placeholderTypeBits(text: string): number[] {
  const bits: number[] = [];
  for (let open = text.indexOf('⟦'); open >= 0; open = text.indexOf('⟦', open + 1)) {
    const hash = text.indexOf('#', open + 1);
    if (hash < 0) break;
    const bit = TYPE_BITS.get(text.slice(open + 1, hash));
    if (bit !== undefined) bits.push(bit);
  }
  return bits;
}

/**
 * A table of phrasings indexed by the words they cannot match without, so that a sentence
 * is tested against the phrasings whose words it holds, not against every phrasing.
 */
export interface PhrasingIndex {
  phrasings: CompiledPhrasing[];
  /** Positions of the phrasings without anchor words: each sentence is tested against them. */
  unanchored: number[];
  /** For one word of each anchor alternative (its longest, likely the rarest), the positions of its phrasings. */
  byWord: Map<string, number[]>;
  /** Whether every anchor alternative of the phrasing is one word, so that finding its indexed word is enough. */
  oneWordAnchors: boolean[];
  /** By the placeholder types a template holds (typeBits): 1 at the phrasings whose slots it can fill. Few combinations occur. */
  fillable: Map<number, Uint8Array>;
  /** Which template last selected each position (the number in `marks` then): a phrasing found by two of its words is tried once. */
  markedFor: Uint32Array;
  marks: number;
}

export function indexPhrasings(phrasings: CompiledPhrasing[]): PhrasingIndex {
  const index: PhrasingIndex = { phrasings, unanchored: [], byWord: new Map(), oneWordAnchors: [], fillable: new Map(), markedFor: new Uint32Array(phrasings.length), marks: 0 };
  phrasings.forEach((phrasing, position) => {
    index.oneWordAnchors.push(phrasing.anchorWords?.every((alternative) => alternative.length === 1) ?? false);
    if (!phrasing.anchorWords) { index.unanchored.push(position); return; }
    for (const alternative of phrasing.anchorWords) {
      const word = alternative.reduce((a, b) => (b.length > a.length ? b : a));
      const positions = index.byWord.get(word) ?? [];
      if (positions[positions.length - 1] !== position) positions.push(position);
      index.byWord.set(word, positions);
    }
  });
  return index;
}

function fillableBy(index: PhrasingIndex, bits: number): Uint8Array {
  let fillable = index.fillable.get(bits);
  if (!fillable) {
    fillable = new Uint8Array(index.phrasings.length);
    index.phrasings.forEach((phrasing, position) => { fillable![position] = phrasing.needs.every((slot) => (bits & slot) !== 0) ? 1 : 0; });
    index.fillable.set(bits, fillable);
  }
  return fillable;
}

/**
 * Cheap tests before the regular expressions, in table order: the phrasings whose slots the
 * template's placeholders can fill and whose anchor words (or, without words, anchor group) it holds.
 * The anchor group itself is not searched once its words are all there: they nearly always stand
 * together, and the search would cost more than the rare full match it saves.
 */
export function phrasingsFor(index: PhrasingIndex, template: Template): CompiledPhrasing[] {
  if (template.typeBits === undefined) {
    template.placeholderBits = placeholderTypeBits(template.text);
    template.typeBits = template.placeholderBits.reduce((all, bit) => all | bit, 0);
  }
  const fillable = fillableBy(index, template.typeBits);
  // Candidates are marked in a table indexed by position and then read in table order, which keeps
  // the table's order without collecting and sorting their positions.
  const mark = ++index.marks;
  const selected = index.markedFor;
  for (const position of index.unanchored) if (fillable[position]) selected[position] = mark;
  const lowerText = template.text.toLowerCase();
  const words = lowerText.match(LETTER_RUN) ?? [];
  for (const word of words) {
    const byWord = index.byWord.get(word);
    if (byWord) for (const position of byWord) if (fillable[position]) selected[position] = mark;
  }
  const result: CompiledPhrasing[] = [];
  let wordSet: Set<string> | undefined;
  for (let position = 0; position < selected.length; position++) {
    if (selected[position] !== mark) continue;
    const phrasing = index.phrasings[position];
    if (phrasing.requiredLetters !== null && !lowerText.includes(phrasing.requiredLetters)) continue;
    if (phrasing.slotOrder !== null && !slotsInOrder(template.placeholderBits!, phrasing.slotOrder)) continue;
    if (phrasing.anchorWords ? index.oneWordAnchors[position] || holdsAnyAlternative(wordSet ??= new Set(words), phrasing.anchorWords) : phrasing.anchor === null || phrasing.anchor.test(template.text)) result.push(phrasing);
  }
  return result;
}

function holdsAnyAlternative(words: ReadonlySet<string>, alternatives: string[][]): boolean {
  for (const alternative of alternatives) {
    let all = true;
    for (const word of alternative) if (!words.has(word)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

/**
 * The top-level groups of the pattern that are not optional: "(?:directed|helmed)" in
 * "{s:Film} {gap}(?:directed|helmed) by {o:Person}". Nothing inside an optional or nested
 * group is taken, so an anchor never rejects a sentence the whole pattern would match; and a
 * pattern with a top-level alternative has none.
 */
function requiredGroups(pattern: string): { group: string; at: number }[] {
  const groups: { group: string; at: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    // A class is skipped whole, so that a parenthesis in it ("[^()]") opens no group.
    if (c === '[') { for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++; continue; }
    // A macro or slot ("{o:Person|Band}") is skipped whole: its bar is no alternative.
    if (c === '{') { const close = pattern.indexOf('}', i); if (close > i) { i = close; continue; } }
    if (c === '|' && depth === 0) return [];
    if (c === '(') { if (depth === 0) start = i; depth++; continue; }
    if (c !== ')') continue;
    depth--;
    if (depth !== 0) continue;
    const group = pattern.slice(start, i + 1);
    if (!/^[?*{]/.test(pattern[i + 1] ?? '') && group.startsWith('(?:') && !/[{}⟦]/.test(group)) groups.push({ group, at: start });
  }
  return groups;
}

const MODIFIER = '⟦(?:Country|Genre|Date)#[\\d+]+⟧';
// "X, starring A and B, premiered on ...", "X, from her album Y, was produced by ...": a credit or source aside between commas is read past, names and all.
const CREDIT_ASIDE = ',\\s*(?:starring|co-starring|featuring|from|taken from|directed by|written by|produced by|created by|fronted by|led by)\\b[^,.;⟦⟧]*(?:⟦[^⟧]+⟧[^,.;⟦⟧]*)+,';
// What may stand between a channel and its series cue: genres and plain modifier words ("the QTV fantasy drama X",
// "the QTV weekend drama X", "the QTV late-night series X"), never a small word that starts another phrase.
const BEFORE_SERIES_CUE = '(?:(?:⟦Genre#[\\d+]+⟧|(?!(?:and|or|the|an?|with|in|of|for|to|by|is|was)\\b)[a-z][a-z-]*)\\s*){0,3}';
// "the 1995 QTV drama X", "the QTV fantasy drama X": a channel before a series cue is part of the noun phrase too.
const CHANNEL_BEFORE_CUE = `⟦Organization#[\\d+]+⟧(?=\\s*${BEFORE_SERIES_CUE}(?:drama|series|miniseries|sitcom|show)\\b)`;
// A word ends where its letters do: spaces between the macro's words are optional (`\s*`), and a word
// that could end anywhere would let a few words be cut into pieces in exponentially many ways.
const WORD = "[^\\s⟦⟧]+(?![^\\s⟦⟧])";
// A noun-phrase word: not a preposition or conjunction, so {np} never reaches into another phrase.
const NP_WORD = "(?!(?:about|of|for|to|with|by|from|in|on|at|and|or|but|which|that|who|after|before|as)\\b)[^\\s⟦⟧,.;:]+(?![^\\s⟦⟧,.;:])";

/** "of", then words and modifier placeholders of the same noun phrase, up to a placeholder: "of the ⟦Country⟧ ⟦Genre⟧ ". */
const OF_NOUN_PHRASE = '\\s+of\\b(?:[^⟦⟧.,;:]|⟦(?:Country|Genre|Date)#[\\d+]+⟧){0,50}$';
// "The next part of X, sung by Y": what Y sang is the part, so a phrasing that opens with its subject never takes an X after a part noun.
const AFTER_PART_NOUN = new RegExp(`\\b(?:${PART_NOUNS.join('|')})${OF_NOUN_PHRASE}`, 'i');
// "its remake of X will open on ...": the verb is the remake's too, unless a comma sets off a description of X ("a remake of X, the 2014 comedy by Y").
const AFTER_REMAKE_NOUN = new RegExp(`\\b(?:${REMAKE_NOUNS.join('|')})${OF_NOUN_PHRASE}`, 'i');

/** "a cover of " right before a placeholder (the words of OF_NOUN_PHRASE between). */
const COVER_OF = new RegExp(`\\b(?:cover|covers|cover version|rendition)${OF_NOUN_PHRASE}`, 'i');

/** "with the 2019 ⟦Organization⟧ drama " right before a placeholder: it is the object of a preposition. */
const AFTER_PREPOSITION = /\b(?:with|in|for|from|on|at|into|through)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[^⟦⟧.,;:\s]+\s+|⟦(?:Country|Genre|Date|Organization)#[\d+]+⟧\s*){0,4}$/i;
/** "the lead single from ⟦Person⟧ 's third album " right before a placeholder: a work named as where the subject comes from. */
const FROM_OWNED_WORK = /\bfrom\s+⟦(?:Band|Person)#[\d+]+⟧\s*'s\s+(?:[^⟦⟧.,;:\s]+\s+){0,3}$/i;
/** ", and was released": a verb after "and" continues the clause's subject. */
const AND_VERB_AFTER = /^\s*,?\s*and\s+(?:was|were|is|are|has|have|had)\b/i;

/** "The drama, which is a remake of the series " right before a placeholder: a relative clause on a thing, the main verb after it. ("A, who broke out in X, co-stars" is left alone: the person's clause.) */
const IN_RELATIVE_ASIDE = /,\s*which\s+(?:[^⟦⟧.,;]|⟦[^⟧]+⟧)*$/i;

/** ", from A's second album " right before a placeholder: an aside naming where the sentence's subject comes from (named, or "A's song, taken from ..."). */
const IN_FROM_ASIDE = /(?:⟧|[a-z])\s*,\s*(?:taken\s+)?from\s+(?:[^⟦⟧.,;]|⟦[^⟧]+⟧)*$/i;

/**
 * Whether the subject placeholder of a match stands apart from the clause the phrasing reads: a part
 * or a remake of the work ("the next part of ⟦s⟧, sung by"), a preposition's object joined to a verb
 * by "and", or a work inside a source aside. Tested on matches only: as a lookbehind in every
 * phrasing it cost 40% more time in the expressions.
 */
function subjectStandsApart(text: string, slot: string, predicate?: Predicate): boolean {
  const id = text.indexOf(`#${slot}⟧`);
  const start = text.lastIndexOf('⟦', id);
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(text.indexOf('⟧', id) + 1);
  // "and a cover of X by the Danish singer Y": whether Y first sang X or sang the cover, Y performed X.
  if (predicate === 'performer' && COVER_OF.test(before) && /^\s*by\s/.test(after)) return false;
  // "a cover of X, originally recorded by Y in 1979": what was done "originally" is X's, not the cover's.
  if (AFTER_PART_NOUN.test(before) && !/^\s*,\s*(?:originally|first)\b/i.test(after)) return true;
  // "Lind rose to fame with the drama X and won B": a verb joined by "and" after a preposition's object is the clause subject's.
  if (AFTER_PREPOSITION.test(before) && /^\s*and\s/i.test(after)) return true;
  // "It is the lead single from her third album, X, and was released in 2019": the release is the single's.
  if (FROM_OWNED_WORK.test(before) && AND_VERB_AFTER.test(after)) return true;
  // "The track, from A's second album X, was produced by Y": X stands in an aside; the verb is the track's.
  if (IN_FROM_ASIDE.test(before) && /^\s*,/.test(after)) return true;
  // "The drama, which remakes the series X, premieres on C": the verb after the relative clause is the drama's.
  if (IN_RELATIVE_ASIDE.test(before) && /^\s*,/.test(after)) return true;
  // "a remake of the 2012 film of the same name directed by A": a participle right after "of the same name" describes the original.
  // "a remake of the film X (2025)": a year in brackets right after the title is the title's own.
  if (predicate === 'publication_date' && /^\s*\(/.test(after)) return false;
  return AFTER_REMAKE_NOUN.test(before) && !/^\s*,/.test(after) && !SAME_NAME_PARTICIPLE.test(after);
}

/** " of the same name directed by", " of the same title, written by": a credit set right after a same-named original. */
const SAME_NAME_PARTICIPLE = /^\s*of\s+the\s+same\s+(?:name|title)\s*,?\s*(?:directed|written|created|produced|co-directed|co-written|helmed|starring)\b/i;

// "the theme of the QTV drama X": a name followed by a series cue and another name is the channel, not the series.
const NOT_A_CHANNEL = `(?!\\s*${BEFORE_SERIES_CUE}(?:drama|dramas|series|miniseries|sitcom|show)\\s+⟦)`;

// "written by Northwind's guitarist Tom Alder", "by the duo's guitarist Tom Alder": the person named after an owner's
// possessive (and a role word or two) is the one credited; the owner is not the object, and {np} reads past it.
const ROLE_WORD = '(?!(?:since|after|before|when|while|with|and|or|as|for|to|in|on|at|by|of|that|who|which|is|was|the|an?)\\b)[a-z][a-z-]*\\s+';
// "with ⟦Band⟧ vocalist ⟦Person⟧": a band's name before one of its roles owns the person without a possessive.
// "by the group's producer, ⟦Person⟧": the role word may be set off from the name by a comma.
// One role word, repeated, its comma allowed only right before the person: V8 compiles every copy of ROLE_WORD (and
// each step of a counted repeat) into native code for each of the hundreds of phrasings that use these, so the word
// is written once and repeated without a count (three copies and {0,3} had cost 20 MB of regex code per thread).
const ROLE_CORE = ROLE_WORD.slice(0, -'\\s+'.length);
const BEFORE_OWNED_PERSON = `(?:\\s*['’]s?\\s+(?:${ROLE_CORE}(?:\\s+|\\s*,\\s*(?=⟦Person#)))*|\\s+(?:${BAND_ROLES.join('|')})\\s+)⟦Person#`;
const NOT_AN_OWNER = `(?!${BEFORE_OWNED_PERSON})`;
const OWNER_OF_PERSON = `⟦(?:Band|Person)#[\\d+]+⟧(?=${BEFORE_OWNED_PERSON})(?:\\s*['’]s?(?:\\s*(?:${ROLE_CORE}(?:\\s+|\\s*,(?=\\s*⟦Person#)))+(?<=,))?)?`;

// "stars the actress ⟦Person⟧", "stars veteran actor ⟦Person⟧", "by ⟦Genre⟧ singer ⟦Person⟧": the occupation names what the person is, not another thing.
const OCCUPATION_BEFORE_NAME = `(?:(?:the |a |an )?(?:(?:${NP_WORD}|${MODIFIER}) )?(?:[a-z]+-turned-)?(?:${[...OCCUPATIONS].join('|')}) )?`;

/** "The Japanese X was ...": a country or genre before the subject leaves it the sentence's first name. */
const OPENING_MODIFIER = '⟦(?:Country|Genre)#[\\d+]+⟧';

/** Placeholder type of a name whose type is not known yet (typing reads phrasings with it). */
export const UNKNOWN_TYPE = 'Unknown';

/** `allowUnknown` lets a subject or object slot also take an untyped name, so a phrasing can say what the name is. */
export function compilePattern(pattern: string, allowUnknown = false): RegExp {
  const unknown = allowUnknown ? `|${UNKNOWN_TYPE}` : '';
  const source = pattern
    .replace(/^\^/, `^(?:[^⟦⟧]|${OPENING_MODIFIER}){0,40}?`)
    .replace(/\{([so]):([A-Za-z|]+)\}/g, (_, role: string, types: string) => `⟦(?:${types}${unknown})#(?<${role}>[\\d+]+)⟧${types.split('|').includes('TVSeries') ? NOT_A_CHANNEL : ''}${role === 'o' && types.split('|').includes('Person') ? NOT_AN_OWNER : ''}`)
    .replace(/\{np\}/g, `(?:(?:${NP_WORD}|${MODIFIER}|${CHANNEL_BEFORE_CUE}|${OWNER_OF_PERSON}) ){0,4}?`)
    .replace(/\{gap\}/g, `(?:[^⟦⟧]|${MODIFIER}|${CREDIT_ASIDE}){0,80}?`)
    .replace(/\{w(\d)-(\d)\}/g, (_, a: string, b: string) => `(?:${WORD} ){${a},${b}}?`)
    .replace(/\{occupation\}/g, OCCUPATION_BEFORE_NAME)
    .replace(/\{any\}/g, '⟦[^⟧]+⟧')
    .replace(/\{date\}/g, '⟦Date#[\\d+]+⟧')
    .replace(/\{clause\}/g, `(?:[^⟦⟧.;]|⟦[^⟧]+⟧){0,160}?`)
    .replace(/\{clause-no-work\}/g, `(?:[^⟦⟧.;]|⟦(?!(?:Song|Album|Film|TVSeries)#)[^⟧]+⟧){0,160}?`)
    .replace(/ /g, '\\s*');
  // No `u` flag: the patterns use no Unicode property classes, and without it V8 matches them about 1.5 times as fast.
  if (/\\p\{/.test(source)) throw new Error(`pattern: Unicode property classes need the u flag, which phrasings do without: ${pattern}`);
  return new RegExp(source, 'gi');
}

/**
 * `allowUnknown` lets subject and object slots also take an untyped name (typing reads
 * phrasings so). `unknownCounts`, when given, says for which slot an untyped name can make
 * a match count: the prefilter then asks for a typed placeholder in the other slots, while
 * the expression itself still takes untyped names everywhere, as it always did.
 */
export function compileRules(rules: PredicateRules[], allowUnknown = false, unknownCounts?: (p: Phrasing, role: 's' | 'o') => boolean): CompiledPhrasing[] {
  return rules.flatMap((r) => r.phrasings.map((p) => ({
    ...p,
    predicate: r.predicate,
    regex: compilePattern(p.pattern, allowUnknown),
    needs: [...p.pattern.matchAll(/\{([so]):([A-Za-z|]+)\}/g)].map((m) => {
      const unknownHere = allowUnknown && (unknownCounts?.(p, m[1] as 's' | 'o') ?? true);
      return typeBits([...m[2].split('|'), ...(unknownHere ? [UNKNOWN_TYPE] : [])]);
    }),
    anchor: anchorOf(p.pattern),
    anchorWords: anchorWordsOf(p.pattern),
    requiredLetters: requiredLettersOf(p.pattern),
    // (Lookbehinds before the subject, "(?<!In ⟦Country⟧ , ){s:...}", still leave the subject opening the phrasing.)
    subjectOpens: /^\^?(?:\(\?<!(?:[^()]|\([^()]*\))*\))*\{s:/.test(p.pattern),
    slotOrder: slotOrderOf(p.pattern, allowUnknown),
  })));
}

/** Every match of a phrasing, overlapping ones included, as what the placeholders stand for. */
export function matchPhrasing(phrasing: CompiledPhrasing, template: Template): { subjects: number[]; objects: number[] }[] {
  // An array, not a generator: most calls find nothing, and a generator cost an object and a resumption per call and per match.
  const found: { subjects: number[]; objects: number[] }[] = [];
  const regex = phrasing.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(template.text); m; m = regex.exec(template.text)) {
    regex.lastIndex = m.index + 1;
    if (phrasing.subjectOpens && m.groups?.s !== undefined && subjectStandsApart(template.text, m.groups.s, phrasing.predicate)) continue;
    const listed = template.slots.get(m.groups?.s ?? '') ?? [];
    const subjects = phrasing.lastOfList ? listed.slice(-1) : listed;
    const objects = template.slots.get(m.groups?.o ?? '') ?? [];
    if ((subjects.length || phrasing.subjectFromContext || phrasing.pairFromContext || phrasing.albumTracks) && (objects.length || m.groups?.o === undefined || phrasing.objectFromContext)) found.push({ subjects, objects });
  }
  return found;
}
