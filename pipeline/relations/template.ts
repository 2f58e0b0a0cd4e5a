// A sentence rewritten for the phrasings of relations/pattern.ts: each mention
// becomes a placeholder ⟦Type#key⟧ and a list of same-typed names ("A, B and
// C") one placeholder ⟦Type#a+b+c⟧. What a placeholder stands for is up to the
// caller: entities in the relation stage, mentions (typed or not) in typing.
import type { ArticleDoc, Mention } from '../types.ts';
import { PRONOUNS, CUE_TYPES } from '../lexicon/index.ts';
import { APPOSITIVE_GAP } from '../names.ts';

export interface Template {
  text: string;
  /** Placeholder id → what it stands for (several for a list). */
  slots: Map<string, number[]>;
  /** The placeholder types the text holds (relations/pattern.ts typeBits), filled in on first use. */
  typeBits?: number;
  /** The type bit of each placeholder, in text order (relations/pattern.ts), filled in with typeBits. */
  placeholderBits?: number[];
}

/** How one mention shows in a template: its type's name and the number it stands for; null leaves it as plain text. */
export type SlotOf = (m: Mention) => { type: string; value: number } | null;

// "A (vocals, keyboards), B (guitar) and C": a short aside in brackets may follow an item.
// '"A" b/w "B"', '"A" backed with "B"': a single's two sides.
const LIST_SEPARATOR = /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*|\s+or\s+|\s+\/\s+|\s+b\/w\s+|\s+backed with\s+)$/;
/** Role words of people ("guitarist", "singer"), which may open each item of a list of people. */
// "stars" is left out: in "directed by A, and stars B" it is the verb that ends the director's list.
const PERSON_ROLES = [...CUE_TYPES].filter(([cue, types]) => types.length === 1 && types[0] === 'Person' && cue !== 'stars').map(([cue]) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** "guitarist A and bassist B", "A, B and veteran actor C", "A, guitarists B and C": a separator followed by the next person's role word (or its plural). */
// The word before the role is a modifier ("veteran actor C"), not a clause's conjunction (", while drummer B co-wrote X")
// nor a preposition ("wrote it with A, for singer B": B is whom it was written for).
const PERSON_LIST_SEPARATOR = new RegExp(`^(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:(?!(?:while|whereas|but|when|although|though|since|as|so|then|who|whose|which|where|after|before|until|because|if|by|of|in|on|for|with|to|from|at)\\s)[a-z][a-z-]*\\s+)?(?:(?!stars\\s)(?:${PERSON_ROLES.join('|')})s?\\s+)$`, 'i');
// "X is also the opening theme of Y": an adverb after the copula keeps the apposition.
const APPOSITION = /^\s*(?:,|is|was|are|were|became|remains|,? will be|,? would be|has been|had been)(?:\s+(?:also|now|still))?\s*$/i;
const AS_ROLE = /\bas\s*$/i;
/** "A and the rock band B", "A, and singer B": the next band or person of a list of acts, opened by its noun (a word or two before it, no verb: "and composed by producer B" is another clause). */
const ACT_LIST_SEPARATOR = new RegExp(`^(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:the\\s+|an?\\s+)?(?:(?!(?:while|whereas|but|when|although|though|since|as|so|then|who|whose|which|where|after|before|until|because|if|by|of|in|on|for|with|to|from|at|and|or)\\s)(?![\\p{L}-]*ed\\s)[\\p{L}][\\p{L}-]*\\s+){0,2}(?:band|group|duo|trio|quartet|quintet|outfit|(?!stars\\s)${PERSON_ROLES.join('|')})\\s+$`, 'iu');
const MODIFIER_TYPES = new Set(['Country', 'Genre']);
/** The end of a bracketed aside and what follows it up to the next mention ("Norway) is "). */
/** "Titled X in Korean, the film ...": a title fronted before the description of its work. */
const FRONTED_TITLE = /^\s*(?:titled|entitled|retitled)\s+$/i;
const FRONTED_TITLE_GAP = /^\s*(?:in\s+\p{Lu}\p{L}*\s*)?,\s*$/u;
const CLOSING_ASIDE = /^[^()]*\)(\s*[^()]*)$/;
const WORK_TYPES = new Set(['Song', 'Album', 'Film', 'TVSeries', 'Book']);
const ACTS = new Set(['Band', 'Person']);
/** What stands between "her" and the band's name in "A and her band B". */
const OWN_BAND = /^\s*(?:(?:own|backing|new|current)\s+)?(?:band|group)\s*,?\s+(?:the\s+)?$/i;
const QUOTE = /['‘’"“”]/;
const QUOTE_AT_END = /['‘’"“”]$/;
/** Whitespace other than single spaces between words: only then is there anything to collapse or trim. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;
const POSSESSIVE_AFTER_PLACEHOLDER = /⟧\s*['’]s?(?!\p{L})/gu;
/** "its", "their", "his", "her": every mention is asked, so the few words are kept apart with their length. */
const POSSESSIVE_PRONOUNS = new Set([...PRONOUNS].filter(([, pronoun]) => pronoun.possessive).map(([word]) => word));
const LONGEST_POSSESSIVE = Math.max(...[...POSSESSIVE_PRONOUNS].map((word) => word.length));
const isPossessivePronoun = (text: string) => text.length <= LONGEST_POSSESSIVE && POSSESSIVE_PRONOUNS.has(text.toLowerCase());

interface Piece { text: string; mention?: Mention; type?: string; value?: number }

/**
 * `mixedActs`: a list may join bands and people ("credited to singer A and the band B"); the list
 * takes its first item's type, and each member still has to be of a type the predicate allows.
 * The relation stage asks for it; typing does not, where a list's type would type its members.
 */
export function buildTemplate(doc: ArticleDoc, mentions: Mention[], slotOf: SlotOf, mixedActs = false): Template {
  const sentence = doc.sentences[mentions[0]?.sentence ?? -1];
  const slots = new Map<string, number[]>();
  if (!sentence) return { text: '', slots };
  // Longest first among those that start together; a mention overlapping an earlier one is dropped.
  let reach = -1;
  const chosen = mentions
    .filter((m) => m.typeRule !== 'lexicon.country-prefix')
    .map((m) => ({ m, slot: slotOf(m) }))
    .filter((c): c is { m: Mention; slot: NonNullable<ReturnType<SlotOf>> } => c.slot !== null)
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end)
    .filter(({ m }) => { const free = m.start >= reach; reach = Math.max(reach, m.end); return free; });
  // "X, her third album": the owner's pronoun inside a description read as words still counts as the owner.
  const ownerAt = new Map<number, { m: Mention; slot: { type: string; value: number } }>();
  for (const m of mentions) {
    if (m.kind !== 'pronoun' || !isPossessivePronoun(m.text)) continue;
    const slot = slotOf(m);
    if (slot) ownerAt.set(m.start, { m, slot });
  }
  const pieces: Piece[] = [];
  let lastPlaced: { type: string; value: number } | undefined;
  /** The last placeholder outside brackets, and how deep in brackets the text has reached. */
  let lastOutside: { type: string; value: number } | undefined;
  let depth = 0;
  const placed: { type: string; value: number }[] = [];
  let cursor = sentence.start;
  let dropComma = false;
  for (let c = 0; c < chosen.length; c++) {
    const { m, slot } = chosen[c];
    let before = doc.text.slice(cursor, m.start);
    if (before.includes('(') || before.includes(')')) for (const ch of before) depth = Math.max(0, depth + (ch === '(' ? 1 : ch === ')' ? -1 : 0));
    if (dropComma) { before = before.replace(/\s*,\s*$/, ' '); dropComma = false; }
    // "produced by her brother, Tom Alder", "the new film, titled X": a description set before the name it stands for is read as that name's words.
    const next = chosen[c + 1];
    // Its owner stays ("his second album, X"), but not a person's ("her brother, X" is no work of hers).
    const namedNext = m.kind === 'description' && next?.m.kind === 'name' && next.slot.type === slot.type && APPOSITIVE_GAP.test(doc.text.slice(m.end, next.m.start));
    if (namedNext) dropComma = true;
    if (namedNext && slot.type === 'Person') continue;
    // "X is the fourth studio album by Y", "X, the band's debut": a description of the same
    // type in apposition to the placeholder just before it adds only its cue words, read as words.
    // "It was released as the fourth single", "X came out in May as the lead single": a description of a thing the sentence already named, read as words.
    // (By type alone: typing numbers mentions, not entities, so a description and its name differ there.)
    // "X (born 1981 in Oslo, Norway) is the guitarist of Y": a bracketed aside between the name and its copula.
    // "Titled Silver Rain in Korean, the film is directed by A": a fronted title is read as words, and the description after it stands as the subject.
    if (m.kind === 'name' && c === 0 && FRONTED_TITLE.test(before) && chosen.some((d) => d.m.kind === 'description' && d.slot.value === slot.value && FRONTED_TITLE_GAP.test(doc.text.slice(m.end, d.m.start)))) continue;
    const afterAside = CLOSING_ASIDE.exec(before);
    const asWords = namedNext || m.kind === 'description' && ((lastPlaced?.type === slot.type && APPOSITION.test(before)) || (afterAside !== null && lastOutside?.type === slot.type && APPOSITION.test(afterAside[1])) || (placed.some((p) => p.type === slot.type) && AS_ROLE.test(before)));
    if (asWords) {
      // Its possessive pronoun ("X, his duet with Y") stays a placeholder.
      const owner = ownerAt.get(m.start);
      // "its final album, X" with "its" resolved to another album: an album is no album's owner.
      if (!owner || (owner.slot.type === slot.type && WORK_TYPES.has(slot.type))) continue;
      pieces.push({ text: before });
      pieces.push({ text: '', mention: owner.m, type: owner.slot.type, value: owner.slot.value });
      lastPlaced = owner.slot;
      placed.push(owner.slot);
      cursor = owner.m.end;
      continue;
    }
    lastPlaced = slot;
    if (depth === 0) lastOutside = slot;
    placed.push(slot);
    // A quoted title's own quotes carry no meaning for the phrasings; drop them here, before
    // a closing quote could be read as a possessive.
    if (m.quoted) before = before.replace(QUOTE_AT_END, '');
    pieces.push({ text: before });
    pieces.push({ text: '', mention: m, type: slot.type, value: slot.value });
    cursor = m.end;
    // '"Paper Moon." is a song': a full stop inside the closing quote belongs to the title.
    if (m.quoted && doc.text[cursor] === '.' && QUOTE.test(doc.text[cursor + 1] ?? '')) cursor++;
    if (m.quoted && QUOTE.test(doc.text[cursor] ?? '')) cursor++;
    // '"Paper Moon," sung by A, reached': a comma inside the closing quote is the sentence's, the quote the title's.
    else if (m.quoted && doc.text[cursor] === ',' && QUOTE.test(doc.text[cursor + 1] ?? '')) { pieces.push({ text: ',' }); cursor += 2; }
  }
  pieces.push({ text: doc.text.slice(cursor, sentence.end) });

  // Join "A, B and C" of one type into a list placeholder.
  const merged: Piece[] = [];
  const members = new Map<number, number[]>();
  const closedLists = new Set<number>();
  const sameKind = (a: string | undefined, b: string | undefined) => a === b || (mixedActs && ACTS.has(a ?? '') && ACTS.has(b ?? ''));
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    // "singer A and her band B": the band is the next item of the list, the pronoun A's own.
    if (mixedActs && piece.mention && piece.type === 'Band' && isNameLike(piece.mention) && merged.length >= 4) {
      const [head, and, owner, noun] = merged.slice(-4);
      if (head.mention && head.type === 'Person' && isNameLike(head.mention) && !and.mention && /^\s+and\s+$/.test(and.text) && owner.mention && owner.value === head.value && isPossessivePronoun(owner.mention.text) && !noun.mention && OWN_BAND.test(noun.text)) merged.splice(-3, 3, { text: ' and ' });
    }
    // "singer A and the rock band B": a genre or country before the next act's noun is read as words of the separator.
    if (mixedActs && piece.mention && ACTS.has(piece.type!) && isNameLike(piece.mention) && merged.length >= 4) {
      const [head, before, modifier, after] = merged.slice(-4);
      const words = !before.mention && modifier.mention && MODIFIER_TYPES.has(modifier.type!) && !after.mention ? before.text + modifier.mention.text + after.text : '';
      if (head.mention && ACTS.has(head.type!) && isNameLike(head.mention) && ACT_LIST_SEPARATOR.test(words)) merged.splice(-3, 3, { text: words });
    }
    const listHead = merged.length >= 2 ? merged[merged.length - 2] : undefined;
    const between = merged[merged.length - 1];
    const separates = () => between && !between.mention && (LIST_SEPARATOR.test(between.text) || (piece.type === 'Person' && PERSON_LIST_SEPARATOR.test(between.text))
      || (mixedActs && ACTS.has(piece.type!) && ACTS.has(listHead!.type!) && (piece.type !== listHead!.type || piece.type === 'Band') && ACT_LIST_SEPARATOR.test(between.text)));
    // "formed the duo X with A, and B joined Y": ", and" after one item joins two clauses; a list has a comma before it too ("A, B, and C").
    // So with a role word after it: "written by composer A, and singer B will sing ...".
    const clauseJoin = () => /^\s*,\s*and\s/.test(between!.text) && members.get(listHead!.mention!.id)!.length < 2;
    // "Made up of A and B, the duo X have ...": a list of people its "and" has closed takes no band after a bare comma (X is the pair's apposition).
    // (People go on: "A, B and leading actors C, D and E".)
    const closedBefore = () => piece.type !== listHead!.type && closedLists.has(listHead!.mention!.id) && !/\b(?:and|or)\b|&/.test(between!.text);
    if (piece.mention && listHead?.mention && sameKind(listHead.type, piece.type) && isNameLike(listHead.mention) && isNameLike(piece.mention) && separates() && !clauseJoin() && !closedBefore()) {
      merged.pop();
      members.get(listHead.mention.id)!.push(piece.value!);
      if (/\b(?:and|or)\b|&/.test(between!.text)) closedLists.add(listHead.mention.id);
      continue;
    }
    if (piece.mention) members.set(piece.mention.id, [piece.value!]);
    merged.push(piece);
  }
  let text = '';
  for (const piece of merged) {
    if (!piece.mention) { text += piece.text; continue; }
    const id = String(piece.mention.id);
    const stands = members.get(piece.mention.id)!;
    slots.set(id, stands.length === 1 ? stands : [...new Set(stands)]);
    text += `⟦${piece.type}#${id}⟧`;
    if (isPossessivePronoun(piece.mention.text)) text += " 's";
  }
  // "Northwind'", "Northwind's" and "Northwind’s" are one possessive for the phrasings.
  if (text.includes("'") || text.includes('’')) text = text.replace(POSSESSIVE_AFTER_PLACEHOLDER, "⟧ 's");
  if (UNEVEN_SPACE.test(text)) text = text.replace(/\s+/g, ' ').trim();
  return { text, slots };
}

function isNameLike(m: Mention): boolean {
  return m.kind === 'name' || m.kind === 'value';
}
