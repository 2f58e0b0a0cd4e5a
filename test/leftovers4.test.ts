// Regressions for recall gaps the eighth news round found (the "leftovers4" round): each test is a class of
// error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { softLineBreaks } from '../pipeline/reading-text.ts';
import { run, entity, factLines } from './helpers.ts';

describe('award list headings: a category, a colon or a dash, the winner', () => {
  it('credits the category to the winner a line names after it', () => {
    const doc = run('The Quorv Music Awards were held on Saturday. Here are the winners.\n\nArtist of the Year: girl group Dawn Quorvs\n\nLP of the Year: Glass Orchard by the band Tidequorv\n\nBest Fresh Voice – Sela Marrow');
    const facts = factLines(doc);
    expect(facts).toContain('Dawn Quorvs —award_received→ Artist of the Year');
    expect(facts).toContain('Glass Orchard —award_received→ LP of the Year');
    expect(facts).toContain('Glass Orchard —performer→ Tidequorv');
    expect(facts).toContain('Sela Marrow —award_received→ Best Fresh Voice');
    expect(entity(doc, 'Glass Orchard')?.type).toBe('Album');
  });
  it('ends a category name at its colon, and keeps a list of labelled lines apart', () => {
    const text = 'The Quorv Drama Awards took place last night in a packed hall.\n\nDisc of the Year: "Paper Comet" by the duo Velvet Quorvs\nBest Folk Album: Iron Lullaby by folk band Grey Quorv\nBest Actor: Daro Quen';
    expect(softLineBreaks(text)).toEqual([]);
    const doc = run(text);
    expect(entity(doc, 'Best Actor')?.type).toBe('Award');
    expect(entity(doc, 'Daro Quen')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Iron Lullaby —award_received→ Best Folk Album');
    expect(factLines(doc)).toContain('Paper Comet —award_received→ Disc of the Year');
  });
  it('reads no award from a labelled line that names none', () => {
    const doc = run('The Quorv Drama Awards took place on Monday.\n\nVenue: Seravin Quorv Hall\nHost: Mina Quorv');
    expect(factLines(doc).filter((f) => f.includes('award_received'))).toEqual([]);
  });
});

describe('bands named without a cue word', () => {
  it('reads a name the article gives members as a band, though "performed by" read a person', () => {
    const doc = run('The opening theme of the series Glass Quorv will be performed by Lantern Quorvs. The song comes out in June.\n\nLantern Quorvs\'s members said they had watched the series as children.');
    expect(entity(doc, 'Lantern Quorvs')?.type).toBe('Band');
  });
  it('keeps a person with a given name a person beside a band', () => {
    const doc = run('The closing song "Ember Quorv" will be performed by Clara Quorvin. Hollow Pine Quorvs perform the anthem "Tall Quorv" on the second night.\n\nHollow Pine Quorvs have played the festival twice.');
    expect(entity(doc, 'Clara Quorvin')?.type).toBe('Person');
    expect(entity(doc, 'Hollow Pine Quorvs')?.type).toBe('Band');
  });
});

describe('cast phrasings: a cast led by someone, a season that brings someone back', () => {
  it('reads "The voice cast is led by A, with B as the villain"', () => {
    const facts = factLines(run('The animated film Winter Quorv will open in December. The voice cast is led by Dario Quen, with Mina Quorv as the villain.'));
    expect(facts).toContain('Winter Quorv —cast_member→ Dario Quen');
    expect(facts).toContain('Winter Quorv —cast_member→ Mina Quorv');
  });
  it('reads "brings back A as ..., with B and C joining the cast"', () => {
    const facts = factLines(run('The series Harrow Quorv is returning for a second season. The new season brings back Lena Quorv as the detective, with Tomas Reid and Aiko Quorv joining the cast.'));
    expect(facts).toContain('Harrow Quorv —cast_member→ Lena Quorv');
    expect(facts).toContain('Harrow Quorv —cast_member→ Aiko Quorv');
  });
  it('still reads the lyricist of "co-wrote the lyrics with A" and "with lyrics by A herself"', () => {
    const facts = factLines(run('Singer Suri Quorv has released a new single, "Glass Quorv". She co-wrote the lyrics with Benno Karr. Her ballad "Quiet Quorv", with lyrics by Suri Quorv herself, comes out in May.'));
    expect(facts).toContain('Glass Quorv —lyricist→ Benno Karr');
    expect(facts).toContain('Quiet Quorv —lyricist→ Suri Quorv');
  });
});

describe('a music genre before a musician noun', () => {
  it('"Soul singer A" opening a sentence names a genre, not a band A belongs to', () => {
    const doc = run('Soul singer Ada Brine released her new album Velvet Hours on Friday.');
    expect(entity(doc, 'Soul')?.type).toBe('Genre');
    expect(factLines(doc).some((f) => f.includes('member_of'))).toBe(false);
    expect(factLines(doc)).toContain('Velvet Hours —performer→ Ada Brine');
  });
  it('keeps a guest credited by "guest vocals by country singer A" and a screen genre before a job ("Crime writer A") no genre', () => {
    const doc = run('Their 1998 album Rust Belt featured guest vocals by country singer Ada Brine on the track "Mercy Lane". Crime writer Tomi Vale wrote the liner notes.');
    expect(factLines(doc)).toContain('Mercy Lane —performer→ Ada Brine');
    expect(doc.output!.entities.some((e) => e.type === 'Genre' && /crime/i.test(e.name))).toBe(false);
  });
});
