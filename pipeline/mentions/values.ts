// Values: dates (chrono-node, and our own reader of dates written in full), countries and their
// demonyms, and genres; each a mention with its normalised value.
// The English locale only: the package's root loads every language (about half a second at start-up).
import * as chrono from 'chrono-node/en';
import { writtenDates, type DateComponents, type DateResult } from '../written-dates.ts';
import type { ArticleDoc } from '../types.ts';
import { isCapitalised, lower, type Unit } from '../units.ts';
import { COUNTRY_BY_SURFACE, COUNTRY_BY_PREFIX, GENRE_BY_SURFACE, GENRES_NEEDING_WORK_CUE, MUSICIAN_NOUNS, SCREEN_GENRES, CUE_TYPES, NUMBER_WORDS, isPastTenseForm, numberWordsValue } from '../lexicon/index.ts';
import { overlapsAny, type Draft } from './draft.ts';

// chrono also reads durations ("for three weeks") and bare numbers; a date names a year, month, weekday or day.
export const CALENDAR_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/**
 * Words only chrono reads: months and their abbreviations, weekdays (capitalised, as
 * English writes them: "may" and "Mark" are no months), relative days and periods.
 */
const CHRONO_WORD = /\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[Tt]oday\b|[Yy]esterday\b|[Tt]omorrow\b|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:year|month)\b|years? ago\b|[Tt]his (?:morning|afternoon|evening)\b)/;
const CHRONO_WORDS = new RegExp(CHRONO_WORD.source, 'g');
const DATE_WORD = new RegExp(`\\d{4}|${CHRONO_WORD.source}`, 'i');

export function dateMentions(doc: ArticleDoc, sentenceIndex: number, published: Date | undefined): Draft[] {
  const sentence = doc.sentences[sentenceIndex];
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Draft[] = published ? yearsAgoMentions(text, sentence.start, sentenceIndex, published) : [];
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
        if (found.some((f) => f.start === start) || overlapsAny({ start, end }, found)) continue;
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

const { units: UNIT_WORDS, teens: TEEN_WORDS, tens: TENS_WORDS } = NUMBER_WORDS;
const UNDER_HUNDRED = `(?:(?:${TENS_WORDS.join('|')})(?:[- ](?:${UNIT_WORDS.join('|')}))?|${TEEN_WORDS.join('|')}|${UNIT_WORDS.join('|')})`;
/**
 * "thirty-five years ago", "twenty-one years ago", "a hundred and five years ago": chrono knows the
 * number words up to twelve only, and reads the last word of a compound alone ("five years ago").
 */
const YEARS_AGO = new RegExp(`\\b((?:(?:a|one) hundred(?:(?: and)? ${UNDER_HUNDRED})?)|${UNDER_HUNDRED}) years ago\\b`, 'gi');

/** "N years ago" with N in words, read against the article's own date; chrono's cut readings overlapping these are dropped. */
function yearsAgoMentions(text: string, offset: number, sentenceIndex: number, published: Date): Draft[] {
  const found: Draft[] = [];
  for (const m of text.matchAll(YEARS_AGO)) {
    const years = numberWordsValue(m[1].replace(/^a /i, 'one '));
    if (years <= 12 && !/[- ]/.test(m[1])) continue;
    const start = offset + m.index!;
    const value = String(published.getUTCFullYear() - years);
    found.push({ start, end: start + m[0].length, text: m[0], sentence: sentenceIndex, kind: 'value', type: 'Date', typeRule: 'date.years-ago', value });
  }
  return found;
}

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

export function countryMentions(units: Unit[]): Draft[] {
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

function isWorkCueAt(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  const types = CUE_TYPES.get(lower(u)) ?? [];
  return types.some((t) => t !== 'Person' && t !== 'Organization' && t !== 'Chart' && t !== 'Award');
}

/** Words a genre's surface form can start with ("pop" for "pop-punk" too). */
const GENRE_FIRST_WORDS = new Set([...GENRE_BY_SURFACE.keys()].flatMap((surface) => [surface.split(' ')[0], surface.split(/[\s-]/)[0]]));

export function genreMentions(units: Unit[]): Draft[] {
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
      // ("Soul singer A": a music genre before a musician noun is the genre too, and no band named Soul.)
      if (GENRES_NEEDING_WORK_CUE.has(surface) && !isWorkCueAt(units, next) && !(MUSICIAN_NOUNS.has(lower(units[next] ?? units[i])) && !SCREEN_GENRES.has(genre))) continue;
      found.push({ start: slice[0].start, end: slice[width - 1].end, text: slice.map((u) => u.text).join(' '), sentence: slice[0].sentence, kind: 'value', type: 'Genre', typeRule: 'lexicon.genre', value: genre });
      i += width - 1;
      break;
    }
  }
  return found;
}
