// Classes of extraction error found by an eleventh round of made-up Japanese music and screen news
// (anime and drama tie-ups, Japanese and Korean remakes, idol groups, chart runs), each pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('lyrics and music credits', () => {
  it('reads "its lyrics were written by A" as the lyricist only, not the composer', () => {
    const lines = factLines(run('The single "Paper Moon" came out in May. Its English lyrics were written by Mara Lind.'));
    expect(lines).toContain('Paper Moon —lyricist→ Mara Lind');
    expect(lines).not.toContain('Paper Moon —composer→ Mara Lind');
  });
  it('reads "A wrote and composed X" as both credits', () => {
    const lines = factLines(run('Tom Alder wrote and composed the ballad "Glass Harbor" for the group Northwind.'));
    expect(lines).toContain('Glass Harbor —lyricist→ Tom Alder');
    expect(lines).toContain('Glass Harbor —composer→ Tom Alder');
  });
  it('reads a sentence-opening "Lyrics were penned by A" for the song in context', () => {
    expect(factLines(run('The single "Harbor" is out now. Lyrics were penned by producer Kip Renner.'))).toContain('Harbor —lyricist→ Kip Renner');
  });
  it('credits the person after "the group\'s producer," and not the group', () => {
    const lines = factLines(run('Idol group Starflake released the single "Harbor" on Monday. Lyrics were penned by the group\'s producer, Kip Renner. The song "Glass" was composed by the band\'s guitarist, Tom Alder.'));
    expect(lines).toContain('Harbor —lyricist→ Kip Renner');
    expect(lines).not.toContain('Harbor —lyricist→ Starflake');
    expect(lines).toContain('Glass —composer→ Tom Alder');
    expect(lines).not.toContain('Glass —composer→ Starflake');
  });
});

describe('the TV anime X', () => {
  it('does not read "TV" before "anime" as a series of its own', () => {
    const doc = run('The title track "Sky Bakery" is the ending theme of the TV anime Kumo Pan, which airs on Orbit TV.');
    expect(entity(doc, 'TV')).toBeUndefined();
    expect(factLines(doc)).not.toContain('Sky Bakery —soundtrack_of→ TV');
  });
});

describe('a version titled in apposition', () => {
  const doc = run('Harbor Channel will air a Korean remake of the 2021 Japanese drama Umi no Ie next year. The Korean version, titled Sea House, stars Kim Dae-ho and Lee Sun-ah.');
  it('types the titled name as the kind of work the remake is made from', () => {
    expect(entity(doc, 'Sea House')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Sea House —cast_member→ Kim Dae-ho');
  });
  it('makes the titled version from the work named after "a remake of"', () => {
    expect(factLines(doc)).toContain('Sea House —based_on→ Umi no Ie');
  });
  it('leaves "its soundtrack, also titled X" alone', () => {
    const other = run('The single "Paper Moon" topped the chart. Night Train, the film starring Mara Lind, won too: its soundtrack, also titled Night Train, won Best Compilation.');
    expect(entity(other, 'Night Train')?.type).not.toBe('Song');
  });
});

describe('theme songs described before they are named', () => {
  it('reads "will perform the opening theme of the anime X. The song, titled Y" as Y for X', () => {
    const lines = factLines(run('Rock band Northwind will perform the opening theme of the anime Glass Harbor. The song, titled "Paper Moon", is out in May.'));
    expect(lines).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
  });
});

describe('release dates in asides and relative clauses', () => {
  it('dates a series by "which began airing on C this April"', () => {
    const lines = factLines(run('date 2030-06-02 The song "Sky Bakery" is the ending theme of the anime Kumo Pan, which began airing on Orbit TV this April.'));
    expect(lines).toContain('Kumo Pan —publication_date→ April');
  });
  it('dates a film by "which opens nationwide on April 10" after a theme noun', () => {
    const lines = factLines(run('date 2030-03-02 The ballad "Paper Moon" is the ending theme of the film Night Train, which opens nationwide on April 10.'));
    expect(lines).toContain('Night Train —publication_date→ April 10');
    expect(lines).not.toContain('Paper Moon —publication_date→ April 10');
  });
  it('dates a film by the aside ", in theaters on February 14"', () => {
    expect(factLines(run('date 2030-01-05 The band Northwind will sing the ending theme for the film Night Train, in theaters on February 14.'))).toContain('Night Train —publication_date→ February 14');
  });
  it('dates the original by its bracketed year after "a remake of"', () => {
    expect(factLines(run('A Japanese remake of the Korean film Glass Letter (2025) is in production.'))).toContain('Glass Letter —publication_date→ 2025');
  });
});

describe('place-based prefixes', () => {
  it('leaves "Seoul-based" out of the company name after it', () => {
    const doc = run('Formed by Seoul-based Blue Harbor Entertainment in 2026, the group Starflake debuted with "Hello".');
    expect(entity(doc, 'Blue Harbor Entertainment')?.type).toBe('Organization');
    expect(entity(doc, 'Seoul-based Blue Harbor Entertainment')).toBeUndefined();
  });
});
