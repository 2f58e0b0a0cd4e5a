// Regression tests for the gaps of the leftovers7 round, each from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('soundtrack_of phrasings', () => {
  it('reads "will sing the main theme of X" with the song named in the next sentence', () => {
    const doc = run('Singer Mara Lind will sing the main theme of Salt Harbor, a new weekend drama. The ballad, titled "Paper Moon", will be released on May 9.');
    expect(factLines(doc)).toContain('Paper Moon —soundtrack_of→ Salt Harbor');
  });
  it('reads "X, sung for the drama Y"', () => {
    const doc = run('Her 2024 single "Paper Moon", sung for the medical drama Glass Harbor, topped the chart.');
    expect(factLines(doc)).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
  });
  it('reads "X, a ballad from the 2026 drama Y"', () => {
    const doc = run('Mara Lind is best known for "Paper Moon", a ballad from the 2026 drama Glass Harbor.');
    expect(factLines(doc)).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
  });
  it('reads "Its soundtrack album, X" of a film', () => {
    const doc = run('The film Night Train opens on May 5. Its soundtrack album, Low Tide Songs, will be released on April 28.');
    expect(factLines(doc)).toContain('Low Tide Songs —soundtrack_of→ Night Train');
  });
  it('reads "X is also the opening theme of Y"', () => {
    const doc = run('The band Northwind released their single "Blue Comet" on May 1. The song is also the opening theme of the anime Star Academy.');
    expect(factLines(doc)).toContain('Blue Comet —soundtrack_of→ Star Academy');
  });
  it('gives no soundtrack to a work followed by a possessive ("X, Y\'s new drama")', () => {
    const doc = run('Mara Lind will sing the theme of Salt Harbor, tvQ\'s new drama. The song, titled "Paper Moon", is out in May.');
    expect(factLines(doc).filter((l) => l.includes('soundtrack_of') && l.endsWith('tvQ'))).toEqual([]);
  });
});

describe('member_of and record_label phrasings', () => {
  it('reads "is led by A and also includes B, C and D"', () => {
    const doc = run('The group Northwind, formed in Oslo in 2020, is led by Tom Alder and also includes Mara Lind, Vince Hale and Kim Ha-neul.');
    const lines = factLines(doc);
    for (const person of ['Tom Alder', 'Mara Lind', 'Vince Hale', 'Kim Ha-neul']) expect(lines).toContain(`${person} —member_of→ Northwind`);
  });
  it('reads "formed ... around singer A and guitarist B" for both people', () => {
    const doc = run('The rock band Northwind formed in Bergen in 2019 around singer Tom Alder and guitarist Mara Lind.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Tom Alder —member_of→ Northwind', 'Mara Lind —member_of→ Northwind']));
  });
  it('reads "will sign with label X"', () => {
    const doc = run('The girl group Northwind will sign with label Harbor Music in March.');
    expect(factLines(doc)).toContain('Northwind —record_label→ Harbor Music');
  });
  it('reads ", agency X announced" for the act the sentence opens on', () => {
    const doc = run('The band Northwind will tour Europe in May, agency Harbor Music announced on Friday.');
    expect(factLines(doc)).toContain('Northwind —record_label→ Harbor Music');
  });
  it('reads "has released two albums through X"', () => {
    const doc = run('The band Northwind formed in 2019. The band has released two albums through Harbor Music.');
    expect(factLines(doc)).toContain('Northwind —record_label→ Harbor Music');
  });
});
