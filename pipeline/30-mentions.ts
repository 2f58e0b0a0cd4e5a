// Mentions: every span that may name or refer to an entity — dates, countries
// and genres (values), capitalised and quoted names, lower-case names that a
// cue noun introduces, descriptions ("the movie") and pronouns. Typing comes later.
// The English locale only: the package's root loads every language (about half a second at start-up).
import * as chrono from 'chrono-node/en';
import { writtenDates, type DateComponents, type DateResult } from './written-dates.ts';
import type { ArticleDoc, Mention, MentionKind, EntityType } from './types.ts';
import { documentUnits, isCapitalised, isJoinedModifier, isOddlyShapedName, isWord, lower, type Unit } from './units.ts';
import {
  COUNTRY_BY_SURFACE, COUNTRY_BY_PREFIX, GENRE_BY_SURFACE, GENRES_NEEDING_WORK_CUE, CUE_TYPES,
  MAX_CUE_WORDS, NAME_SUFFIXES, AWARD_CATEGORY_STARTS, AWARD_CATEGORY_ENDS, PRONOUNS, DETERMINERS,
  TITLE_CONNECTORS, NP_FILLER, PLURAL_CUES, HONORIFICS, ANY_WORK_CUES, CHART_NUMBER_WORDS, CHART_SIZES,
  CLAUSE_OPENERS, BAND_ROLES, GROUP_TITLES, OCCUPATIONS, ROLE_MODIFIERS, REMAKE_NOUNS, RANK_TITLES,
} from './lexicon/index.ts';
import { isAcronymCue, looksLikePersonName } from './names.ts';
import { FOREIGN_ARTICLES, FOREIGN_PARTICLES, ORGANIZATION_HEAD_WORDS, isEnglishWordForm, isCommonWord, isKnownPlace, isPastTenseForm, ORGANIZATION_OF_HEADS, CREDIT_PARTICIPLES, MONTHS, WEEKDAYS, SCREEN_GENRE_NOUNS, RELEASE_FORMATS } from './lexicon/index.ts';
import { pushTo } from './collections.ts';

type Draft = Omit<Mention, 'id' | 'attributes'> & { attributes?: Mention['attributes'] };

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
  const all = withRepeatedNames(doc, unitsBySentence, drafts);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // The drafts were made here and nothing else holds them: number them in place rather than copy each.
  const mentions = all as Mention[];
  mentions.forEach((m, id) => { m.id = id; m.attributes ??= {}; });
  return { ...doc, mentions };
}

function draft(units: Unit[], from: number, to: number, kind: MentionKind, type: EntityType | null, typeRule: string | null, text: string, extra: Partial<Draft> = {}): Draft {
  const start = units[from].start;
  const end = units[to - 1].end;
  return { start, end, text: text.slice(start, end), sentence: units[from].sentence, kind, type, typeRule, ...extra };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const overlapsAny = (a: { start: number; end: number }, list: { start: number; end: number }[]) => list.some((b) => overlaps(a, b));

// ---- values: dates, countries, genres ------------------------------------

// chrono also reads durations ("for three weeks") and bare numbers; a date names a year, month, weekday or day.
const CALENDAR_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/**
 * Words only chrono reads: months and their abbreviations, weekdays (capitalised, as
 * English writes them: "may" and "Mark" are no months), relative days and periods.
 */
const CHRONO_WORD = /\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[Tt]oday\b|[Yy]esterday\b|[Tt]omorrow\b|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:year|month)\b|years? ago\b|[Tt]his (?:morning|afternoon|evening)\b)/;
const CHRONO_WORDS = new RegExp(CHRONO_WORD.source, 'g');
const DATE_WORD = new RegExp(`\\d{4}|${CHRONO_WORD.source}`, 'i');

function dateMentions(doc: ArticleDoc, sentenceIndex: number, published: Date | undefined): Draft[] {
  const sentence = doc.sentences[sentenceIndex];
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Draft[] = [];
  // chrono is the slowest pass here and its cost grows with the text it reads: give it only
  // the stretches around month, weekday and relative-date words, and none holding just one date
  // written in full (written-dates.ts reads those as chrono does). Bare years are read below.
  for (const window of chronoWindows(text)) {
    const windowText = text.slice(window.start, window.end);
    // Without a published date only a written year makes a date: "last year" would be counted from 1970.
    if (!published && !/\d/.test(windowText)) continue;
    for (const whole of writtenDates(windowText) ?? chrono.parse(windowText, published ?? new Date(0), { forwardDate: false })) {
      if (!DATE_WORD.test(whole.text) || /^for\b/i.test(whole.text)) continue;
      // "airs every Friday and Saturday": a weekly schedule, not a day.
      if (RECURRING_BEFORE.test(text.slice(Math.max(0, window.start + whole.index - 40), window.start + whole.index))) continue;
      for (const result of rangeParts(whole)) {
        if (!published && !result.yearOfRange && !/\d/.test(result.text)) continue;
        // "announced this morning": the article's own day, which chrono leaves uncertain.
        let value = published && /^this (?:morning|afternoon|evening)$/i.test(result.text) ? published.toISOString().slice(0, 10) : isoValue(result.start, published !== undefined || result.yearOfRange);
        if (!value) continue;
        // "on 3 March 1999", ", on Thursday", "June 24 at 6 p.m. KST", "last October, features": chrono keeps
        // a comma and a preposition before the date, and a time of day or a comma after it, which are no part of its name.
        const lead = LEAD_BEFORE_DATE.exec(result.text)?.[0].length ?? 0;
        let start = sentence.start + window.start + result.index + lead;
        const end = start + result.text.slice(lead).replace(TIME_AFTER_DATE, '').replace(/[\s,]+$/, '').length;
        // A month without its year: chrono takes the nearest one; "last October" and a month in past tense are the one before.
        if (published && !result.yearOfRange && result.start.isCertain('month') && !result.start.isCertain('year')) {
          const last = /\blast\s+$/i.exec(doc.text.slice(start - 6, start));
          if (last) start -= last[0].length;
          const tense = last ? 'past' : tenseBefore(doc, sentenceIndex, start);
          if (tense === 'past') value = pastValue(value, published, last !== null);
          else if (tense === 'future') value = futureValue(value, published);
        }
        if (found.some((f) => f.start === start)) continue;
        // "the drama Sunday Kitchen", "the single May Queen": a calendar word opening a capitalised title is part of the name.
        if (!/\d/.test(result.text) && TITLE_WORD_AFTER.test(doc.text.slice(end, end + 3)) && !DATE_LEAD.test(doc.text.slice(Math.max(sentence.start, start - 12), start))) continue;
        found.push({ start, end, text: doc.text.slice(start, end), sentence: sentenceIndex, kind: 'value', type: 'Date', typeRule: 'date.chrono', value });
      }
    }
  }
  // Bare years ("a 2018 drama") that chrono leaves alone.
  const yearPattern = /(?<![\w-])(1[5-9]\d\d|20\d\d)(?![\w%-])/g;
  for (const m of text.matchAll(yearPattern)) {
    const start = sentence.start + m.index!;
    const span = { start, end: start + m[0].length };
    if (overlapsAny(span, found)) continue;
    found.push({ start: span.start, end: span.end, text: m[0], sentence: sentenceIndex, kind: 'value', type: 'Date', typeRule: 'date.year', value: m[1] });
  }
  return found;
}

const TITLE_WORD_AFTER = /^ \p{Lu}/u;

/** A dash between two dates of a range: "11 May 1911 – 5 June 1971", "October – November 1980", "1 May-3 June 2001". */
const RANGE_DASH = /\s+[–—-]\s+|\s*[–—]\s*|(?<=\p{L})-(?=\d)/u;

type DatePart = { text: string; index: number; start: DateComponents; yearOfRange: boolean };

/**
 * A range written with a dash names two dates (a life's "(11 May 1911 – 5 June 1971)", "recorded
 * during October – November 1980"): each end is a date of its own. A first end without its year
 * takes the year the range writes after it. Other results, and ranges in words ("from May to June"), stay whole.
 */
function rangeParts(result: DateResult): DatePart[] {
  const whole = [{ text: result.text, index: result.index, start: result.start, yearOfRange: false }];
  if (!result.end || !result.end.isCertain('year')) return whole;
  const dash = RANGE_DASH.exec(result.text);
  if (!dash) return whole;
  const left = result.text.slice(0, dash.index);
  const rightAt = dash.index + dash[0].length;
  return [
    { text: left, index: result.index, start: result.start, yearOfRange: !result.start.isCertain('year') },
    { text: result.text.slice(rightAt), index: result.index + rightAt, start: result.end, yearOfRange: false },
  ];
}
/** Words after which a calendar word is a date, whatever follows it ("on Sunday Mara Lind ..."). */
const DATE_LEAD = /(?:^|\b(?:on|in|last|next|this|every|each|since|until|by|from|of|and|or|late|early|mid)|[,;(])\s*$/i;
const RECURRING_BEFORE = /\b(?:every|each)\s+(?:[A-Za-z]+(?:\s*,\s*|\s+(?:and|or)\s+))*$/i;
const LEAD_BEFORE_DATE = /^[\s,]*(?:(?:on|in|from|at|by|since|until)\s+)?/i;
/** A time of day, and its zone, after a date: " at 6 p.m. KST", " 8:30 am". */
const TIME_AFTER_DATE = /,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[A-Z]{2,4})?$|,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?$/i;
/** Words that may stand between a verb and its month ("came out late in May"). */
const MONTH_LEAD = /^(?:in|on|early|late|mid|out|back|up|off|since|during|of|until)$/i;

/**
 * "swept the festival in January", "was discharged in April", "since May": the month is
 * the one before the article's date. "are booked for February", "starts in June" and
 * "is due in June" leave chrono's nearest month.
 */
function tenseBefore(doc: ArticleDoc, sentenceIndex: number, monthStart: number): 'past' | 'future' | null {
  const sentence = doc.sentences[sentenceIndex];
  const words: string[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && doc.tokens[i].end <= monthStart; i++) words.push(doc.tokens[i].text);
  let k = words.length - 1;
  if (/^since$/i.test(words[k] ?? '')) return 'past';
  // The verb nearest before the month, over a few words ("swept the festival in January").
  for (let seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const w = words[k];
    if (/^[,;:(]$/.test(w) && seen > 0) break;
    if (MONTH_LEAD.test(w)) continue;
    if (/^(?:will|due|upcoming|scheduled)$/i.test(w)) return 'future';
    if (/^(?:is|are|be|'s|am|next|this|starts?|begins?|opens?|arrives?|comes?)$/i.test(w)) return null;
    if (isPastTenseForm(w)) return /^(?:is|are|be|will|'s)$/i.test(words[k - 1] ?? '') ? null : 'past';
  }
  // "In June they returned with X": a month opening its clause, then the verb after it.
  if (k < 0 || /^[,;:(]$/.test(words[k])) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.start < monthStart || t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      return isPastTenseForm(t.text) || /^(?:was|were|had)$/i.test(t.text) ? 'past' : null;
    }
  }
  return null;
}

/** The same month (and day) after the article's date: "due in June", "will tour in May". */
function futureValue(value: string, published: Date): string {
  const [, monthDay] = /^\d{4}(-.*)$/.exec(value) ?? [];
  if (!monthDay) return value;
  const pub = published.toISOString().slice(0, 10);
  const year = Number(pub.slice(0, 4));
  return `${year}${monthDay}` < pub.slice(0, monthDay.length + 4) ? `${year + 1}${monthDay}` : `${year}${monthDay}`;
}

/** The same month (and day) on or before the article's date; strictly before it after "last". */
function pastValue(value: string, published: Date, strictly: boolean): string {
  const [, monthDay] = /^\d{4}(-.*)$/.exec(value) ?? [];
  if (!monthDay) return value;
  const pub = published.toISOString().slice(0, 10);
  let year = Number(pub.slice(0, 4));
  const candidate = (y: number) => `${y}${monthDay}`;
  const tooLate = (v: string) => (strictly ? v.slice(0, 7) >= pub.slice(0, 7) : v > pub.slice(0, v.length));
  if (tooLate(candidate(year))) year--;
  return candidate(year);
}

/** Characters of context chrono gets on either side of a date word: enough for "on the 16th of September 2017" (its cost grows with the window). */
const CHRONO_CONTEXT = 24;

/** Stretches of the sentence around each date word, widened to word boundaries and merged where they touch. */
function chronoWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CHRONO_WORDS)) {
    let start = Math.max(0, m.index! - CHRONO_CONTEXT);
    let end = Math.min(text.length, m.index! + m[0].length + CHRONO_CONTEXT);
    while (start > 0 && /\S/.test(text[start - 1])) start--;
    while (end < text.length && /\S/.test(text[end])) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function isoValue(components: DateComponents, anchored: boolean): string | null {
  const year = components.get('year');
  if (year === null || year === undefined) return null;
  // Without a published date, a year chrono merely guessed is no fact.
  if (!components.isCertain('year') && !anchored) return null;
  const month = components.get('month');
  const day = components.get('day');
  const pad = (n: number) => String(n).padStart(2, '0');
  if (components.isCertain('day') || components.isCertain('weekday')) return `${year}-${pad(month!)}-${pad(day!)}`;
  if (components.isCertain('month')) return `${year}-${pad(month!)}`;
  return String(year);
}

/** First words of every country surface form, to skip the words no country starts with. */
const COUNTRY_FIRST_WORDS = new Set([...COUNTRY_BY_SURFACE.keys()].map((surface) => surface.split(' ')[0]));
/** Widths in words to try where a country or genre may start, longest first; none elsewhere. */
const LEXICON_WIDTHS = [3, 2, 1];
const NO_WIDTHS: number[] = [];

/** Country names that take "the": "the United States", "the Philippines" ("the UK" is named "UK"). */
const TAKES_THE = /^(?:United .+|\p{Lu}\p{Ll}+s)$/u;

const JOINED_DEMONYMS = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

function countryMentions(units: Unit[]): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i < units.length; i++) {
    for (const width of COUNTRY_FIRST_WORDS.has(units[i].text) ? LEXICON_WIDTHS : NO_WIDTHS) {
      if (i + width > units.length) continue;
      const surface = units.slice(i, i + width).map((u) => u.text).join(' ');
      const country = COUNTRY_BY_SURFACE.get(surface);
      if (!country) continue;
      // "(German: Hafen im Regen)": a language labelling a native title names no country.
      if (units[i + width]?.text === ':' && units[i - 1]?.text === '(') break;
      // "the United States", "the Netherlands", "the UK": a country named with its article is named so whole.
      const article = i > 0 && /^the$/i.test(units[i - 1].text) && TAKES_THE.test(surface) ? units[i - 1] : null;
      const start = article ? article.start : units[i].start;
      found.push({ start, end: units[i + width - 1].end, text: article ? `${article.text} ${surface}` : surface, sentence: units[i].sentence, kind: 'value', type: 'Country', typeRule: 'lexicon.country', value: country });
      i += width - 1;
      break;
    }
    // "a German-Norwegian drama film": a joined pair of demonyms names two countries.
    const pair = units[i]?.text.includes('-') ? JOINED_DEMONYMS.exec(units[i].text) : null;
    if (pair && COUNTRY_BY_SURFACE.has(pair[1]) && COUNTRY_BY_SURFACE.has(pair[2])) {
      const u = units[i];
      for (const [surface, start] of [[pair[1], u.start], [pair[2], u.end - pair[2].length]] as const) {
        found.push({ start, end: start + surface.length, text: surface, sentence: u.sentence, kind: 'value', type: 'Country', typeRule: 'lexicon.country-pair', value: COUNTRY_BY_SURFACE.get(surface) });
      }
      continue;
    }
    // "K-Drama", "J-pop": the letter prefix names the country.
    const prefix = units[i]?.text[1] === '-' ? /^(\p{Lu})-\p{L}+$/u.exec(units[i].text) : null;
    if (prefix && COUNTRY_BY_PREFIX.has(prefix[1]) && (CUE_TYPES.has(lower(units[i]).slice(2)) || GENRE_BY_SURFACE.has(lower(units[i])))) {
      const u = units[i];
      found.push({ start: u.start, end: u.start + 1, text: prefix[1], sentence: u.sentence, kind: 'value', type: 'Country', typeRule: 'lexicon.country-prefix', value: COUNTRY_BY_PREFIX.get(prefix[1]) });
    }
  }
  return found;
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

function isWorkCueAt(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  const types = CUE_TYPES.get(lower(u)) ?? [];
  return types.some((t) => t !== 'Person' && t !== 'Organization' && t !== 'Chart' && t !== 'Award');
}

/** Words a genre's surface form can start with ("pop" for "pop-punk" too). */
const GENRE_FIRST_WORDS = new Set([...GENRE_BY_SURFACE.keys()].flatMap((surface) => [surface.split(' ')[0], surface.split(/[\s-]/)[0]]));

function genreMentions(units: Unit[]): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i < units.length; i++) {
    for (const width of GENRE_FIRST_WORDS.has(lower(units[i])) ? LEXICON_WIDTHS : NO_WIDTHS) {
      if (i + width > units.length) continue;
      const slice = units.slice(i, i + width);
      // "pop-punk" is three units; spaces only where the text has them.
      const surface = slice.map((u, j) => (j > 0 && slice[j - 1].end < u.start ? ' ' : '') + lower(u)).join('');
      const genre = GENRE_BY_SURFACE.get(surface);
      if (!genre) continue;
      // A capitalised genre word is a title word ("Pop Star") unless the lexicon spells it so (K-pop)
      // or it only opens the sentence.
      if (slice.some((u) => isCapitalised(u) && u !== units[0] && !/^\p{Lu}-|^[\p{Lu}&]+$/u.test(u.text))) continue;
      // "QUORV OK ROCK": a genre word in capitals among other words in capitals is part of a name.
      const inCapitals = (u: Unit | undefined) => u !== undefined && /^\p{Lu}[\p{Lu}\d&.!-]+$/u.test(u.text) && !GENRE_BY_SURFACE.has(lower(u));
      if (/^[\p{Lu}&]+$/u.test(slice[0].text) && (inCapitals(units[i - 1]) || inCapitals(units[i + width]))) continue;
      let next = i + width;
      while (next < units.length && GENRE_BY_SURFACE.has(lower(units[next]))) next++;
      if (GENRES_NEEDING_WORK_CUE.has(surface) && !isWorkCueAt(units, next)) continue;
      found.push({ start: slice[0].start, end: slice[width - 1].end, text: slice.map((u) => u.text).join(' '), sentence: slice[0].sentence, kind: 'value', type: 'Genre', typeRule: 'lexicon.genre', value: genre });
      i += width - 1;
      break;
    }
  }
  return found;
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
    const trimmed = inner.replace(GUEST_CREDIT_INSIDE, '').replace(stopInside ? /[\s,.]+$/ : /[\s,]+$/, '');
    if (!trimmed) continue;
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
  // "Northwind 200": a name and the size of a chart.
  if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && CHART_SIZES.includes(words[1])) return 'Chart';
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

function capitalisedNames(units: Unit[], heading: boolean, categoryTails: Set<string> = new Set(), text = '', sentenceStart = 0): Draft[] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < units.length) {
    if (!(isCapitalised(units[i]) || isOddlyShapedName(units[i]) || numberOpensTitle(units, i)) || !isWord(units[i])) { i++; continue; }
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
      // "Tom Alder of The Harbor Band": a person's name before "of The" is followed by what the person belongs to.
      if (joiner?.text === 'of' && after?.text === 'The' && looksLikePersonName(lastCapitalisedWords(units, i, end))) break;
      // "It earned Lind the X Award", "gave Mara Lind the Y Prize": a person's name before a lower-case "the" is an indirect object.
      if (joiner?.text === 'the' && (end - i === 1 ? namedAsFamilyName(units[i].text, text.slice(0, sentenceStart)) : looksLikePersonName(units.slice(i, end).map((u) => u.text)))) break;
      // "the Quorv Collective: Mara Lind, Tom Alder, ...": a person's name after a colon opens a list, not a subtitle.
      if (joiner?.text === ':' && after && looksLikePersonName(units.slice(end + 1, end + 3).map((u) => u.text))) break;
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
  // "By Hana Lind" on a line of its own: a byline's "By" is no part of the writer's name.
  if (heading && from === 0 && to - from > 2 && units[from].text === 'By' && looksLikePersonName(units.slice(from + 1, to).map((u) => u.text))) from++;
  if (from >= to) return [];
  // A month or weekday alone is a date chrono could not place (no year known), never a name.
  if (to - from === 1 && CALENDAR_WORD.test(units[from].text)) return [];
  // "The EP won B", "her debut EP X": a release format alone is the work's cue noun, never a name.
  if (to - from === 1 && RELEASE_FORMATS.has(lower(units[from]))) return [];
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
    if (CUE_TYPES.get(l)?.includes('Person') && !/^\p{Lu}+$/u.test(u.text) && looksLikePersonName(units.slice(start + 1, to).map((w) => w.text))) { start++; continue; }
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
  // "Japanese" inside a run splits it: "Korean Air" stays, but "Northwind Japanese" does not occur as a name.
  const pieces: [number, number][] = [];
  let pieceStart = start;
  for (let k = start; k < end; k++) {
    // "Harbor Music Sweden": a country after a company's suffix ends the company's name.
    const regionalBranch = k === end - 1 && k - 1 > start && suffixType(units.slice(pieceStart, k).map((u) => u.text)) === 'Organization';
    // "This Is Norway", "Made in Quorvia": a title that reads as a clause keeps its country word.
    const clause = units.slice(pieceStart, k).some((u) => CLAUSE_POS.test(u.pos));
    if (COUNTRY_BY_SURFACE.has(units[k].text) && k > start && !regionalBranch && !clause && !COUNTRY_BY_SURFACE.has(units.slice(start, end).map((u) => u.text).join(' '))) {
      if (k > pieceStart) pieces.push([pieceStart, k]);
      pieceStart = k + 1;
    }
  }
  if (end > pieceStart) pieces.push([pieceStart, end]);
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

/** "the rock band paper lanterns": a lower-case name right after a band cue noun. */
function cueIntroducedNames(units: Unit[], existing: Draft[], fullText: string, lowerText: string): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const cueTypes = CUE_TYPES.get(lower(units[i]));
    if (!cueTypes?.includes('Band')) continue;
    let end = i + 1;
    while (end < units.length && end - i <= 3 && /^[\p{Ll}\p{N}]/u.test(units[end].text) && /^(NOUN|ADJ|ADV|PROPN|NUM|X|VERB)$/.test(units[end].pos) && !(end === i + 1 && CUE_TYPES.has(lower(units[end])))) end++;
    // One lower-case word after "band" is too often an ordinary noun ("the band members"); a name has two
    // or more, is followed by a verb, and recurs in the article.
    if (end - i < 3 || !/^(AUX|VERB|PUNCT)$/.test(units[end]?.pos ?? 'PUNCT')) continue;
    const phrase = fullText.slice(units[i + 1].start, units[end - 1].end).toLowerCase();
    if (lowerText.indexOf(phrase) === lowerText.lastIndexOf(phrase)) continue;
    const span = { start: units[i + 1].start, end: units[end - 1].end };
    if (overlapsAny(span, existing)) continue;
    found.push({ ...makeName(units, i + 1, end, 'Band', 'cue.band-lowercase'), ...span });
  }
  return found;
}

// ---- descriptions and pronouns -------------------------------------------

const STARS_VERB = /^(stars|co-stars)$/;
const SCREEN_WORKS = new Set<EntityType>(['Film', 'TVSeries']);

const POSSESSIVE_UNIT = /^['’]s$/;
/** "Mara Lind's remake": the work a remake noun names is another than the one the owner's name might own. */
const REMAKE_NOUN_SET = new Set(REMAKE_NOUNS);

/** "the movie", "the Korean boy band", "this track": a determiner, modifiers, a cue noun, and no name after it. */
function descriptions(units: Unit[], names: Draft[]): Draft[] {
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

function pronouns(units: Unit[]): Draft[] {
  const found: Draft[] = [];
  for (const u of units) {
    const entry = PRONOUNS.get(lower(u));
    if (!entry) continue;
    found.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'pronoun', type: entry.types.length === 1 ? entry.types[0] : null, typeRule: 'pronoun', plural: entry.plural, candidateTypes: entry.types } as Draft);
  }
  return found;
}

// ---- names seen once are names everywhere ----------------------------------

/** A name found in one place (a quoted title, a lower-case band name) is the same name wherever the same words recur. */
/**
 * "The Quiet Harbor will open ...": a sentence's opening "The" is read as an ordinary word, but it
 * belongs to the name when the article also writes the name with it inside a sentence.
 */
function joinOpeningArticles(doc: ArticleDoc, unitsBySentence: Unit[][], drafts: Draft[]): void {
  const withArticle = new Set(drafts.filter((d) => d.kind === 'name' && /^(?:The|A|An) /.test(d.text)).map((d) => d.text));
  if (!withArticle.size) return;
  for (const d of drafts) {
    if (d.kind !== 'name') continue;
    const [first, second] = unitsBySentence[d.sentence] ?? [];
    if (!second || second.start !== d.start || !/^(?:The|A|An)$/.test(first.text)) continue;
    const joined = doc.text.slice(first.start, d.end);
    if (!withArticle.has(joined)) continue;
    d.start = first.start;
    d.text = joined;
  }
}

function withRepeatedNames(doc: ArticleDoc, unitsBySentence: Unit[][], drafts: Draft[]): Draft[] {
  for (const d of drafts) d.text = doc.text.slice(d.start, d.end);
  joinOpeningArticles(doc, unitsBySentence, drafts);
  const names = new Map<string, Draft>();
  const lowerCaseNames = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== 'name' || d.text.length <= 1) continue;
    names.set(d.text.toLowerCase(), d);
    if (d.text === d.text.toLowerCase()) lowerCaseNames.add(d.text);
  }
  const result = splitConjoinedNames(drafts, names);
  // Candidates by their first word, longest first, so each unit is compared only with names that could start there.
  const byFirstWord = new Map<string, string[]>();
  const widthOf = new Map<string, number>();
  for (const key of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const words = key.split(' ');
    pushTo(byFirstWord, words[0], key);
    widthOf.set(key, words.length);
  }
  // Spans already taken, by sentence: a repeat is looked for only among its own sentence's spans.
  // Characters already taken by a name or value: a repeat may not overlap them.
  const taken = new Uint8Array(doc.text.length);
  const take = (d: { start: number; end: number }) => taken.fill(1, d.start, d.end);
  const isFree = (start: number, end: number) => { for (let c = start; c < end; c++) if (taken[c]) return false; return true; };
  for (const d of result) if (d.kind === 'name' || d.kind === 'value') take(d);
  for (const units of unitsBySentence) {
    for (let i = 0; i < units.length; i++) {
      const candidates = candidatesAt(byFirstWord, units, i);
      for (const key of candidates) {
        const width = widthOf.get(key)!;
        if (i + width > units.length) continue;
        const start = units[i].start;
        const end = units[i + width - 1].end;
        const surface = doc.text.slice(start, end);
        if (surface.toLowerCase() !== key) continue;
        const source = names.get(key)!;
        // Case-blind only where the name is also written lower-case ("paper lanterns"); "Signal" is not "signal".
        if (surface !== source.text && !lowerCaseNames.has(key)) continue;
        if (!isFree(start, end)) break;
        const mention: Draft = { start, end, text: surface, sentence: units[i].sentence, kind: 'name', type: null, typeRule: null };
        result.push(mention);
        take(mention);
        i += width - 1;
        break;
      }
    }
  }
  // "Actors Park Jiwon and ... Park, who won ...": a person's family name opening a later sentence is dropped as an
  // ordinary word ("park"); before a comma or a verb, a word of a two-word person's name named earlier is that person.
  const personWords = new Map<string, number>();
  for (const d of result) {
    if (d.kind !== 'name') continue;
    const words = d.text.split(' ');
    if (words.length === 2 && looksLikePersonName(words)) for (const w of words) if (!personWords.has(w)) personWords.set(w, d.end);
  }
  for (const units of unitsBySentence) {
    const u = units[0];
    const namedBefore = u && personWords.get(u.text);
    if (namedBefore === undefined || namedBefore > u.start || !isFree(u.start, u.end)) continue;
    if (!(units[1]?.text === ',' || /^(VERB|AUX)$/.test(units[1]?.pos ?? ''))) continue;
    result.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', type: null, typeRule: null });
  }
  return dedupe(result);
}

const NO_CANDIDATES: string[] = [];

/** Names whose first space-separated word begins with this unit's text ("pop-punk" begins with the unit "pop"). */
function candidatesAt(byFirstWord: Map<string, string[]>, units: Unit[], i: number): string[] {
  const unit = lower(units[i]);
  // A word wink splits ("Pop-punk" is "Pop", "-", "punk") is rebuilt from units that touch.
  let word = unit;
  for (let j = i + 1; j < units.length && units[j].start === units[j - 1].end; j++) word += lower(units[j]);
  const exact = byFirstWord.get(unit) ?? NO_CANDIDATES;
  if (word === unit) return exact;
  const joined = [];
  for (let w = word; w.length > unit.length; w = w.slice(0, -1)) joined.push(...(byFirstWord.get(w) ?? []));
  return [...joined, ...exact];
}

/** "Northwind and Paper Lanterns" found as one capitalised run is two names when each part is a name seen elsewhere. */
function splitConjoinedNames(drafts: Draft[], names: Map<string, Draft>): Draft[] {
  const result: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type !== null || d.quoted) { result.push(d); continue; }
    const parts = [...d.text.matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|$))/g)].map((m) => ({ text: m[0].replace(/^\s*(?:and\s+)?/, ''), at: m.index! + m[0].length - m[0].replace(/^\s*(?:and\s+)?/, '').length }));
    if (parts.length < 2 || !parts.every((p) => names.has(p.text.toLowerCase()) && p.text.toLowerCase() !== d.text.toLowerCase())) { result.push(d); continue; }
    for (const p of parts) result.push({ ...d, start: d.start + p.at, end: d.start + p.at + p.text.length, text: p.text });
  }
  return result;
}

function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.start}:${d.end}:${d.kind}`;
    const prior = seen.get(key);
    if (!prior || (prior.type === null && d.type !== null)) seen.set(key, d);
  }
  return [...seen.values()];
}
