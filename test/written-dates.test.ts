// Dates written in full are read without chrono (pipeline/written-dates.ts): wherever that
// reader answers, its answer must be chrono's, over many made-up phrases of our own.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as chrono from 'chrono-node/en';
import { writtenDates, type DateResult } from '../pipeline/written-dates.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the mentions stage reads of a result. */
function reading(results: DateResult[]) {
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    certain: (['year', 'month', 'day', 'weekday'] as const).map((c) => r.start.isCertain(c)),
    range: Boolean(r.end),
  }));
}

/** A small deterministic generator, so that the phrases are the same on every run. */
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) { x = (x * 1103515245 + 12345) % 2147483648; yield x; }
}

const BEFORE = ['', 'on ', 'On ', 'in ', 'In ', 'released on ', 'was released in ', '(born ', 'since ', "the band's ", 'Bon ', 'upon ',
  'the second single on ', 'today, ', 'every ', 'last ', 'a year after ', 'at noon on ', 'from ', 'until ', 'to ', '3 weeks before ', '"', "it's out on ",
  'the sun rose on ', 'they wed on ', 'she sat down on ', 'within ', 'first aired ', 'end of ', 'It was taped in ', 'Harbor’s ', 'I’d say ', 'Quorv ’s '];
const AFTER = ['', '.', ',', ', and peaked at No. 3', ' by Avex Trax', ' at 6 pm', ' KST', ' (UTC)', ' BC', ' ad campaign', ' AD', ' to 28 September', ' – 5 June 1971',
  ' in Tokyo', "'s", ') is an American', ' and again in 2001', ' through Universal Music', ' this year', ' at night', ' on Friday', ' 27', 's',
  ' the next day', ' two weeks later', ' at midnight', ', a Sunday', ' in the morning', ' ET', ' Et al', ' in Oslo, Norway', ' for the series’ finale'];

function cores(seed: number, count: number): string[] {
  const random = numbers(seed);
  const pick = (n: number) => random.next().value % n;
  const found: string[] = ['31 April 2000', '29 February 1900', '29 February 2000', '27th September 2000', 'September 2000s', '0 May 1999', 'May 2021', 'June 4, 1998', 'Sept 2001', 'march 2004'];
  for (let i = 0; i < count; i++) {
    const month = MONTHS[pick(12)];
    const day = 1 + pick(31);
    const year = 1500 + pick(560);
    found.push([`${day} ${month} ${year}`, `${month} ${day}, ${year}`, `${month} ${year}`][i % 3]);
  }
  return found;
}

describe('dates written in full', () => {
  it('reads each phrase as chrono does wherever it reads it', () => {
    let read = 0;
    let phrases = 0;
    // Every context before and every context after meets every core, each paired with a rotating partner
    // (the whole product, 34,000 phrases, agreed too, but takes chrono half a minute on a loaded machine).
    let turn = 0;
    for (const core of cores(7, 60)) {
      const contexts = [...BEFORE.map((before) => [before, AFTER[turn++ % AFTER.length]]), ...AFTER.map((after) => [BEFORE[turn++ % BEFORE.length], after])];
      for (const [before, after] of contexts) {
        const phrase = `${before}${core}${after}`;
        const fast = writtenDates(phrase);
        phrases++;
        if (!fast) continue;
        read++;
        for (const ref of [new Date(0), new Date('2021-03-15T12:00:00Z')]) {
          expect(reading(fast), phrase).toEqual(reading(chrono.parse(phrase, ref, { forwardDate: false })));
        }
      }
    }
    // Most phrases are read here, and the rest fall to chrono.
    expect(read).toBeGreaterThan(phrases / 5);
    expect(read).toBeLessThan(phrases);
  });

  it('leaves to chrono a phrase holding any other word chrono knows', () => {
    const require = createRequire(import.meta.url);
    const constants = require(path.resolve('node_modules/chrono-node/dist/cjs/locales/en/constants.js'));
    const dictionaries = ['WEEKDAY_DICTIONARY', 'MONTH_DICTIONARY', 'INTEGER_WORD_DICTIONARY', 'ORDINAL_WORD_DICTIONARY', 'TIME_UNIT_DICTIONARY'];
    const words = dictionaries.flatMap((name) => Object.keys(constants[name]));
    expect(words.length).toBeGreaterThan(100);
    for (const word of [...words, 'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'noon', 'midnight', 'morning', 'evening', 'weekend']) {
      expect(writtenDates(`released on 27 September 2000 ${word}`), word).toBeNull();
      expect(writtenDates(`${word} September 2000`), word).toBeNull();
    }
  });

  it('reads the three shapes', () => {
    expect(reading(writtenDates('It was released on 30 April 2019 by Starlit.')!)).toEqual([{ index: 16, text: 'on 30 April 2019', year: 2019, month: 4, day: 30, certain: [true, true, true, false], range: false }]);
    expect(reading(writtenDates('(born October 10, 1967) is')!)[0]).toMatchObject({ text: 'October 10, 1967', day: 10 });
    expect(reading(writtenDates('a single in March 1978, singer')!)[0]).toMatchObject({ index: 12, text: 'March 1978', day: null, certain: [true, true, false, false] });
    expect(writtenDates('this Friday, October 20.')).toBeNull();
  });
});
