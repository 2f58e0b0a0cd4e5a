// Regression tests for the gaps of the leftovers8 round, each from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('one-word member names in lists', () => {
  it('reads "Members A, B and C" opening a sentence as the line-up of the band named before', () => {
    const doc = run('The new girl group Starlit will debut in May. Members Seoyun, Dahye and Jiwon trained for three years.');
    for (const person of ['Seoyun', 'Dahye', 'Jiwon']) {
      expect(entity(doc, person)?.type).toBe('Person');
      expect(factLines(doc)).toContain(`${person} —member_of→ Starlit`);
    }
    expect(entity(doc, 'Members Seoyun')).toBeUndefined();
  });
  it('reads "Members A, B and C will form X" as a new group of those people', () => {
    const doc = run('Girl group Aurora Nine is launching a sub-unit. Members Haruka, Mei and Rin will form Moonveil in March.');
    expect(entity(doc, 'Moonveil')?.type).toBe('Band');
    for (const person of ['Haruka', 'Mei', 'Rin']) expect(factLines(doc)).toEqual(expect.arrayContaining([`${person} —member_of→ Moonveil`, `${person} —member_of→ Aurora Nine`]));
  });
  it('types the names after "the leaders of both groups," as people, not groups', () => {
    const doc = run('The bands Northwind and Skyfall toured together. The song was written by the leaders of both groups, Takeru and Hyejin.');
    expect(entity(doc, 'Takeru')?.type).toBe('Person');
    expect(entity(doc, 'Hyejin')?.type).toBe('Person');
  });
  it('reads "X is made up of A, B and C" as a group of people, though X is shaped like a name', () => {
    const doc = run('Skyward Five is made up of Daichi, Ren, Sota, Kaito and Yuma.');
    expect(entity(doc, 'Skyward Five')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Daichi —member_of→ Skyward Five');
  });
  it('does not make a band of what a person forms with a company noun', () => {
    const doc = run('Singer Mara Lind will form a new label, Harbor Records, in May.');
    expect(entity(doc, 'Harbor Records')?.type).toBe('Organization');
  });
});

describe('the line-up set off after a group', () => {
  it('gives "X, the duo of A and B, released Y" to the group, not to its members', () => {
    const doc = run('The group Paper Comets, the duo of Mika Sorensen and Jonas Vik, released the single "Night Swim" on Friday.');
    const lines = factLines(doc);
    expect(lines).toContain('Night Swim —performer→ Paper Comets');
    expect(lines.filter((l) => l.startsWith('Night Swim —performer→') && !l.endsWith('Paper Comets'))).toEqual([]);
    expect(lines).toContain('Mika Sorensen —member_of→ Paper Comets');
  });
  it('gives no agency to the members a sentence opens on ("Members A and B will form X, agency Y said")', () => {
    const doc = run('Girl group Aurora Nine is launching a sub-unit. Members Haruka, Mei and Rin will form Moonveil in March, agency Sunpath Music said on Tuesday.');
    expect(factLines(doc).filter((l) => l.includes('record_label') && /^(Haruka|Mei|Rin) /.test(l))).toEqual([]);
  });
});

describe('lower-case romanised band names', () => {
  it('keeps a Japanese particle inside a lower-case name after a band cue ("the rock band kumo no ue")', () => {
    const doc = run('The rock band kumo no ue will release a new album, Sora Iro, in June. kumo no ue released their first album in 2029.');
    expect(entity(doc, 'kumo no ue')?.type).toBe('Band');
    expect(entity(doc, 'kumo no ue')?.mentions.filter((m) => m.text === 'kumo no ue')).toHaveLength(2);
    expect(factLines(doc)).toContain('Sora Iro —performer→ kumo no ue');
  });
  it('ends a lower-case name before the verb after it ("the band moon shelter released")', () => {
    const doc = run('Fans love moon shelter. The band moon shelter released the single "Tomoshibi" in May.');
    expect(factLines(doc)).toContain('Tomoshibi —performer→ moon shelter');
  });
  it('reads the lower-case name capitalised at a sentence opening as the same band', () => {
    const doc = run('Kumo no ue released their third album, Sora Iro, on Friday. The rock band kumo no ue formed in Osaka.');
    expect(factLines(doc)).toContain('Sora Iro —performer→ Kumo no ue');
  });
  it('makes no name of ordinary lower-case words after "band"', () => {
    const doc = run('The band no longer tours. The band members said the band played well, and the band played well again.');
    expect(doc.output!.entities.filter((e) => e.type === 'Band')).toEqual([]);
  });
});

describe('channels and company branches', () => {
  it('reads "X, tvQ\'s new drama" as the channel of X, not a second series', () => {
    const doc = run('Singer Mara Lind will sing the theme of Salt Harbor, tvQ\'s new drama, which premieres on September 5.');
    expect(entity(doc, 'tvQ')?.type).toBe('Organization');
    expect(factLines(doc)).toContain('Salt Harbor —original_broadcaster→ tvQ');
  });
  it('reads "hvN\'s hit comedy series" as a channel in an article about anything', () => {
    const doc = run('Glass Pier, hvN\'s hit comedy series, will return for a second season in October.');
    expect(entity(doc, 'hvN')?.type).toBe('Organization');
  });
  it('keeps a company\'s country branch whole after a company cue or a release\'s "through"', () => {
    expect(entity(run('The band Northwind has signed with the label Crestline Japan.'), 'Crestline Japan')?.type).toBe('Organization');
    const doc = run('The song "Low Tide" will be released on September 4 through Zenith Japan.');
    expect(factLines(doc)).toContain('Low Tide —record_label→ Zenith Japan');
  });
  it('still cuts a country after a name with no company cue ("toured Japan", "Harbor Pictures in Japan")', () => {
    const doc = run('The film was released through Harbor Pictures in Japan.');
    expect(entity(doc, 'Harbor Pictures')?.type).toBe('Organization');
    expect(entity(doc, 'Japan')?.type).toBe('Country');
  });
});

describe('duets, features and chart tops', () => {
  it('reads "reached the top of the C with Y" as Y charting in C', () => {
    const doc = run('The boy band Northwind reached the top of the Quorv Singles Chart with "Blue Comet" this week.');
    expect(factLines(doc)).toContain('Blue Comet —charted_in→ Quorv Singles Chart');
  });
  it('reads "A was featured on B\'s single Y" as A performing on Y too', () => {
    const doc = run('Mara Lind was featured on Tom Alder\'s single "Night Train" in 2031.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —performer→ Mara Lind', 'Night Train —performer→ Tom Alder']));
  });
  it('reads "recorded Y as a duet with singer A" as A performing Y', () => {
    const doc = run('The band Northwind recorded "Paper Moon" as a duet with singer Mara Lind.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Mara Lind', 'Paper Moon —performer→ Northwind']));
  });
});
