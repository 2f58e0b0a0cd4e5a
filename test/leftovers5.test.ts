// Regressions for gaps the eighth encyclopedia round found (the "leftovers5" round): each test is a class of
// error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('songwriter phrasings', () => {
  it('gives "All songs on the album were written by A and B" to every track the article places on the album', () => {
    const lines = factLines(run('Glass Vespers is the second album by the band Tallow Quorns. It includes "Amber Wick", "Low Orchard" and "Rivet". All songs on the album were written by Odile Marsh and Kip Vantner.'));
    for (const song of ['Amber Wick', 'Low Orchard', 'Rivet']) {
      for (const writer of ['Odile Marsh', 'Kip Vantner']) {
        expect(lines).toContain(`${song} —lyricist→ ${writer}`);
        expect(lines).toContain(`${song} —composer→ ${writer}`);
      }
    }
  });
  it('reads "All songs were written by A" for the album in context, tracks listed before or after', () => {
    const lines = factLines(run('Glass Vespers is the debut album by singer Odile Marsh. All songs were written by Marsh and Kip Vantner. The album spawned the singles "Amber Wick" and "Rivet".'));
    expect(lines).toContain('Amber Wick —lyricist→ Kip Vantner');
    expect(lines).toContain('Rivet —composer→ Odile Marsh');
  });
  it('splits "All lyrics were written by A, and all music was composed by B" between the two roles', () => {
    const lines = factLines(run('Glass Vespers is the second album by the band Tallow Quorns. It includes "Amber Wick" and "Rivet". All lyrics were written by Odile Marsh, and all music was composed by Kip Vantner.'));
    expect(lines).toContain('Amber Wick —lyricist→ Odile Marsh');
    expect(lines).toContain('Rivet —composer→ Kip Vantner');
    expect(lines).not.toContain('Amber Wick —composer→ Odile Marsh');
    expect(lines).not.toContain('Rivet —lyricist→ Kip Vantner');
  });
  it('leaves an album-wide credit with an exception to the sentence it came from', () => {
    const lines = factLines(run('Glass Vespers is the second album by the band Tallow Quorns. It includes "Amber Wick" and "Rivet". All songs were written by Odile Marsh, except "Rivet", which was written by Marsh and Kip Vantner.'));
    expect(lines).not.toContain('Amber Wick —lyricist→ Odile Marsh');
    expect(lines).toContain('Rivet —lyricist→ Kip Vantner');
  });
  it('reads "The lyrics were written by A, while the music was composed by B" for the song in context', () => {
    const lines = factLines(run('"Amber Wick" is a song by Danish singer Odile Marsh. The lyrics were written by Marsh, while the music was composed by Kip Vantner.'));
    expect(lines).toContain('Amber Wick —lyricist→ Odile Marsh');
    expect(lines).toContain('Amber Wick —composer→ Kip Vantner');
    expect(lines).not.toContain('Amber Wick —lyricist→ Kip Vantner');
  });
  it('reads "X, written by A and B," after a song title', () => {
    const lines = factLines(run('Quarry Light is a 2009 film. Its theme song, "Amber Wick", written by Odile Marsh and Kip Vantner, topped the Vell Chart.'));
    expect(lines).toContain('Amber Wick —lyricist→ Kip Vantner');
    expect(lines).toContain('Amber Wick —composer→ Odile Marsh');
  });
});

describe('the article-wide label guess', () => {
  it('gives the songs of a soundtrack of various artists no label of the album', () => {
    const lines = factLines(run('Quarry Light: The Soundtrack is the soundtrack album to the 2009 film Quarry Light. It was released by Vell Records. The album features songs by various artists, including "Amber Wick" by singer Odile Marsh and "Rivet" by the band Tallow Quorns.'));
    expect(lines).toContain('Quarry Light: The Soundtrack —record_label→ Vell Records');
    expect(lines).not.toContain('Amber Wick —record_label→ Vell Records');
    expect(lines).not.toContain('Rivet —record_label→ Vell Records');
  });
  it('still labels the songs of an album by one act through the album', () => {
    const lines = factLines(run('Glass Vespers is the second album by the band Tallow Quorns. It was released by Vell Records. The album\'s lead single, "Amber Wick", reached number five.'));
    expect(lines).toContain('Amber Wick —record_label→ Vell Records');
  });
  it('gives no label to an earlier record an album\'s article names ("the follow-up to their 2008 album X", "debut EP X")', () => {
    const lines = factLines(run('Glass Vespers is the second album by the band Tallow Quorns. It was released on 4 May 2011 by Vell Records. It is the follow-up to the band\'s 2008 album Low Orchard. Following their debut EP Rivet Season (2006), the band toured Norway.'));
    expect(lines).toContain('Glass Vespers —record_label→ Vell Records');
    expect(lines).not.toContain('Low Orchard —record_label→ Vell Records');
    expect(lines).not.toContain('Rivet Season —record_label→ Vell Records');
  });
});

describe('typing and award phrasings', () => {
  it('types a distributor as an organization, whatever its shape', () => {
    const doc = run('Quarry Light is a 2006 drama film directed by Odile Marsh. The film was distributed by Cinema Vantner.');
    expect(entity(doc, 'Cinema Vantner')?.type).toBe('Organization');
  });
  it('types what a film was remade as as a work, even when it is named like a person', () => {
    const doc = run('Quarry Light is a 2006 drama film directed by Odile Marsh. It was remade as Moon Tallow in 2014, starring Kip Vantner.');
    expect(entity(doc, 'Moon Tallow')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Moon Tallow —based_on→ Quarry Light');
  });
  it('gives "the latter of which won X" to the last work of a list only', () => {
    const lines = factLines(run('The band Tallow Quorns released the singles "Amber Wick" and "Rivet", the latter of which won the Vell Music Award.'));
    expect(lines).toContain('Rivet —award_received→ Vell Music Award');
    expect(lines).not.toContain('Amber Wick —award_received→ Vell Music Award');
  });
  it('reads "her second album, X, in 2011, the latter of which won Y"', () => {
    const lines = factLines(run('Odile Marsh is a Danish singer. She released her debut album, Pale Wick, in 2008 and her second album, Copper Rivet, in 2011, the latter of which won the Vell Music Prize.'));
    expect(lines).toContain('Copper Rivet —award_received→ Vell Music Prize');
    expect(lines).not.toContain('Pale Wick —award_received→ Vell Music Prize');
  });
  it('reads "X earned her the Y Award" for the woman, not for a description or a nomination', () => {
    expect(factLines(run('Odile Marsh is a singer. Her single "Amber Wick" earned her the Vell Award for Best Female Artist.'))).toContain('Odile Marsh —award_received→ Vell Award for Best Female Artist');
    expect(factLines(run('Odile Marsh is a singer. Her single "Amber Wick" earned her a nomination for the Vell Award for Best Female Artist.')).some((l) => l.includes('award_received'))).toBe(false);
  });
});

describe('music-video director', () => {
  it('gives the video of a song\'s article to that song, not to the B-side named last', () => {
    const lines = factLines(run('"Amber Wick" is a song by the band Tallow Quorns from their album Glass Vespers. The B-side, "Rivet", was written by Odile Marsh. The music video was directed by Kip Vantner.'));
    expect(lines).toContain('Amber Wick —director→ Kip Vantner');
    expect(lines).not.toContain('Rivet —director→ Kip Vantner');
  });
  it('still takes the song in context in an article that opens on no song', () => {
    const lines = factLines(run('Tallow Quorns are an Irish band. Their single "Rivet" came out in May. The music video was directed by Kip Vantner.'));
    expect(lines).toContain('Rivet —director→ Kip Vantner');
  });
});
