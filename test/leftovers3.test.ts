// Regressions for errors the seventh made-up rounds noticed and left (the "leftovers3" round): each
// test is a class of error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('lists of a band and a person', () => {
  it('credits both acts of "credited to singer A and the rock band B"', () => {
    const doc = run('Glass Quorv, a collaborative album credited to singer-songwriter Mara Lindqvo and the rock band Northquorv, will be released in June.');
    expect(factLines(doc)).toContain('Glass Quorv —performer→ Mara Lindqvo');
    expect(factLines(doc)).toContain('Glass Quorv —performer→ Northquorv');
  });
  it('reads "A and her band B" as a list of the two acts', () => {
    const doc = run('The new single "Paper Quorv" is credited to singer Tessa Quorvane and her band the Lowquorvs.');
    expect(factLines(doc)).toContain('Paper Quorv —performer→ Tessa Quorvane');
    expect(factLines(doc)).toContain('Paper Quorv —performer→ Lowquorvs');
  });
  it('takes guests named by what they are after "features"', () => {
    const doc = run('Rapper Korv Dalen released his new song "Tin Quorv" on Thursday. The track features the band Glass Quorvard and singer Dana Quorvel.');
    expect(factLines(doc)).toContain('Tin Quorv —performer→ Glass Quorvard');
    expect(factLines(doc)).toContain('Tin Quorv —performer→ Dana Quorvel');
  });
  it('does not join two credits of different verbs into one list', () => {
    const doc = run('The title track "Cold Quorv" was written by leader Hana Quorv and composed by producer Rik Brennquor.');
    expect(factLines(doc)).not.toContain('Cold Quorv —composer→ Hana Quorv');
    expect(factLines(doc)).not.toContain('Cold Quorv —lyricist→ Rik Brennquor');
  });
});

describe('credits stated as "X is by A"', () => {
  it('reads "The script is by A, and direction is by B" for the film in context', () => {
    const doc = run('Quorv Harbor, a mystery film starring Celia Brandqvist, will open on May 7. The script is by Nora Quorvin, and direction is by Paul Quorrick.');
    expect(factLines(doc)).toContain('Quorv Harbor —screenwriter→ Nora Quorvin');
    expect(factLines(doc)).toContain('Quorv Harbor —director→ Paul Quorrick');
  });
  it('reads "Music is by A and the lyrics are by B" for the song in context', () => {
    const doc = run('Singer Rowan Quorv has released "Tin Quorvs", the second single from her album Copper Quorv. Music is by Ellis Quorde and the lyrics are by Jae Quorvinn.');
    expect(factLines(doc)).toContain('Tin Quorvs —composer→ Ellis Quorde');
    expect(factLines(doc)).toContain('Tin Quorvs —lyricist→ Jae Quorvinn');
    expect(entity(doc, 'Jae Quorvinn')?.type).toBe('Person');
  });
  it('gives "direction is by" to no song', () => {
    const doc = run('The band Northquorv released the song "Paper Quorv" on Friday. Direction is by Mara Quorvind.');
    expect(factLines(doc).filter((f) => f.includes('director'))).toEqual([]);
  });
});

describe('follows from news wording', () => {
  it('reads "X is the trio\'s first album since 2025\'s Y"', () => {
    const doc = run("The band Northquorv will release the album Night Quorv on Friday. The album is the trio's first album since 2025's Paper Quorv.");
    expect(factLines(doc)).toContain('Night Quorv —follows→ Paper Quorv');
  });
  it('leaves "the band\'s previous album" alone: previous to the article, not to the album named before', () => {
    const doc = run('The band Emberquorv played on the albums Harbour Quorv and Static Quorv. He joined in 2019. "We love him," the singer said. The band\'s previous album, Static Quorv, reached number six.');
    expect(factLines(doc)).not.toContain('Harbour Quorv —follows→ Static Quorv');
  });
});

describe('"the lead single" refers to the song the article gave that role', () => {
  it('resolves "The lead single" to the title track named before, not to the last song named', () => {
    const doc = run('Boy group Orbquorv will return on September 20 with the mini album Blue Quorv, led by the title track "Night Quorv". The album also contains "Echo Quorv" and "Low Quorv". The lead single was composed by Han Doquorv.');
    expect(factLines(doc)).toContain('Night Quorv —composer→ Han Doquorv');
    expect(factLines(doc)).not.toContain('Low Quorv —composer→ Han Doquorv');
  });
  it('gives "It is the lead single from her third album, X, and was released in 2019" a date of the single, not of the album', () => {
    const doc = run('"Silver Quorv" is a song by singer Jolie Quorvsh. It is the lead single from her third album, Lantern Quorv, and was released in 2019.');
    expect(factLines(doc)).toContain('Silver Quorv —part_of→ Lantern Quorv');
    expect(factLines(doc)).not.toContain('Lantern Quorv —publication_date→ 2019');
  });
});

describe('future dates without a year', () => {
  it('puts "will drop X on April 10" in the next year when April 10 has passed, a quoted title between', () => {
    const doc = run('The band Pale Quorvs will drop their new single "Ferris Quorv" on April 10.', '2027-09-15');
    expect(entity(doc, 'April 10')?.value).toBe('2028-04-10');
    expect(factLines(doc)).toContain('Ferris Quorv —publication_date→ April 10');
  });
  it('keeps "due February 4" in an October article in the next year', () => {
    const doc = run('Singer Aster Quorv will release her fifth album, Winter Quorv, due February 4.', '2027-10-12');
    expect(entity(doc, 'February 4')?.value).toBe('2028-02-04');
  });
});

describe('a guest named by "the track X features rapper B"', () => {
  it('is a performer of that track, and no second artist: the EP\'s other works stay the singer\'s', () => {
    const doc = run('Glass Coast is the second EP by singer Mara Velk. It was released in 2019 by Quorv Records and includes the lead single "Paper Moon". The track "Night Lantern" features rapper Tomi Vale. Its follow-up, the EP Afterlight, came out in 2020.');
    const facts = factLines(doc);
    expect(facts).toContain('Night Lantern —performer→ Tomi Vale');
    expect(facts).toContain('Night Lantern —performer→ Mara Velk');
    expect(facts).toContain('Afterlight —performer→ Mara Velk');
  });
});
