// Regressions for errors the sixth made-up rounds noticed and left (the "leftovers2" round): each test is a
// class of error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('title-case and all-caps headlines', () => {
  it('keeps from a title-case headline only the names the body confirms', () => {
    const doc = run('Rapper Tev Quorlan Drops Surprise Album Midnight Ledger\n\nTev Quorlan released a new album on Friday. The record features Kaya Bell.');
    expect(entity(doc, 'Tev Quorlan')?.type).toBe('Person');
    expect(doc.output!.entities.some((e) => /Drops|Ledger/.test(e.name))).toBe(false);
  });
  it('cuts a run across a verb into the names on either side', () => {
    const doc = run('Indie Band Paper Quorvs Signs With Greyfield Records\n\nThe indie band Paper Quorvs have signed with Greyfield Records. Singer Jo Mart said they were thrilled.');
    expect(factLines(doc)).toContain('Paper Quorvs —record_label→ Greyfield Records');
    expect(doc.output!.entities.some((e) => /Signs/.test(e.name))).toBe(false);
  });
  it('drops a quoted headline remark the body never names', () => {
    const doc = run("Sela Quorv: 'I Never Wanted To Be Famous'\n\nSinger Sela Quorv has released her third album, Cold Rivers. She spoke to us about it.");
    expect(entity(doc, 'I Never Wanted To Be Famous')).toBeUndefined();
    expect(factLines(doc)).toContain('Cold Rivers —performer→ Sela Quorv');
  });
  it('reads a headline in capitals case-blind against the body', () => {
    const doc = run('WATCH: DARQUORV RELEASE VIDEO FOR \'BROKEN WINGS\'\n\nThe rock band Darquorv have released a video for their single "Broken Wings". It was directed by Ivo Pratt.');
    expect(entity(doc, 'Darquorv')?.type).toBe('Band');
    expect(doc.output!.entities.some((e) => /RELEASE/.test(e.name))).toBe(false);
    expect(factLines(doc)).toContain('Broken Wings —director→ Ivo Pratt');
  });
  it('leaves a sentence-case headline as it was', () => {
    const doc = run("Hoshi Quorv to sing theme for drama 'Paper Lanterns'\n\nThe Japanese duo Hoshi Quorv will perform the theme song.");
    expect(entity(doc, 'Paper Lanterns')?.type).toBe('TVSeries');
  });
});

describe('numbered list items in list articles', () => {
  it('reads "1. Act – Album" under a head that lists albums', () => {
    const doc = run('The five best albums of the month\n\nOur critics picked these.\n\n1. Marrow Quorv – Pale Fire Season\nTheir warmest record yet.\n\n2. The Hollow Quorvs – Long Way North\nA folk record.');
    expect(entity(doc, 'Pale Fire Season')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Pale Fire Season —performer→ Marrow Quorv');
    expect(factLines(doc)).toContain('Long Way North —performer→ The Hollow Quorvs');
  });
  it('reads "1) Act, "Song"" under a head that lists songs, a person-shaped act a person', () => {
    const doc = run('Ten songs you need to hear this week\n\n1) Dara Quillon, "Salt Lines"\nA lone cello opens it.\n2) Northbound Quorvs, "Paper Lanterns"\nThe band return.');
    expect(entity(doc, 'Dara Quillon')?.type).toBe('Person');
    expect(entity(doc, 'Salt Lines')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Paper Lanterns —performer→ Northbound Quorvs');
  });
  it('types nothing where no plural record cue heads the list', () => {
    const doc = run('Lineup for the festival\n\n1. Mara Quell – Tom Alder\n2. Glass Quorv – Paper Ships');
    expect(factLines(doc).some((f) => f.includes('performer'))).toBe(false);
  });
});

describe('cast lists without a work in the sentence', () => {
  it('reads "Stars A, B and C are all expected to return" as the cast of the work in context', () => {
    const doc = run('The crime drama Harbor Quorv has been renewed for a second season. Stars Mara Delvin, Oscar Teague and Rina Holt are all expected to return.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Harbor Quorv —cast_member→ Mara Delvin', 'Harbor Quorv —cast_member→ Rina Holt']));
  });
  it('drops the role word before two people joined by "and"', () => {
    const doc = run('The film Night Quorv was a hit. Stars Mara Delvin and Tom Alder are expected to return, with Kim Ha-neul joining the cast.');
    expect(entity(doc, 'Stars Mara Delvin')).toBeUndefined();
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Quorv —cast_member→ Mara Delvin', 'Night Quorv —cast_member→ Tom Alder', 'Night Quorv —cast_member→ Kim Ha-neul']));
  });
  it('reads "A and B will return to their roles"', () => {
    const doc = run('The film Harbor Quorv opens in May. Mara Lind and Tom Alder will return to their roles in a sequel.');
    expect(factLines(doc)).toContain('Harbor Quorv —cast_member→ Tom Alder');
  });
  it('leaves a return to the stage alone', () => {
    const doc = run('Singer Mara Lind recorded the theme for the drama Glass Quorv. Mara Lind will return to the stage as a soloist next year.');
    expect(factLines(doc).some((f) => f.includes('cast_member'))).toBe(false);
  });
});

describe('credits on the wrong side of a label', () => {
  it('gives the label of "produced by A and released through L" to the record, not to the producer', () => {
    const doc = run('Mara Quellan\'s single "Night Ferry" was produced by Ben Halloway and released through Quorvane Music.');
    expect(factLines(doc)).not.toContain('Ben Halloway —record_label→ Quorvane Music');
    expect(factLines(doc)).toContain('Night Ferry —record_label→ Quorvane Music');
  });
  it('reads past two producers to the label', () => {
    const doc = run('The band Northwake released their album Salt Coast in 2019. It was produced by Tomas Alderney and Kim Lee-Ross and released through Harbor Lane Records.');
    expect(factLines(doc)).toContain('Salt Coast —record_label→ Harbor Lane Records');
    expect(factLines(doc).filter((f) => f.startsWith('Tomas') || f.startsWith('Kim'))).toEqual([]);
  });
});
