// Mentions: every span that may name or refer to an entity — dates, countries
// and genres (values, mentions/values.ts), capitalised and quoted names, lower-case
// names that a cue noun introduces, descriptions ("the movie") and pronouns
// (mentions/descriptions.ts), and names seen once found again (mentions/repeated-names.ts).
// This module finds the names and composes the finders, sentence by sentence. Typing comes later.
import type { ArticleDoc, Mention, EntityType } from './types.ts';
import { documentUnits, isCapitalised, isJoinedModifier, isOddlyShapedName, isWord, lower, type Unit } from './units.ts';
import {
  COUNTRY_BY_SURFACE, GENRE_BY_SURFACE, CUE_TYPES, NAME_SUFFIXES, AWARD_CATEGORY_STARTS, AWARD_CATEGORY_ENDS, TITLE_CONNECTORS,
  PLURAL_CUES, HONORIFICS, ANY_WORK_CUES, CHART_NUMBER_WORDS, CHART_SIZES, CLAUSE_OPENERS, BAND_ROLES, GROUP_TITLES, OCCUPATIONS,
  ROLE_MODIFIERS, RANK_TITLES, FOREIGN_ARTICLES, FOREIGN_PARTICLES, ORGANIZATION_HEAD_WORDS, isEnglishWordForm, isCommonWord,
  isKnownPlace, ORGANIZATION_OF_HEADS, CREDIT_PARTICIPLES, MONTHS, WEEKDAYS, RELEASE_FORMATS,
} from './lexicon/index.ts';
import { looksLikePersonName } from './names.ts';
import { pushTo } from './collections.ts';
import { overlaps, overlapsAny, type Draft } from './mentions/draft.ts';
import { CALENDAR_WORD, countryMentions, dateMentions, genreMentions } from './mentions/values.ts';
import { descriptions, longestCue, pronouns } from './mentions/descriptions.ts';
import { ITEM_NUMBER_LINE, withRepeatedNames } from './mentions/repeated-names.ts';

export { ITEM_NUMBER_LINE, longestCue };

export function findMentions(doc: ArticleDoc): ArticleDoc {
  const unitsBySentence = documentUnits(doc);
  const drafts: Draft[] = [];
  // Lower-cased once: lower-case band names are looked for across the whole article.
  const lowerText = doc.text.toLowerCase();
  const published = doc.meta.published ? new Date(`${doc.meta.published}T12:00:00Z`) : undefined;
  const categoryTails = awardCategoryTails(doc.text);
  for (const sentence of doc.sentences) {
    const units = unitsBySentence[sentence.index];
    const values = [...dateMentions(doc, sentence.index, published), ...countryMentions(units), ...genreMentions(units)];
    const quoted = quotedTitles(doc, sentence.index);
    const dates = values.filter((v) => v.type === 'Date');
    const title = copulaSubjectTitle(units, doc.text);
    const aliases = parentheticalAliases(units, doc.text);
    const names = [...(title && !overlapsAny(title, quoted) ? [title] : []), ...capitalisedNames(units, sentence.heading, categoryTails, doc.text, sentence.start)
      .filter((n) => !(title && overlaps(n, title)))
      .flatMap((n) => withoutYear(n, dates, doc.text))]
      .filter((n) => !overlapsAny(n, quoted) && (n.type !== null || !overlapsAny(n, dates)) && !overlapsAny(n, aliases));
    names.push(...aliases.filter((a) => !overlapsAny(a, quoted) && names.some((n) => n.start === a.aliasOf)));
    markOtherNames([...names, ...quoted], doc.text);
    const claimedByName = [...names.filter((n) => n.type !== null), ...quoted];
    // Each sentence's finders look only at that sentence's drafts.
    const inSentence: Draft[] = [...values.filter((v) => !overlapsAny(v, claimedByName)), ...quoted, ...names];
    inSentence.push(...cueIntroducedNames(units, inSentence, doc.text, lowerText));
    inSentence.push(...descriptions(units, inSentence), ...pronouns(units));
    drafts.push(...inSentence);
  }
  const all = withRepeatedNames(doc, unitsBySentence, confirmedHeadlineNames(doc, unitsBySentence, drafts));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // The drafts were made here and nothing else holds them: number them in place rather than copy each.
  const mentions = all as Mention[];
  mentions.forEach((m, id) => { m.id = id; m.attributes ??= {}; });
  return { ...doc, mentions };
}

// ---- the headline ------------------------------------------------------------

/**
 * The article's headline: its first line, before any body, without sentence punctuation and written in
 * title case ("Folk Singer Mara Lind Dies At 79") or in capitals. Every word is capitalised there, so
 * capitals mark no name; null when the first line is a sentence or sentence case.
 */
function titleCaseHeadline(doc: ArticleDoc): number | null {
  const first = doc.sentences.find((s) => !doc.header || s.start >= doc.header.end);
  if (!first || first.index === doc.sentences.length - 1) return null;
  // A line of its own, with no sentence punctuation at its end (a closing quote may end it).
  const line = doc.text.slice(first.start, first.end);
  if (!/^[ \t]*\r?\n/.test(doc.text.slice(first.end)) || /[.!?…;,]["”'’)]*$/.test(line) || first.tokenEnd - first.tokenStart > 16) return null;
  const words = doc.text.slice(first.start, first.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return null;
  const titleCase = words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.test(w));
  // Sentence case keeps most words in lower case; title case leaves only the small ones.
  return titleCase && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 3 ? first.index : null;
}

/** A name's text compared across the headline and the body: case, quotes and a trailing possessive folded. */
const foldName = (text: string) => text.toLowerCase().replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, '').replace(/['’]s$/, '');

/**
 * "Folk Singer Mara Lind Dies At 79", "Lind: 'We Wanted To Sound Like A Storm'": in a title-case headline
 * capitals and quotes run across ordinary words, so a name there is kept only where the body names it
 * too: each headline name becomes the longest stretches of its words that the body has as a name
 * (case-blind, for headlines in capitals). A quoted title right after a work's cue noun ("Video For 'X'") stays.
 */
function confirmedHeadlineNames(doc: ArticleDoc, unitsBySentence: Unit[][], drafts: Draft[]): Draft[] {
  const headline = titleCaseHeadline(doc);
  if (headline === null) return drafts;
  const bodyNames = new Set(drafts.filter((d) => d.kind === 'name' && d.sentence !== headline).map((d) => foldName(doc.text.slice(d.start, d.end))));
  const units = unitsBySentence[headline];
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (d.sentence !== headline || d.kind !== 'name' || bodyNames.has(foldName(doc.text.slice(d.start, d.end)))) { kept.push(d); continue; }
    const first = units.findIndex((u) => u.start >= d.start);
    if (d.quoted && first > 1 && isTitleCueAt(units, first - 2)) { kept.push(d); continue; }
    const inside = units.filter((u) => u.start >= d.start && u.end <= d.end);
    for (let a = 0; a < inside.length;) {
      let b = inside.length;
      while (b > a && !(isWord(inside[a]) && bodyNames.has(foldName(doc.text.slice(inside[a].start, inside[b - 1].end))))) b--;
      if (b === a) { a++; continue; }
      kept.push({ start: inside[a].start, end: inside[b - 1].end, text: doc.text.slice(inside[a].start, inside[b - 1].end), sentence: headline, kind: 'name', type: null, typeRule: null });
      a = b;
    }
  }
  return kept;
}


/** Prepositions that titles hold between capitalised words ("The Hunt for Silver Harbor", "Life on Glass"). */
const TITLE_PREPOSITIONS = /^(for|on|in|with|from|at|into|without|under|over|after|before|like)$/;

/**
 * "films such as A, 3000 Quorvs to Harbor", "the Irish film 3 Harbors": a title may open with a number,
 * as a list item or right after a work's cue noun. Not a year ("In 2003, Mara Lind"), not before a month
 * ("27 September") or a country, and not after words that count ("won 3 Lyre Awards" stays the award).
 */
function numberOpensTitle(units: Unit[], i: number): boolean {
  const u = units[i];
  const next = units[i + 1];
  if (!/^\d{1,4}$/.test(u.text) || /^(?:1[5-9]|20)\d\d$/.test(u.text) || i === 0) return false;
  if (!next || !isCapitalised(next) || !isWord(next) || CALENDAR_WORD.test(next.text) || COUNTRY_BY_SURFACE.has(next.text)) return false;
  return /^(?:,|and|&)$/.test(units[i - 1].text) || isTitleCueAt(units, i - 1);
}

/** A cue noun that names a titled work: a song, album, film, series or book ("drama", "album"). */
function isTitleCueAt(units: Unit[], i: number): boolean {
  // "their 2009 release Set in Glass": a dated release heads a title as a cue noun does.
  if (/^(?:re-)?release$/.test(units[i].text) && /^(?:19|20)\d\d$/.test(units[i - 1]?.text ?? '')) return true;
  const types = CUE_TYPES.get(lower(units[i])) ?? [];
  return types.length > 0 && types.every((t) => t === 'Song' || t === 'Album' || t === 'Film' || t === 'TVSeries' || t === 'Book');
}


// ---- names -----------------------------------------------------------------

// Double quotes may hold apostrophes ("I'll Be Near"); single quotes may hold them only inside a word.
const DOUBLE_QUOTED = /(^|[\s(\[—–-])(["“])([^"“”\n]{1,100}?)(["”])(?=$|[\s,.;:!?)\]—–-])/gu;
const SINGLE_QUOTED = /(^|[\s(\[—–-])(['‘])((?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L})){1,100}?)(['’])(?=$|[\s,.;:!?)\]—–-])/gu;
/** An opening quote where one of the three expressions above could open a title (a superset): most apostrophes are possessives inside words. */
const OPENING_QUOTE = /(?:^|[\s,(\[—–-]|and)["“'‘]/;
/** 'singles "Night Train "," Paper Moon "': titles whose quotes hold a space on both sides (text rejoined from tokens). */
const SPACED_QUOTED = /(^|[\s,(\[—–-]|and)(["“])\s(\p{Lu}[^"“”\n]{0,100}?)\s(["”])(?=$|[\s,.;:!?)\]—–-])/gu;
/** "Paper Old Paper New.", "Songs of Mara Q." — a title whose closing quote comes after the sentence's full stop (or an initial's). */
const TITLE_WITH_STOP = /^\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|to|in|on|at|for|and|or|with|from|by)){0,7}\.$/u;

/**
 * What follows a quoted remark: ', he said', ' Vale added', ', said Mara Lind', and a speaker with role words
 * before the name or only a description ('frontman Tom Alder said', 'the actress said', 'its director added').
 */
const SPEECH_AFTER = /^\s*,?\s*(?:(?:he|she|they|we|I|(?:(?:the|its|their|his|her|a)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}|(?:the|its|their|his|her)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*)\s+(?:said|says|added|adds|told|tells|explained|explains|recalled|recalls|noted|notes|joked|jokes|wrote|writes)\b|(?:said|says|added|adds|explained|noted|recalled|joked)\s)/u;

/** Small words a title in title case leaves in lower case. */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|to|in|on|at|for|and|or|but|with|from|by|as)$/;

/** A bracketed guest credit closing a quoted title: " (feat. Mara Lind)", " (featuring Northwind)", " [ft. A & B]". */
/** " OST Part. 3" at the end of a quoted release's title ("'Glass Harbor OST Part. 3'"): the title before it names the work. */
const OST_RELEASE_TAIL = /(?<=\S)\s+OST(?:\s+(?:Part|Pt|Vol|Volume)\.?\s*(?:\d{1,2}|[IVX]{1,4}))?$/;
/** A sentence about a single of two sides, each a song of its own. */
const DOUBLE_SIDED = /\b(?:double[ -]A[ -]side|AA[ -]side|split single)s?\b/i;
const SIDE_SLASH = /\s+\/\s+/;
const GUEST_CREDIT_INSIDE = /\s*[(\[](?:feat\.|ft\.|featuring|with)\s[^()\[\]]+[)\]]\s*$/i;

function quotedTitles(doc: ArticleDoc, sentenceIndex: number): Draft[] {
  const sentence = doc.sentences[sentenceIndex];
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Draft[] = [];
  if (!OPENING_QUOTE.test(text)) return found;
  // A spaced match's title starts one space after its opening quote.
  const quotes = (m: RegExpMatchArray, shift = 0) => ({ index: m.index! + shift, before: m[1], quote: m[2], inner: m[3] });
  const matches = [...[...text.matchAll(SPACED_QUOTED)].map((m) => quotes(m, 1)), ...[...text.matchAll(DOUBLE_QUOTED), ...text.matchAll(SINGLE_QUOTED)].map((m) => quotes(m))];
  for (const m of matches.sort((a, b) => a.index - b.index)) {
    const inner = m.inner;
    // '", and"' between two quoted titles is no title.
    if (/^\s*[,;]/.test(inner)) continue;
    const words = inner.trim().split(/\s+/);
    // A quoted phrase is a title when it is short and reads like one, not a quoted sentence.
    const stopInside = TITLE_WITH_STOP.test(inner.trim());
    // '"Was It Love?"': a short question in title case is a title, not a quoted sentence (an exclamation is as often a quoted shout).
    const markedTitle = /[?]$/.test(inner.trim()) && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.test(w));
    if (words.length > 12 || !/[\p{L}\p{N}]/u.test(inner) || (/[.!?]$/.test(inner.trim()) && !stopInside && !markedTitle)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(inner) && words.length > 4) continue;
    // '"Her voice carries the whole song," he said': words in sentence case before a speech verb are a quote, not a title.
    if (words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.test(w)) && SPEECH_AFTER.test(text.slice(m.index + m.before.length + m.quote.length + inner.length + 1))) continue;
    const start = sentence.start + m.index + m.before.length + m.quote.length;
    if (found.some((f) => f.start < start + inner.length && start < f.end)) continue;
    // 'Ray "Duke" Monroe': a quoted nickname between a given name and a family name is part of a person's name.
    if (m.quote === '"' || m.quote === '“') {
      const given = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(0, m.index + m.before.length))?.[1];
      const family = /^["”]\s(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(m.index + m.before.length + m.quote.length + inner.length))?.[1];
      if (given && family && words.length <= 2 && looksLikePersonName([given, family])) continue;
    }
    // '"Paper Moon (feat. Mara Lind)"': the guest credit inside the quotes is no part of the title; the guest's name is left to the name finders.
    // "'Glass Harbor OST Part. 3'": the quoted release names the drama or film it is of; the release itself gets no name.
    const trimmed = inner.replace(GUEST_CREDIT_INSIDE, '').replace(stopInside ? /[\s,.]+$/ : /[\s,]+$/, '').replace(OST_RELEASE_TAIL, '');
    if (!trimmed) continue;
    // 'the double A-side single "Paper Moon / Glass Coast"': a slash between the titles of a double A-side or split single joins two songs.
    const sides = DOUBLE_SIDED.test(text) ? trimmed.split(SIDE_SLASH) : [trimmed];
    if (sides.length === 2 && sides.every((side) => /^[\p{Lu}\p{N}]/u.test(side))) {
      const second = start + trimmed.length - sides[1].length;
      for (const [at, side] of [[start, sides[0]], [second, sides[1]]] as const) found.push({ start: at, end: at + side.length, text: side, sentence: sentenceIndex, kind: 'name', type: null, typeRule: null, quoted: true });
      continue;
    }
    found.push({ start, end: start + trimmed.length, text: trimmed, sentence: sentenceIndex, kind: 'name', type: null, typeRule: null, quoted: true });
  }
  return found;
}

/** Suffixes by their last word, so that a name is compared only with the suffixes its own last word could end. */
interface Suffix { type: EntityType; spaced: string; rank: number }
function byLastWord(entries: { type: EntityType; suffix: string }[]): Map<string, Suffix[]> {
  const map = new Map<string, Suffix[]>();
  entries.forEach(({ type, suffix }, rank) => pushTo(map, suffix.split(' ').pop()!, { type, spaced: ` ${suffix}`, rank }));
  return map;
}
const NAME_SUFFIX_BY_LAST_WORD = byLastWord(NAME_SUFFIXES.flatMap(([type, suffixes]) => suffixes.map((suffix) => ({ type, suffix }))));
const AWARD_END_BY_LAST_WORD = byLastWord(AWARD_CATEGORY_ENDS.map((suffix) => ({ type: 'Award' as EntityType, suffix })));

/** The type the suffix table gives a name ending so ("Harbor Records"); the first type in the table wins. */
function suffixTableType(table: Map<string, Suffix[]>, words: string[], joined: string): EntityType | null {
  let best: Suffix | null = null;
  for (const suffix of table.get(words[words.length - 1]) ?? []) {
    if (joined.endsWith(suffix.spaced) && (!best || suffix.rank < best.rank)) best = suffix;
  }
  return best?.type ?? null;
}

function suffixType(words: string[]): EntityType | null {
  const joined = words.join(' ');
  // "Golden Lyre Award for Best Group": an award with its category, whatever the category ends with.
  if (/ (Award|Awards|Prize|Prizes|Medal) for /.test(joined)) return 'Award';
  // "Best Score for Open Media": a category with its tail, whatever the tail ends with.
  if (AWARD_CATEGORY_STARTS.includes(words[0]) && words.includes('for') && /^\p{Lu}/u.test(words[1] ?? '')) return 'Award';
  if (words.length > 2 && CHART_NUMBER_WORDS.includes(words[words.length - 2]) && /^\d+$/.test(words[words.length - 1])) return 'Chart';
  // "Northwind Albums 100", "Harbor Singles 50": a plural kind of record and a chart's size of two or three digits.
  if (words.length > 2 && /^(?:Albums|Singles|Songs)$/.test(words[words.length - 2]) && /^[1-9]\d0?$/.test(words[words.length - 1]) && Number(words[words.length - 1]) >= 10) return 'Chart';
  // "Northwind 200": a name and the size of a chart.
  if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && CHART_SIZES.includes(words[1])) return 'Chart';
  // "Heartland Country 50", "Northwind Rock 40": a name, a genre and the size of a chart.
  if (words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && GENRE_BY_SURFACE.has(words[1].toLowerCase()) && CHART_SIZES.includes(words[2])) return 'Chart';
  // "Northwind Music Sweden": a company's regional branch.
  if (words.length > 2 && COUNTRY_BY_SURFACE.has(words[words.length - 1]) && suffixType(words.slice(0, -1)) === 'Organization') return 'Organization';
  // "Quorv Recording Association of Norway", "Harbor Institute of Music": a head noun of organizations before "of", not the first word.
  const of = words.indexOf('of');
  if (of > 1 && ORGANIZATION_OF_HEADS.has(words[of - 1]) && of < words.length - 1) return 'Organization';
  // "Best Newcomer", "Best Group" (not a company for its last word) is an award category; "Best of Us" is a title.
  if (words.length > 1 && AWARD_CATEGORY_STARTS.includes(words[0]) && /^\p{Lu}/u.test(words[1])) return 'Award';
  // "Disques Vermeil", "Canal Azur", "Sonora Dischi": a foreign word for a record company or broadcaster at either end.
  if (words.length > 1 && (ORGANIZATION_HEAD_WORDS.has(words[0]) || ORGANIZATION_HEAD_WORDS.has(words[words.length - 1]))) return 'Organization';
  const bySuffix = words.length > 1 ? suffixTableType(NAME_SUFFIX_BY_LAST_WORD, words, joined) : null;
  if (bySuffix) return bySuffix;
  return suffixTableType(AWARD_END_BY_LAST_WORD, words, joined);
}

/** Words of a title that opens its sentence, besides capitalised ones: small words and punctuation. */
const TITLE_INNER = /^(?:[,?!:'’&-]|of|the|a|an|and|or|to|in|on|at|for|with|from|by|n['’]t|['’](?:s|re|ll|ve|d|m))$/;

/**
 * "Who Stole Noon, Didn't They? is a 1969 film", "The Long Shadows is an album", "The Quorvs are a band":
 * a sentence that opens with capitalised words up to "is a/an/the" names its
 * subject whole, commas, question marks and a leading "The" included.
 */
function copulaSubjectTitle(units: Unit[], text: string): Draft | null {
  let end = 0;
  // "The Copper Kings are an American band": a band's name takes a plural verb.
  // (Words in parentheses do not count toward the limit: "X (Japanese: ..., Hepburn: ...) is".)
  let depth = 0, counted = 0;
  while (end < units.length && counted < 14 && !(depth === 0 && /^(is|was|are|were)$/.test(units[end].text))) {
    if (units[end].text === '(') depth++;
    else if (units[end].text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) counted++;
    end++;
  }
  if (counted >= 14) return null;
  if (end < 2 || end >= units.length - 1 || !/^(a|an|the)$/i.test(units[end + 1].text)) return null;
  // "The Keeper's Son (French: Le Fils du gardien) is a 1996 film": a parenthesis closing right before the
  // verb holds another name or a date; the title is what comes before it.
  const open = units.findIndex((u, k) => k < end && u.text === '(');
  const aside = open >= 2 && units[end - 1].text === ')';
  if (aside) end = open;
  const words = units.slice(0, end);
  // "Tom Alder, OBE (born 1928) is an actor": before such an aside a comma ends a person's name, not a title's clause.
  if (aside && words.some((u) => u.text === ',')) return null;
  if (!isCapitalised(words[0]) || isCapitalised(words[0]) && CLAUSE_OPENERS.has(lower(words[0]))) return null;
  if (!words.every((u) => isCapitalised(u) || TITLE_INNER.test(u.text) || TITLE_CONNECTORS.has(u.text))) return null;
  // "El Tren de la Noche is an album": an article of another language opens the title as "The" does.
  // "Quorv's Blues is a compact disc": the article's opening title may hold a possessive, unless a person's name owns it.
  const possessive = words.findIndex((u) => /^['’]s$/.test(u.text));
  const openingPossessive = words[0].sentence === 0 && possessive > 0 && !looksLikePersonName(words.slice(0, possessive).map((u) => u.text));
  // "Live at the Copper Dome is a live album": the article's opening title may hold a preposition, unless a
  // person's name comes before it ("Mara Lind of Northwind is") or a known place after it ("Northwind from Oslo is").
  const preposition = words.findIndex((u) => TITLE_PREPOSITIONS.test(u.text));
  const openingPreposition = words[0].sentence === 0 && preposition > 0 && isCapitalised(words[words.length - 1])
    && !looksLikePersonName(words.slice(0, preposition).map((u) => u.text))
    && !namesAPlace(words.slice(preposition + 1).filter((u) => !/^(the|a|an)$/.test(u.text)).map((u) => u.text).join(' '));
  if (!openingPossessive && !openingPreposition && !words.some((u) => u.text === ',' || u.text === '?' || u.text === '!') && !/^(The|A|An)$/.test(words[0].text) && !(TITLE_CONNECTORS.has(lower(words[0])) && !TITLE_INNER.test(lower(words[0])))) return null;
  if (TITLE_INNER.test(words[end - 1].text) && !/^[?!]$/.test(words[end - 1].text)) return null;
  const draft = makeName(units, 0, end, null, null);
  draft.text = text.slice(draft.start, draft.end);
  return draft;
}

/** Small words a translated or alternative title in parentheses may hold besides capitalised ones. */
const ALIAS_INNER = /^(?:[,:'’&-]|of|the|a|an|and|or|to|in|on|at|for|with|from|by|our|my|your|his|her|their|its)$/;

/**
 * "Glass Harbor (The Silent Coast) is a 2014 film": capitalised words in parentheses right
 * after a name are another name of the same thing, one mention whole.
 */
function parentheticalAliases(units: Unit[], text: string): Draft[] {
  const found: Draft[] = [];
  for (let i = 1; i < units.length; i++) {
    if (units[i].text !== '(' || !isCapitalised(units[i - 1]) || !isCapitalised(units[i + 1] ?? units[i])) continue;
    let close = i + 1;
    while (close < units.length && units[close].text !== ')' && close - i <= 9 && (isCapitalised(units[close]) || ALIAS_INNER.test(units[close].text))) close++;
    if (units[close]?.text !== ')' || close - i < 2) continue;
    // The name before the parenthesis starts where its capitalised run starts.
    let first = i - 1;
    while (first > 0 && (isCapitalised(units[first - 1]) || (TITLE_CONNECTORS.has(units[first - 1].text) && first > 1 && isCapitalised(units[first - 2])))) first--;
    // "Dr. Penelope Vale (Mara Lind)", "Tom Alder (Quorvo Taleki)": a character's full name and the actor's, two people.
    const words = (a: number, b: number) => units.slice(a, b).map((u) => u.text);
    if (close - i >= 3 && i - first >= 2 && looksLikePersonName(words(i + 1, close)) && looksLikePersonName(words(first, i))) continue;
    // "directed by Mara Lind (Glass Harbor, Paper Moon)": titles listed after a person are credits, not other names.
    const listed = units.slice(i + 1, close).some((u) => u.text === ',');
    if (listed && looksLikePersonName(units.slice(first, i).map((u) => u.text))) continue;
    const alias = makeName(units, i + 1, close, null, null);
    alias.text = text.slice(alias.start, alias.end);
    found.push({ ...alias, aliasOf: units[first].start });
  }
  return found;
}

/** What stands between a name and another name of the same one: "Mara, born Mara Lind", "Mara Lind (born Mara Lindqvist; 1978)", "Paper Moon (Spanish: "Luna de Papel")", 'Kaze (Japanese: 風, lit. "Wind")', "Mara Lind (born 1978), also known as Marli", "Quorv was born Tom Alder", "Quorv, whose real name is Tom Alder", "Tom's real name is Tom Alder", "Northwind, stylised as 'NRTHWND'". */
const OTHER_NAME_BETWEEN = /^(?:\s*,\s*(?:born|née|whose (?:real|given|birth) name is|(?:also |better )?known (?:[a-z]+ ){0,3}as|a\.k\.a\.|aka|styli[sz]ed as|styled as)|\s*['’]s? (?:real|given|birth) name is|\s+(?:was|is) born|\s*\(\s*(?:born|née)|['"”’]?\s*\(\s*[A-Z][a-z]+:|\s*\(\s*(?:[A-Z][a-z]+:[^()]{0,40}?[,;]\s*)?(?:lit\.|literally|transl\.|translated)|(?:\s*\([^()]{0,30}\)|;[^()]{0,30}\))\s*,\s*(?:also |better )?known as)\s+['"“‘]?$/;

/** The later name becomes an alias of the earlier, as a name in parentheses after it does. */
function markOtherNames(names: Draft[], text: string): void {
  const ordered = [...names].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [a, b] = [ordered[i], ordered[i + 1]];
    if (b.aliasOf !== undefined || b.start - a.end > 40) continue;
    // "Mara Lind (born Mara Lindqvist; 1978), also known as Marli": a third name of the one the second names.
    if (OTHER_NAME_BETWEEN.test(text.slice(a.end, b.start))) b.aliasOf = a.aliasOf ?? a.start;
  }
}

/** The capitalised words that end units[from, end), after the run's last small word ("Ben Quorvik" of "Tom Alder and Ben Quorvik"). */
function lastCapitalisedWords(units: Unit[], from: number, end: number): string[] {
  let k = end;
  while (k > from && isCapitalised(units[k - 1]) && !TITLE_CONNECTORS.has(units[k - 1].text)) k--;
  return units.slice(k, end).map((u) => u.text);
}

/** "Baek Seo-rin", "Tomas Quorvik": a person's name whose last word is no English word ("Mara Queen" is no name before "of Quorvia"). */
function personBeforeOf(words: string[]): boolean {
  return words.length >= 2 && looksLikePersonName(words) && !isEnglishWordForm(words[words.length - 1]);
}

/** Runs of capitalised words, joined by small title words ("Best of Us", "From Nine to Noon", "Harbor: The Return"). */
/**
 * "Best Folk Verse for Open Air" and "Best Score for Open Air" in one article: a "for" phrase that
 * follows two different award categories is part of their names, not the work they went to.
 */
const CATEGORY_WITH_TAIL = new RegExp(`\\b(?:${AWARD_CATEGORY_STARTS.join('|')})((?: \\p{Lu}[\\p{L}/&-]*){1,4}) for ((?:\\p{Lu}[\\p{L}-]*)(?: \\p{Lu}[\\p{L}-]*){0,2})`, 'gu');

function awardCategoryTails(text: string): Set<string> {
  const headsByTail = new Map<string, Set<string>>();
  for (const m of text.matchAll(CATEGORY_WITH_TAIL)) {
    const heads = headsByTail.get(m[2]) ?? new Set<string>();
    heads.add(m[1]);
    headsByTail.set(m[2], heads);
  }
  return new Set([...headsByTail].filter(([, heads]) => heads.size >= 2).map(([tail]) => tail));
}

/** Where the run of capitalised words starting at units[from] ends (from itself when there is none). */
function capitalisedRunEnd(units: Unit[], from: number): number {
  let end = from;
  while (end < units.length && isCapitalised(units[end]) && isWord(units[end])) end++;
  return end;
}

/** A known place or country ("the band X in Oslo", "Life in Norway"): what follows a title's preposition only as a place. */
const namesAPlace = (text: string): boolean => isKnownPlace(text) || COUNTRY_BY_SURFACE.has(text);

/** Whether the text before names a person with this family name ("Tessa Whitcombe" before "Whitcombe's"). */
function namedAsFamilyName(word: string, earlierText: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !earlierText.includes(word)) return false;
  return new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${word}\\b`, 'u').test(earlierText) && looksLikePersonName(earlierText.match(new RegExp(`\\p{Lu}\\p{Ll}+ ${word}\\b`, 'u'))![0].split(' '));
}

/** "Ferry in the Snow (German: Fähre im Schnee)": a parenthesis naming a language opens the title's native form, so the title ends here. */
function nativeTitleAt(units: Unit[], at: number): boolean {
  return units[at]?.text === '(' && /^\p{Lu}\p{Ll}+$/u.test(units[at + 1]?.text ?? '') && units[at + 2]?.text === ':';
}

const TITLE_END_PUNCTUATION = /^[,.;:!?()"”—–]$/;
/**
 * "Les Nuits de verre, ...", "El camino de vuelta, the film": a title in a Romance language or German, written in
 * sentence case, goes on after its opening article through that language's particles and lower-case words that are
 * no English words, up to a punctuation mark or the sentence's end; `end` itself when it does not.
 */
function sentenceCaseForeignTitleEnd(units: Unit[], from: number, end: number): number {
  if (!FOREIGN_ARTICLES.has(units[from].text)) return end;
  let k = end;
  while (k < units.length && k - from < 8) {
    const u = units[k];
    if (!isWord(u)) break;
    if (isCapitalised(u) || FOREIGN_PARTICLES.has(u.lower) || (/^\p{Ll}+$/u.test(u.text) && !isEnglishWordForm(u.text) && !CLAUSE_POS.test(u.pos))) { k++; continue; }
    break;
  }
  const tail = units.slice(end, k);
  // The tail holds a particle ("de verre"), and no English cue noun ("La Quorvia member").
  if (k === end || FOREIGN_PARTICLES.has(units[k - 1].lower) || !tail.some((u) => FOREIGN_PARTICLES.has(u.lower)) || tail.some((u) => CUE_TYPES.has(u.lower) || PLURAL_CUES.has(u.lower))) return end;
  return k === units.length || TITLE_END_PUNCTUATION.test(units[k].text) ? k : end;
}

/** "members", "leaders": a one-word title of a place in a group, in the plural. */
const PLURAL_GROUP_TITLES = new Set(GROUP_TITLES.filter((t) => !t.includes(' ')).map((t) => `${t}s`));

function capitalisedNames(units: Unit[], heading: boolean, categoryTails: Set<string> = new Set(), text = '', sentenceStart = 0): Draft[] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < units.length) {
    if (!(isCapitalised(units[i]) || isOddlyShapedName(units[i]) || numberOpensTitle(units, i)) || !isWord(units[i])) { i++; continue; }
    // "Members Yuna, Chaewon and Mirae will form ...": a group's title in the plural opening the sentence is capitalised
    // only by its place; it heads the list, whose first name is an item like the others (not "Members Yuna").
    if (opensUtterance(units, i) && PLURAL_GROUP_TITLES.has(lower(units[i])) && isCapitalised(units[i + 1] ?? units[i]) && isWord(units[i + 1] ?? units[i])) { i++; continue; }
    let end = i + 1;
    for (;;) {
      if (end < units.length && (isCapitalised(units[end]) || (/^\p{N}+$/u.test(units[end].text) && end > i)) && isWord(units[end])) { end++; continue; }
      // "Got ta Find Glass", "Gon na Shine": a contraction written as two tokens ("Gotta", "Gonna") stays inside the title.
      if (SPLIT_CONTRACTION.test(`${units[end - 1].text} ${units[end]?.text}`) && isCapitalised(units[end + 1] ?? units[end]) && isWord(units[end + 1] ?? units[end])) { end += 2; continue; }
      const joiner = units[end];
      const after = units[end + 1];
      // 'Ray "Duke" Monroe': a nickname in quotes between a given name and a family name is part of the person's name.
      const nicknameEnd = end - i === 1 ? quotedNicknameEnd(units, end) : -1;
      if (nicknameEnd > 0) { end = nicknameEnd; continue; }
      // "Glass Coast and The Pale Rider": a capitalised article after "and" opens a second title.
      if (joiner?.text === 'and' && after?.text === 'The') break;
      // "starring Vale and Tate": two family names the article gave people before are two people, not one title.
      if (joiner?.text === 'and' && after && end - i === 1 && !isCapitalised(units[end + 2] ?? joiner) && namedAsFamilyName(units[i].text, text.slice(0, sentenceStart)) && namedAsFamilyName(after.text, text.slice(0, sentenceStart))) break;
      // "Tom Alder of The Harbor Band": a person's name before "of The" is followed by what the person belongs to.
      if (joiner?.text === 'of' && after?.text === 'The' && looksLikePersonName(lastCapitalisedWords(units, i, end))) break;
      // "directed by Jang Min-seo of Lumen Visual": a whole run shaped like a person's name, its family name no English
      // word ("Mara Queen of Quorvia" is a title), before "of" and a name is followed by where the person works.
      if (joiner?.text === 'of' && after && isCapitalised(after) && !(i > 0 && isTitleCueAt(units, i - 1)) && personBeforeOf(units.slice(i, end).map((u) => u.text))) break;
      // "It earned Lind the X Award", "gave Mara Lind the Y Prize": a person's name before a lower-case "the" is an indirect object.
      if (joiner?.text === 'the' && (end - i === 1 ? namedAsFamilyName(units[i].text, text.slice(0, sentenceStart)) : looksLikePersonName(units.slice(i, end).map((u) => u.text)))) break;
      // "the Quorv Collective: Mara Lind, Tom Alder, ...": a person's name after a colon opens a list, not a subtitle.
      if (joiner?.text === ':' && after && looksLikePersonName(units.slice(end + 1, end + 3).map((u) => u.text))) break;
      // "Best Actor: Daro Kwen", "LP of the Year: Night Train by Mara Lind": an award category labels its winner, it takes no subtitle.
      if (joiner?.text === ':' && suffixType(units.slice(i, end).map((u) => u.text)) === 'Award') break;
      if (joiner && after && isCapitalised(after) && isWord(after) && (TITLE_CONNECTORS.has(joiner.text) || joiner.text === ':' || joiner.text === '/')) { end += 2; continue; }
      // "Best Score for Open Air": a category tail the article repeats after several awards.
      if (joiner?.text === 'for' && AWARD_CATEGORY_STARTS.includes(units[i].text)) {
        const tail = [...categoryTails].find((t) => t.split(' ').every((w, j) => units[end + 1 + j]?.text === w));
        // The tail ends the name: "... for Open Air Media to the Prize" goes no further.
        if (tail) { end += 1 + tail.split(' ').length; break; }
      }
      // "Golden Lyre Award for Best Group": an award's category after "for".
      if (joiner?.text === 'for' && after && AWARD_CATEGORY_STARTS.includes(after.text) && /^(Award|Awards|Prize|Prizes|Medal)$/.test(units[end - 1].text)) { end += 2; continue; }
      // "X Award for Best Song in a Game", "for Best Duet in a Stage Role": an award's category goes on after "in a".
      if (joiner?.text === 'in' && after && /^(a|an)$/.test(after.text) && isCapitalised(units[end + 2] ?? after) && isWord(units[end + 2] ?? after)
        && units.slice(i, end).some((u, k) => u.text === 'for' && AWARD_CATEGORY_STARTS.includes(units[i + k + 1]?.text ?? ''))) { end += 3; continue; }
      // "Voice of the Season", "Songs of a Quiet Harbor", "Tomas de la Vega": two small words between capitalised ones.
      const second = units[end + 2];
      if (joiner && after && second && TITLE_CONNECTORS.has(joiner.text) && (/^(the|a|an)$/.test(after.text) || TITLE_CONNECTORS.has(after.text)) && isCapitalised(second) && isWord(second)) { end += 3; continue; }
      break;
    }
    // "When the Tide Turns, Where Do We Go?": a title of two clauses, the second a question, keeps its comma and "?".
    if (units[end]?.text === ',' && QUESTION_WORD.test(units[end + 1]?.text ?? '')) {
      let tail = end + 2;
      while (tail < units.length && tail - end < 10 && isWord(units[tail]) && (isCapitalised(units[tail]) || TITLE_CONNECTORS.has(units[tail].text))) tail++;
      if (units[tail]?.text === '?') end = tail + 1;
    }
    // "the medical drama Grey's Harbor": after a work's cue noun, a possessive inside the title is part of it
    // (not "the drama Glass's Mara Lind": a person's name after the possessive stays apart).
    // "The Cartographer (2005) and Winter's Ledger (2011)": so is one before the title's year in parentheses.
    if (/^['’]s$/.test(units[end]?.text ?? '') && isCapitalised(units[end + 1] ?? units[end]) && isWord(units[end + 1] ?? units[end])) {
      const tail = capitalisedRunEnd(units, end + 2);
      const dated = units[tail]?.text === '(' && /^\d{4}$/.test(units[tail + 1]?.text ?? '') && units[tail + 2]?.text === ')';
      // Not "Mara Lind's Night Train (2001)": a person's name owns the work.
      // Nor "Whitcombe's Porchlight (2001)" after "Tessa Whitcombe": a family name the article gave a person before.
      const ownedByPerson = looksLikePersonName(units.slice(i, end).map((u) => u.text)) || (end - i === 1 && namedAsFamilyName(units[i].text, text.slice(0, sentenceStart)));
      // "came with The Clockmaker's Garden, a 2001 film": "The" and one common noun own no work; they open a title.
      // (The owner a common noun, or the title described right after: ", a 2001 fantasy film".)
      const described = units[tail]?.text === ',' && /^(a|an)$/.test(units[tail + 1]?.text ?? '') && [2, 3, 4, 5].some((k) => tail + k < units.length && isTitleCueAt(units, tail + k));
      const theCommonNoun = end - i === 2 && units[i].text === 'The' && (isCommonWord(lower(units[i + 1])) || described);
      // "A spin-off series, Drover's Wife, will follow": so is one in a title set off by commas right after a cue noun.
      const setOff = i > 1 && units[i - 1].text === ',' && isTitleCueAt(units, i - 2) && units[tail]?.text === ',';
      if (((dated && !ownedByPerson) || theCommonNoun || (i > 0 && isTitleCueAt(units, i - 1)) || (setOff && !ownedByPerson)) && !looksLikePersonName(units.slice(end + 1, tail).map((u) => u.text))) end = tail;
    }
    // "the 1990 film The Hunt for Silver Harbor", "Like Someone in Glass (2012)": a preposition inside a title,
    // after a work's cue noun or before the title's year in parentheses, and not before a known place.
    // "A soundtrack album, Songs from the Island, was released": a title set off by commas right after a work's
    // cue noun may hold a preposition and an article ("from the") before its last capitalised words.
    const appositive = i > 1 && units[i - 1].text === ',' && isTitleCueAt(units, i - 2);
    const articleAfter = appositive && TITLE_PREPOSITIONS.test(units[end]?.text ?? '') && /^(the|a|an)$/.test(units[end + 1]?.text ?? '') && isCapitalised(units[end + 2] ?? units[end]) && isWord(units[end + 2] ?? units[end]);
    if (articleAfter && units[capitalisedRunEnd(units, end + 3)]?.text === ',') {
      const tail = capitalisedRunEnd(units, end + 3);
      if (!namesAPlace(units.slice(end + 2, tail).map((u) => u.text).join(' '))) end = tail;
    }
    if (TITLE_PREPOSITIONS.test(units[end]?.text ?? '') && isCapitalised(units[end + 1] ?? units[end]) && isWord(units[end + 1] ?? units[end]) && !opensADate(units, end + 1)) {
      const tail = capitalisedRunEnd(units, end + 2);
      const dated = units[tail]?.text === '(' && /^\d{4}$/.test(units[tail + 1]?.text ?? '') && units[tail + 2]?.text === ')' || nativeTitleAt(units, tail);
      const tailText = units.slice(end + 1, tail).map((u) => u.text).join(' ');
      // "the rock band Songs for Quorvs": after a band's cue noun too, but only "for" ("the band X in Oslo", "on Y").
      const bandCue = i > 0 && units[end].text === 'for' && (CUE_TYPES.get(lower(units[i - 1])) ?? []).every((t) => t === 'Band') && CUE_TYPES.has(lower(units[i - 1]));
      // "the US version of Life in Glass", "a remake of Songs for Quorvs": a work named after "version of" is a title too.
      const versionOf = i > 1 && units[i - 1].text === 'of' && ANY_WORK_CUES.has(lower(units[i - 2]));
      // "Ellery published a sequel, The Orchard in Bloom, in 1995": so does one set off by commas after the cue noun.
      const cued = i > 0 && isTitleCueAt(units, i - 1) || appositive && units[tail]?.text === ',';
      // "the film Midnight in Palermo (2006)": after a cue noun and before the year, a place ends the title too.
      const placeInTitle = cued && dated;
      if ((dated || bandCue || versionOf || cued) && (placeInTitle || !namesAPlace(tailText)) && !looksLikePersonName(tailText.split(' '))) end = tail;
    }
    // "1986's Candle in the Harbor", "the film Songs from the Lighthouse": a preposition and "the" inside a title, after a
    // work's cue noun or a year's possessive, and not before a known place ("the film X in the United States").
    else if (TITLE_PREPOSITIONS.test(units[end]?.text ?? '') && /^(the|a|an)$/.test(units[end + 1]?.text ?? '') && /^\p{Lu}/u.test(units[end + 2]?.text ?? '') && isWord(units[end + 2] ?? units[end])) {
      const tail = capitalisedRunEnd(units, end + 3);
      const tailText = units.slice(end + 2, tail).map((u) => u.text).join(' ');
      const yearOwned = i > 1 && /^['’]s$/.test(units[i - 1].text) && /^\d{4}$/.test(units[i - 2].text);
      if ((yearOwned || nativeTitleAt(units, tail) || (i > 0 && isTitleCueAt(units, i - 1))) && !namesAPlace(tailText) && !looksLikePersonName(tailText.split(' '))) end = tail;
    }
    // "Night Train: Music from the Motion Picture": a subtitle after a colon may hold "from the" before its capitalised words.
    if (TITLE_PREPOSITIONS.test(units[end]?.text ?? '') && units.slice(i, end).some((u) => u.text === ':')) {
      const first = /^(the|a|an)$/.test(units[end + 1]?.text ?? '') ? end + 2 : end + 1;
      const tail = capitalisedRunEnd(units, first);
      const tailText = units.slice(first, tail).map((u) => u.text).join(' ');
      if (tail > first && !namesAPlace(tailText) && !looksLikePersonName(tailText.split(' '))) end = tail;
    }
    end = sentenceCaseForeignTitleEnd(units, i, end);
    runs.push([i, end]);
    i = end;
  }
  const found: Draft[] = [];
  for (const [from, to] of splitListEnds(units, runs)) found.push(...trimRun(units, from, to, heading));
  return found;
}

const OPEN_QUOTE_UNIT = /^["“]$/;
/** "Part", "Vol.": the noun of a release's part number ("OST Part. 3", "Part 2 of the soundtrack"). */
const PART_WORDS = /^(?:Part|Pt|Vol|Volume)$/;
/** A part number at units[at], after the part noun's abbreviating full stop if there is one ("Part. 3", "Part 2", "Vol. IV"). */
function isPartNumber(units: Unit[], at: number): boolean {
  const number = units[at]?.text === '.' ? units[at + 1] : units[at];
  return /^(?:\d{1,2}|[IVX]{1,4})$/.test(number?.text ?? '');
}
const CLOSE_QUOTE_UNIT = /^["”]$/;
/**
 * Where a person's name goes on after a quoted nickname that follows its given name at units[at - 1]
 * ('Ray "Duke" Monroe', 'Marcus "M-Dash" Bellamy'): past the family name after the closing quote; -1 when
 * the quotes hold no one- or two-word nickname between a given name and a family name.
 */
function quotedNicknameEnd(units: Unit[], at: number): number {
  if (!OPEN_QUOTE_UNIT.test(units[at]?.text ?? '')) return -1;
  let close = at + 1;
  while (close < units.length && close - at <= 3 && isCapitalised(units[close]) && isWord(units[close])) close++;
  if (close === at + 1 || close - at > 3 || !CLOSE_QUOTE_UNIT.test(units[close]?.text ?? '')) return -1;
  const family = units[close + 1];
  if (!family || !isCapitalised(family) || !isWord(family) || units[at].start !== units[at - 1].end + 1) return -1;
  return looksLikePersonName([units[at - 1].text, family.text]) ? close + 2 : -1;
}

/** "on June 2", "on Friday": a day or a month with its day after a preposition dates the sentence, it ends a title. */
function opensADate(units: Unit[], at: number): boolean {
  const word = lower(units[at]);
  return WEEKDAYS.has(word) || (word.length > 3 && MONTHS.has(word) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(units[at + 1]?.text ?? ''));
}

/**
 * "A, B, C and D": the last run of a comma list of one-word names, "C and D", is
 * two names like the others ("Salt and Stone" alone stays one title, and so does
 * "Blood and Water" after a longer item).
 */
function splitListEnds(units: Unit[], runs: [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const [from, to] = runs[r];
    const prior = runs[r - 1];
    const listBefore = prior && prior[1] - prior[0] === 1 && prior[1] === from - 1 && units[from - 1].text === ',';
    if (listBefore && to - from === 3 && units[from + 1].text === 'and') {
      result.push([from, from + 1], [from + 2, to]);
      continue;
    }
    // "P. Quorvan, Sakrin and Tomas Beldar": after a person's name and a comma, "A and B" ends a list of people.
    const and = units.slice(from, to).findIndex((u) => u.text === 'and') + from;
    const personBefore = prior && prior[1] === from - 1 && units[from - 1].text === ',' && looksLikePersonName(units.slice(prior[0], prior[1]).map((u) => u.text));
    if (personBefore && and > from && and < to - 1 && units.slice(from, to).filter((u) => u.text === 'and').length === 1 && !/^(The|A|An)$/.test(units[and + 1].text)) {
      result.push([from, and], [and + 1, to]);
      continue;
    }
    result.push([from, to]);
  }
  return result;
}

function trimRun(units: Unit[], from: number, to: number, heading: boolean): Draft[] {
  // "El camino de vuelta, the film ...": a sentence-case foreign title keeps the article that opens the sentence.
  if (to - from > 1 && FOREIGN_ARTICLES.has(units[from].text) && units.slice(from + 1, to).some((u) => /^\p{Ll}/u.test(u.text) && !FOREIGN_PARTICLES.has(u.lower))) {
    return [makeName(units, from, to, null, null)];
  }
  // A capitalised sentence opener that is an ordinary word ("Watch", "Earlier", "Signed to").
  // "Beyond Glass Harbor is the sixth album by ...": the article's opening title, right before its copula, keeps a preposition that opens it.
  const openingTitle = units[0]?.sentence === 0 && to - from > 1 && /^(is|was)$/.test(units[to]?.text ?? '') && units[from].pos === 'ADP' && isCapitalised(units[from + 1]);
  while (from < to && opensUtterance(units, from) && !heading && !openingTitle) {
    const u = units[from];
    if (isOrdinaryOpener(u) && (to - from === 1 || /^(ADP|DET|PRON|CCONJ|SCONJ|AUX|PART|INTJ)$/.test(u.pos) || CLAUSE_OPENERS.has(lower(u)))) { from++; continue; }
    // "Solo singer X", "Veteran actor X": an ordinary word opening the sentence before a role noun describes the person after it.
    if (to - from === 1 && (isCommonWord(u.text) || ROLE_MODIFIERS.has(lower(u))) && /^\p{Ll}/u.test(units[to]?.text ?? '') && CUE_TYPES.get(lower(units[to]))?.includes('Person')) { from++; continue; }
    // "Singer-actress Mara Lind": a compound of people's role nouns opening the sentence describes the person after it.
    if (to - from > 1 && u.text.includes('-') && u.text.split('-').every((part) => CUE_TYPES.get(part.toLowerCase())?.includes('Person'))) { from++; continue; }
    // "Signed to Harbor Records": an opening verb joined to the name only by a connector.
    if (/^(VERB|ADV)$/.test(u.pos) && from + 1 < to && TITLE_CONNECTORS.has(lower(units[from + 1]))) { from += 2; continue; }
    break;
  }
  // "Seoul-based Harbor Entertainment": a place written before "-based" says where the name's owner is, not what it is called.
  if (to - from > 1 && /^\p{Lu}[\p{L}.]*-based$/u.test(units[from].text)) from++;
  else if (to - from > 3 && units[from + 1].text === '-' && units[from + 2].text === 'based') from += 3;
  // "On the Quorv Chart, X holds": the lower-case article left after a trimmed opener is no part of the name.
  if (from > 0 && to - from > 1 && /^(?:the|a|an)$/.test(units[from].text) && opensUtterance(units, from - 1) && isCapitalised(units[from + 1])) from++;
  // "By Hana Lind" on a line of its own: a byline's "By" is no part of the writer's name.
  if (heading && from === 0 && to - from > 2 && units[from].text === 'By' && looksLikePersonName(units.slice(from + 1, to).map((u) => u.text))) from++;
  if (from >= to) return [];
  // A month or weekday alone is a date chrono could not place (no year known), never a name.
  if (to - from === 1 && CALENDAR_WORD.test(units[from].text)) return [];
  // "hits No. 1", "climbs to No. 12": a chart place is never a name (nor a work a "hits" cue could type).
  if (/^No\.?\d+$/.test(units.slice(from, to).map((u) => u.text).join(''))) return [];
  // "The EP won B", "her debut EP X": a release format alone is the work's cue noun, never a name.
  if (to - from === 1 && RELEASE_FORMATS.has(lower(units[from]))) return [];
  // "the most patient person I have worked with": the pronoun is capitalised, no name.
  if (to - from === 1 && units[from].text === 'I' && units[from].pos === 'PRON') return [];
  // "June 24" with no year chrono could place is a date too, never a name ("released on June 24 through X").
  if (to - from === 2 && CALENDAR_WORD.test(units[from].text) && /^(?:[1-9]|[12]\d|3[01])$/.test(units[from + 1].text)) return [];
  // "Best Folk Verse and Best Folk Chorus", "Voice of the Season and Song of the Season": two awards.
  const and = units.slice(from, to).findIndex((u) => u.text === 'and') + from;
  if (and > from && suffixType(units.slice(from, and).map((u) => u.text)) === 'Award' && suffixType(units.slice(and + 1, to).map((u) => u.text)) === 'Award') {
    // "a Golden Lyre Award and an Silver Quorv Award": the second award's article is no part of its name.
    const second = /^(a|an)$/.test(units[and + 1].text) && to - and > 2 ? and + 2 : and + 1;
    return [makeName(units, from, and, 'Award', 'shape.award-suffix'), makeName(units, second, to, 'Award', 'shape.award-suffix')];
  }
  // "Harbor Hill / Glass Street Records": a slash between a company named by its suffix and another name is two companies.
  const slash = units.slice(from, to).findIndex((u) => u.text === '/') + from;
  if (slash > from && slash < to - 1) {
    const sides = [units.slice(from, slash), units.slice(slash + 1, to)].map((side) => suffixType(side.map((u) => u.text)));
    if (sides.includes('Organization')) return [...trimRun(units, from, slash, heading), ...trimRun(units, slash + 1, to, heading)];
  }
  // "Quorv Trax and Quorv Norway": two names that open with the same word are two of one family of names
  // (a label and its branch), not one title; each side is more than that word.
  if (and > from + 1 && to > and + 2 && units[from].text === units[and + 1].text && isCapitalised(units[from])) {
    return [...trimRun(units, from, and, heading), makeName(units, and + 1, to, null, null)];
  }
  // "Quorv Entertainment and Harbor Records": two companies, each with its own suffix.
  if (and > from + 1 && to > and + 2 && suffixType(units.slice(from, and).map((u) => u.text)) === 'Organization' && suffixType(units.slice(and + 1, to).map((u) => u.text)) === 'Organization') {
    return [makeName(units, from, and, 'Organization', 'shape.organization-suffix'), makeName(units, and + 1, to, 'Organization', 'shape.organization-suffix')];
  }
  // "Night Train and Best Folk Song": a work and the next award of a list, two names.
  if (and > from && !AWARD_CATEGORY_STARTS.includes(units[from].text) && AWARD_CATEGORY_STARTS.includes(units[and + 1]?.text ?? '') && suffixType(units.slice(and + 1, to).map((u) => u.text)) === 'Award') {
    return [...trimRun(units, from, and, heading), makeName(units, and + 1, to, 'Award', 'shape.award-suffix')];
  }
  // "Blue Harbor and Glass Records", "UK and Glass Records": the shape names only what follows "and".
  if (and > from) {
    const after = suffixType(units.slice(and + 1, to).map((u) => u.text));
    let first = and + 1;
    while (first < to - 1 && /^(the|a|an)$/.test(units[first].text)) first++;
    if (after && after !== 'Award' && to - first > 1) return [...trimRun(units, from, and, heading), makeName(units, first, to, after, `shape.${after.toLowerCase()}-suffix`)];
  }
  // "Part 2 of the Glass Harbor soundtrack", "Vol. 3": a release's part number is no name, nor part of the work it is a part of.
  if (PART_WORDS.test(units[from].text) && isPartNumber(units, from + 1)) {
    let next = units[from + 1].text === '.' ? from + 3 : from + 2;
    if (units[next]?.text === 'of') next += /^(?:the|a|an)$/i.test(units[next + 1]?.text ?? '') ? 2 : 1;
    return next < to ? trimRun(units, next, to, heading) : [];
  }
  // "Glass Harbor OST Part. 3", "the Glass Harbor OST": the soundtrack's abbreviation after a title ends the title,
  // which names the drama or film (typing reads it from the "OST" after it); the release itself gets no name ("Best OST" is an award).
  const ost = units.slice(from + 1, to).findIndex((u) => u.text === 'OST') + from + 1;
  if (ost > from && !AWARD_CATEGORY_STARTS.includes(units[from].text) && (ost === to - 1 || PART_WORDS.test(units[ost + 1].text) && isPartNumber(units, ost + 2))) return trimRun(units, from, ost, heading);
  // "and 2 Lyre Awards": a number before an award counts it (numberOpensTitle let it open the run).
  if (/^\d+$/.test(units[from].text) && suffixType(units.slice(from + 1, to).map((u) => u.text)) === 'Award') from++;
  // "fell out of the Top 10 of the Quorv Albums Chart": the rank band before "of" is a position on the chart, not its name.
  if (to - from > 4 && CHART_NUMBER_WORDS.includes(units[from].text) && /^\d+$/.test(units[from + 1].text) && units[from + 2].text === 'of') {
    const chart = lower(units[from + 3]) === 'the' ? from + 4 : from + 3;
    if (to - chart >= 2 && suffixType(units.slice(chart, to).map((u) => u.text)) === 'Chart') return [makeName(units, chart, to, 'Chart', 'shape.chart-suffix')];
  }
  // "In 2018 Moonrise Records signed them": a year after a preposition dates the clause; no name opens with it.
  if (to - from >= 2 && /^(?:in|by|since|from|until)$/i.test(units[from - 1]?.text ?? '') && /^(?:1[5-9]|20)\d\d$/.test(units[from].text)) from++;
  const byShape = suffixType(units.slice(from, to).map((u) => u.text));
  if (byShape) return [makeName(units, from, to, byShape, `shape.${byShape.toLowerCase()}-suffix`)];
  // "Quorv Music Oslo": a company's branch named by its city after the suffix is one name.
  if (to - from >= 3 && isKnownPlace(units[to - 1].text) && suffixType(units.slice(from, to - 1).map((u) => u.text)) === 'Organization') {
    return [makeName(units, from, to, 'Organization', 'shape.organization-suffix')];
  }
  // Drop leading words that are not part of a name: demonyms, genre and cue words.
  let start = from;
  while (start < to) {
    const u = units[start];
    const l = lower(u);
    if (COUNTRY_BY_SURFACE.has(u.text) || /^\p{Lu}-\p{L}+$/u.test(u.text) && (CUE_TYPES.has(l.slice(2)) || GENRE_BY_SURFACE.has(l))) { start++; continue; }
    // "an English-language remake", "a Korean-born singer": a demonym joined to an ordinary word.
    const joined = /^(\p{Lu}\p{Ll}+)-\p{Ll}+$/u.exec(u.text);
    if (joined && COUNTRY_BY_SURFACE.has(joined[1])) { start++; continue; }
    // "the Lyre-winning film", "a Seoul-based label": a name joined to a participle or an ordinary noun is a modifier.
    if (isJoinedModifier(u)) { start++; continue; }
    // A capitalised "The" inside a sentence belongs to the title ("will release The Glass Coast").
    if ((TITLE_CONNECTORS.has(l) && !(isCapitalised(u) && u !== units[0])) || u.text === ':') { start++; continue; }
    // "Director Mara Lind", "Singer Tom Alder": a role word before a person's name is no part of it.
    // "Stars Mara Lind and Tom Alder": so is one before two people's names joined by "and".
    const andAt = units.slice(start + 1, to).findIndex((w) => w.text === 'and') + start + 1;
    const firstOfPair = andAt > start + 1 ? units.slice(start + 1, andAt) : units.slice(start + 1, to);
    if (CUE_TYPES.get(l)?.includes('Person') && !/^\p{Lu}+$/u.test(u.text) && looksLikePersonName(firstOfPair.map((w) => w.text)) && (andAt <= start + 1 || looksLikePersonName(units.slice(andAt + 1, to).map((w) => w.text)))) { start++; continue; }
    // "Guitarist Toru, bassist ...": a band role opening the sentence is capitalised only by its place; a name of any shape follows.
    // "Singer Quorv has released ...", "Member Dain wrote ...": so is an occupation or a place in a group used as a title.
    if (u.index === 0 && start + 1 < to && (BAND_ROLES.includes(l) || GROUP_TITLES.includes(l) || OCCUPATIONS.has(l)) && !/^\p{Lu}+$/u.test(u.text)) { start++; continue; }
    // "the EP Blue Hour", "her OST Paper Moon": a format written in capitals after a small word is the cue, not the title's first word.
    if (start + 1 < to && /^\p{Lu}{2,3}$/u.test(u.text) && CUE_TYPES.get(l)?.some((t) => t === 'Album' || t === 'Song') && /^\p{Ll}+$/u.test(units[start - 1]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(units[start + 1].text)) { start++; continue; }
    if (HONORIFICS.has(u.text) && start + 1 < to) break;
    break;
  }
  let end = to;
  while (end > start && (TITLE_CONNECTORS.has(lower(units[end - 1])) || units[end - 1].text === ':')) end--;
  // "the label Quorvex Japan", "released through Quorvex Japan": a company and its country's branch after a company's
  // cue noun or a release's "through" is one company's name, not a name and a country.
  if (end - start >= 2 && countryWidthAt(units, end - 1, end) === 1 && countryWidthAt(units, start, end - 1) === 0 && companyCueBefore(units, start)) {
    return [makeName(units, start, end, 'Organization', 'cue.company-branch')];
  }
  // "Japanese" inside a run splits it: "Korean Air" stays, but "Northwind Japanese" does not occur as a name.
  const pieces: [number, number][] = [];
  let pieceStart = start;
  let cut = false;
  const wholeRunIsCountry = COUNTRY_BY_SURFACE.has(units.slice(start, end).map((u) => u.text).join(' '));
  for (let k = start; k < end; k++) {
    // "Harbor Music Sweden": a country after a company's suffix ends the company's name.
    const regionalBranch = k === end - 1 && k - 1 > start && suffixType(units.slice(pieceStart, k).map((u) => u.text)) === 'Organization';
    // "This Is Norway", "Made in Quorvia": a title that reads as a clause keeps its country word.
    const clause = units.slice(pieceStart, k).some((u) => CLAUSE_POS.test(u.pos));
    const width = countryWidthAt(units, k, end);
    // A country of one word opening the run was dropped above; one of two or more ("South Korea") is cut here.
    if (width && (k > start || width > 1) && !regionalBranch && !clause && !wholeRunIsCountry) {
      if (k > pieceStart) pieces.push([pieceStart, k]);
      pieceStart = k + width;
      k += width - 1;
      cut = true;
    }
  }
  if (end > pieceStart) pieces.push([pieceStart, end]);
  // "in South Korea and Taiwan": what is left between two countries is a connector, no name.
  if (cut) for (const piece of pieces) while (piece[0] < piece[1] && TITLE_CONNECTORS.has(units[piece[0]].text)) piece[0]++;
  // "Tom Alder of Swedish rock band X", "the Quorv Board of Norway": a piece cut at a country ends before the small words left before it.
  for (const piece of pieces) while (piece[1] > piece[0] + 1 && piece[1] < end && (TITLE_CONNECTORS.has(lower(units[piece[1] - 1])) && !isCapitalised(units[piece[1] - 1]))) piece[1]--;
  return pieces
    .flatMap(([a, b]) => afterPluralCue(units, from) ? splitAtAnd(units, a, b) : afterCreditBy(units, from) ? splitCreditsAtAnd(units, a, b) : splitPeopleAtAnd(units, a, b))
    .filter(([a, b]) => b > a && !COUNTRY_BY_SURFACE.has(units.slice(a, b).map((u) => u.text).join(' ')))
    .map(([a, b]) => [withoutTitles(units, a, b), b])
    .map(([a, b]) => {
      // A piece split off a longer run ("Voice of the Season" from "... and Tom Alder") may have a shape of its own.
      const pieceShape = b - a < to - from ? suffixType(units.slice(a, b).map((u) => u.text)) : null;
      return pieceShape ? makeName(units, a, b, pieceShape, `shape.${pieceShape.toLowerCase()}-suffix`) : makeName(units, a, b, null, null);
    });
}

/** A company's cue noun ("the label", "agency") or a release's "through"/"via" right before units[at]. */
function companyCueBefore(units: Unit[], at: number): boolean {
  const before = units[at - 1];
  if (!before) return false;
  if (/^(?:through|via)$/.test(before.text)) {
    // "released on May 4 through": the release's verb a few words before, in the same clause.
    for (let k = at - 2; k >= Math.max(0, at - 8) && !/^[,;:]$/.test(units[k].text); k--) if (/^(?:released|distributed|issued|out)$/.test(units[k].text)) return true;
    return false;
  }
  const types = CUE_TYPES.get(lower(before));
  return !!types && types.length > 0 && types.every((t) => t === 'Organization');
}

/** How many words of a country's name ("Korea", "South Korea", "United Arab Emirates") open at `at`, longest first; 0 for none. */
function countryWidthAt(units: Unit[], at: number, end: number): number {
  for (let width = Math.min(3, end - at); width >= 1; width--) {
    if (COUNTRY_BY_SURFACE.has(units.slice(at, at + width).map((u) => u.text).join(' '))) return width;
  }
  return 0;
}

/**
 * "as Detective Tom Alder", "Vice Admiral Mara Lind", "Dr. Tomas Beldar": a rank or title before a person's full name
 * is no part of it; where the name starts. "Dr. Quorv", one word after the title, keeps it: the title is all that says it is a person.
 */
function withoutTitles(units: Unit[], from: number, to: number): number {
  let titles = 0;
  while (from + titles < to && (RANK_TITLES.has(units[from + titles].text) || HONORIFICS.has(units[from + titles].text))) titles++;
  // "Vice" is half of a rank ("Vice Admiral"), never one alone.
  if (titles && units[from + titles - 1].text === 'Vice') titles--;
  return titles && to - from - titles >= 2 && looksLikePersonName(units.slice(from + titles, to).map((u) => u.text)) ? from + titles : from;
}

/** "Gotta", "Gonna", "Wanna" split in two tokens, as text rejoined from tokens writes them. */
const SPLIT_CONTRACTION = /^(?:Got ta|Gon na|Wan na)$/;

const CLAUSE_POS = /^(?:AUX|VERB|PRON)$/;
const QUESTION_WORD = /^(?:Where|What|Who|Why|How|When|Which|Whose|Whom)$/;

/**
 * "the Northern Song Contest 1988", "In 2007 Mara Lind appeared": a year inside an untyped run of
 * capitalised words is a date beside the names, not part of one. The words after it are a name,
 * and so are those before it when they are more than one word (a lone "In" is the sentence's
 * opener). The run had been dropped with the date, and "Contest" alone then read as a song after
 * the cue word "Song".
 */
function withoutYear(n: Draft, dates: Draft[], text: string): Draft[] {
  if (n.type !== null) return [n];
  const date = dates.find((d) => d.start >= n.start && d.end <= n.end && /^\d{4}$/.test(text.slice(d.start, d.end)));
  if (!date) return [n];
  const pieces: Draft[] = [];
  const before = text.slice(n.start, date.start).trimEnd();
  if (before.includes(' ')) pieces.push({ ...n, end: n.start + before.length, text: before });
  const rest = text.slice(date.end, n.end);
  const after = rest.trim();
  if (after && /^\p{Lu}/u.test(after)) {
    const at = date.end + rest.indexOf(after);
    pieces.push({ ...n, start: at, end: at + after.length, text: after });
  }
  return pieces;
}

/**
 * The sentence's first word, or the first word of a quoted remark ('"We sang it ...," she said';
 * 'he said: "It is ...'): an ordinary word there is capitalised only because it opens a clause.
 */
function opensUtterance(units: Unit[], at: number): boolean {
  if (units[at] === units[0]) return true;
  const quote = units[at - 1];
  return !!quote && /^["“]$/.test(quote.text) && (at === 1 || /^[,:]$/.test(units[at - 2].text));
}

function isOrdinaryOpener(u: Unit): boolean {
  if (u.pos === 'PROPN') return false;
  if (/^[\p{Lu}\p{N}.&-]{2,}$/u.test(u.text)) return false; // all capitals: an acronym
  return true;
}

/** "the albums Glass and Paper Moon", "her two films (Night Train and Glass Harbor)": a plural cue noun just before the run. */
function afterPluralCue(units: Unit[], from: number): boolean {
  let k = from - 1;
  if (units[k]?.text === '(' || units[k]?.text === ',' || units[k]?.text === ':') k--;
  return k >= 0 && PLURAL_CUES.has(lower(units[k]));
}

/** A run that names several things of a plural cue is cut at each "and" ("Glass and Paper Moon"). */
function splitAtAnd(units: Unit[], from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (units[k].text !== 'and' && units[k].text !== '&') continue;
    if (k > start) parts.push([start, k]);
    start = k + 1;
  }
  if (to > start) parts.push([start, to]);
  return parts;
}

/** "written by A and B", "produced by A, B and C": a credit's participle and "by" just before the run. */
function afterCreditBy(units: Unit[], from: number): boolean {
  return units[from - 1]?.text === 'by' && CREDIT_PARTICIPLES.has(lower(units[from - 2] ?? units[from - 1]));
}

/**
 * After a credit's "by", "Tom Quorvik and Ben Hale" and "Quorv and Ben Hale" are two names: credits name
 * people, and a title with "and" rarely stands there. Two one-word sides ("Salt and Stone") stay one name,
 * as does a side that opens with "The" ("The Quorvs and the Harbor Kings" is read as the band it may be).
 */
function splitCreditsAtAnd(units: Unit[], from: number, to: number): [number, number][] {
  const and = units.slice(from, to).findIndex((u) => u.text === 'and' || u.text === '&');
  if (and <= 0 || from + and + 1 >= to) return splitPeopleAtAnd(units, from, to);
  const cut = from + and;
  const leftWords = cut - from;
  const rightWords = to - cut - 1;
  const opensWithThe = (k: number) => /^(?:The|the)$/.test(units[k].text);
  if ((leftWords < 2 && rightWords < 2) || opensWithThe(from) || opensWithThe(cut + 1)) return splitPeopleAtAnd(units, from, to);
  return [[from, cut], ...splitCreditsAtAnd(units, cut + 1, to)];
}

/** "Park Ji-hoon and Kim Do-yun" is two people; "Salt and Stone" is one title. */
function splitPeopleAtAnd(units: Unit[], from: number, to: number): [number, number][] {
  const and = units.slice(from, to).findIndex((u) => u.text === 'and' || u.text === '&');
  if (and < 0) return [[from, to]];
  const cut = from + and;
  const left = units.slice(from, cut).map((u) => u.text);
  const right = units.slice(cut + 1, to).map((u) => u.text);
  const person = (a: string[], b: string[]) => looksLikePersonName(a) && b.length >= 1 && b.length <= 6;
  if (person(left, right) || person(right, left)) return [[from, cut], ...splitPeopleAtAnd(units, cut + 1, to)];
  return [[from, to]];
}

function makeName(units: Unit[], from: number, to: number, type: EntityType | null, rule: string | null): Draft {
  return { start: units[from].start, end: units[to - 1].end, text: '', sentence: units[from].sentence, kind: 'name', type, typeRule: rule };
}

/** Romanised Japanese particles that stand inside lower-case names ("kumo no ue", "hoshi ga furu"). */
const NAME_PARTICLES = new Set(['no', 'ga', 'wa', 'wo', 'mo', 'ni']);

/** "the rock band paper lanterns": a lower-case name right after a band cue noun. */
function cueIntroducedNames(units: Unit[], existing: Draft[], fullText: string, lowerText: string): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const cueTypes = CUE_TYPES.get(lower(units[i]));
    if (!cueTypes?.includes('Band')) continue;
    let end = i + 1;
    // "the rock band kumo no ue": a romanised Japanese particle between two words of the name is part of it (the tagger
    // reads "no" as a determiner).
    while (end < units.length && end - i <= 3 && /^[\p{Ll}\p{N}]/u.test(units[end].text) && (/^(NOUN|ADJ|ADV|PROPN|NUM|X|VERB)$/.test(units[end].pos) || end > i + 1 && NAME_PARTICLES.has(units[end].text) && /^\p{Ll}/u.test(units[end + 1]?.text ?? '')) && !(end === i + 1 && CUE_TYPES.has(lower(units[end])))) end++;
    // "the band moon shelter released the single": the run took the verb after the name; the name ends before it.
    if (end - i > 3 && units[end - 1].pos === 'VERB' && !/^(AUX|VERB|PUNCT)$/.test(units[end]?.pos ?? 'PUNCT')) end--;
    // One lower-case word after "band" is too often an ordinary noun ("the band members"); a name has two
    // or more, is followed by a verb, and recurs in the article.
    // Nor is a name one that opens with a verb ("the band played well").
    if (end - i < 3 || !/^(AUX|VERB|PUNCT)$/.test(units[end]?.pos ?? 'PUNCT') || units[i + 1].pos === 'VERB') continue;
    const phrase = fullText.slice(units[i + 1].start, units[end - 1].end).toLowerCase();
    if (lowerText.indexOf(phrase) === lowerText.lastIndexOf(phrase)) continue;
    const span = { start: units[i + 1].start, end: units[end - 1].end };
    if (overlapsAny(span, existing)) continue;
    found.push({ ...makeName(units, i + 1, end, 'Band', 'cue.band-lowercase'), ...span });
  }
  return found;
}
