// Dates written out in full ("27 September 2000", "September 27, 2000", "March 2021"), read
// without chrono. chrono runs about thirty parsers and refiners over every stretch it is given;
// a stretch holding one such date and no other word chrono knows gets the result chrono would
// give (test/written-dates.test.ts compares the two), and every other stretch goes to chrono.

/** The parts of a date a mention needs, as chrono's ParsedComponents give them. */
export interface DateComponents {
  get(component: 'year' | 'month' | 'day'): number | null;
  isCertain(component: 'year' | 'month' | 'day' | 'weekday'): boolean;
}

/** One date found in a text, as chrono's ParsedResult gives it: where it starts and what it reads. */
export interface DateResult {
  index: number;
  text: string;
  start: DateComponents;
  end?: DateComponents | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');
const DAY = '[1-9]|[12]\\d|3[01]';
const YEAR = '[1-9]\\d{3}';
/**
 * The three shapes, as chrono's parsers read them: its little-endian parser keeps an "on" before the
 * day ("on 27 September 2000"); its month-name parser leaves out an "in" before the month.
 */
const WRITTEN_DATE = new RegExp(
  `(?<!\\w)(?:[Oo][Nn]\\s{0,3})?(${DAY}) (${MONTH}) (${YEAR})(?!\\w)` +
  `|(?<!\\w)(${MONTH}) (${DAY}), (${YEAR})(?!\\w)` +
  `|(?<!\\w)(${MONTH}) (${YEAR})(?!\\w)`,
);

/**
 * Words any of chrono's English parsers reads: month and weekday names and their abbreviations,
 * number and ordinal words, time units, and the casual words ("today", "noon", "weekend").
 * The test checks that chrono's own dictionaries are all here.
 */
const CHRONO_VOCABULARY = new Set([
  ...MONTHS.map((m) => m.toLowerCase()), 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'weekend', 'weekday',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty', 'thirtieth', 'thirty',
  's', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w', 'week', 'weeks',
  'mo', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years',
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'night', 'morning', 'afternoon', 'evening', 'midnight', 'midday', 'noon',
  // "end of May 2021": chrono reads the end of the month.
  'end',
]);
/** "Harbor's", "she'd", "I'm": a letter after an apostrophe is no time unit, since no number can stand before it. */
const CONTRACTION_LETTERS = /^[sdm]$/;
const LETTER_RUN = /[A-Za-z]+/g;
/** What chrono would read on after the year: a time zone's abbreviation ("KST") or an era ("2000 BC"). */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;
const ERA_AFTER = /^\s{0,2}(?:be|ad|bc|bce|ce)(?!\w)/i;

/** What chrono finds in the text, when that is one date written in full; null when chrono must read it. */
export function writtenDates(text: string): DateResult[] | null {
  const m = WRITTEN_DATE.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  const after = text.slice(end);
  if (ERA_AFTER.test(after) || ZONE_AFTER.test(after)) return null;
  // Anything else chrono could read makes a second result or joins this one ("27 September 2000 at noon").
  if (!readsNothingElse(text.slice(0, m.index)) || !readsNothingElse(after)) return null;
  let [year, month, day] = [0, 0, 0];
  if (m[1]) [day, month, year] = [Number(m[1]), monthNumber(m[2]), Number(m[3])];
  else if (m[4]) [month, day, year] = [monthNumber(m[4]), Number(m[5]), Number(m[6])];
  else [month, year] = [monthNumber(m[7]), Number(m[8])];
  // chrono's own check of the day against the month is left to chrono ("31 April 2000").
  if (day > daysIn(year, month)) return null;
  return [{ index: m.index, text: m[0], start: writtenComponents(year, month, day) }];
}

function readsNothingElse(rest: string): boolean {
  if (/\d/.test(rest)) return false;
  for (const word of rest.matchAll(LETTER_RUN)) {
    const lower = word[0].toLowerCase();
    if (!CHRONO_VOCABULARY.has(lower)) continue;
    const before = rest[word.index! - 1];
    if (CONTRACTION_LETTERS.test(lower) && (before === "'" || before === '’')) continue;
    return false;
  }
  return true;
}

const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year and month as written, and the day when written (0: none, so chrono's implied 1). */
function writtenComponents(year: number, month: number, day: number): DateComponents {
  return {
    get: (component) => (component === 'year' ? year : component === 'month' ? month : day || 1),
    isCertain: (component) => component === 'year' || component === 'month' || (component === 'day' && day > 0),
  };
}
