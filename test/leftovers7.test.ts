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
