// Regression tests for the docred-recall round: encyclopedia shapes whose facts were missed, from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('screen works named after a character ("as C in T")', () => {
  it('types each work of "his roles as A in X and B in Y" and credits the actor', () => {
    const doc = run('Tom Alder is an English actor. He is known for his roles as Jack Rook in Glass Harbor and Mara Vell in Night Coast.');
    expect(entity(doc, 'Glass Harbor')?.type).toMatch(/Film|TVSeries/);
    expect(entity(doc, 'Night Coast')?.type).toMatch(/Film|TVSeries/);
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —cast_member→ Tom Alder', 'Night Coast —cast_member→ Tom Alder']));
  });
  it('reads a longer list after "played"', () => {
    const doc = run('Tom Alder is an English actor. He also played Kim Dove in Paper Moon, Lena Fox in Salt Road and Ivo Crane in Blue Lantern.');
    for (const work of ['Paper Moon', 'Salt Road', 'Blue Lantern']) expect(factLines(doc)).toContain(`${work} —cast_member→ Tom Alder`);
  });
  it('takes no co-star after "opposite" for a character, nor an owner before "\'s" for the work', () => {
    const doc = run('Mia Cole is an actress. She played the queen opposite Tom Alder in NWTV\'s Glass Crown.');
    expect(['Film', 'TVSeries']).not.toContain(entity(doc, 'NWTV')?.type);
  });
  it('leaves a place after "as C in" alone', () => {
    const doc = run('Tom Alder is an English actor. He starred as Jack Rook in London and later moved to Paris.');
    expect(['Film', 'TVSeries']).not.toContain(entity(doc, 'London')?.type);
  });
});

describe('a song recorded on another album ("In 2009, A recorded the song on the album Y")', () => {
  it('gives the album its performer and the fronted year', () => {
    const doc = run('Paper Moon is a 1977 song. In 2009, Mara Lind recorded the song on the cover album Night Train.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —performer→ Mara Lind', 'Night Train —publication_date→ 2009']));
  });
  it('reads a cover recorded for a band\'s own live album', () => {
    const doc = run('Paper Moon is a 1977 song. In 2016, the British band Northwind recorded a cover version of the song for their live album Glass Coast.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Coast —performer→ Northwind', 'Glass Coast —publication_date→ 2016']));
  });
  it('gives the song no date of the album it was recorded for later', () => {
    const doc = run('Paper Moon is a 1977 song. In 2009, Mara Lind recorded the song on the cover album Night Train.');
    expect(factLines(doc)).not.toContain('Paper Moon —publication_date→ 2009');
  });
});

describe('whose record "on her albums" is after "worked with B"', () => {
  it('gives the albums to the subject, not to the companion', () => {
    const doc = run('Mara Lind is an American singer. Lind had worked with Anna Vell on her previous two albums Glass and Salt, both released in 2010.');
    const lines = factLines(doc);
    expect(lines).toEqual(expect.arrayContaining(['Glass —performer→ Mara Lind', 'Salt —performer→ Mara Lind']));
    expect(lines).not.toContain('Glass —performer→ Anna Vell');
  });
});

describe('a possessive act before a list of singles after a dash', () => {
  it('credits every listed single', () => {
    const doc = run('The band Northwind formed in 2001. Their album contains Northwind\'s first three hit singles – "Glass", "Salt", and "Paper Moon" – all of which reached the top five.');
    for (const song of ['Glass', 'Salt', 'Paper Moon']) expect(factLines(doc)).toContain(`${song} —performer→ Northwind`);
  });
});
