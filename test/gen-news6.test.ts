// Regressions for the sixth round of made-up news (gen-news6): trade-press film news, chart
// columns, obituaries, reissues, lists and wire copy. Each test is a class of error that round
// found, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('what an article is about', () => {
  it('does not count a cue word inside a title ("Brisk Season") as a series word', () => {
    const doc = run('The Quorvel Film Festival named its films. The German drama "Tallow Lane" opens the festival. '
      + 'Director Mara Lind returns with "Brisk Season", a film about two sisters.');
    expect(entity(doc, 'Tallow Lane')?.type).toBe('Film');
  });
});

describe('quoted titles in film news', () => {
  it('types an untyped quoted title as a film where the article names films and no song or album', () => {
    const doc = run('"Glass Orchard" opened at No. 1 at the box office this weekend. The film stars Tom Alder. '
      + 'Holding at second was "Velvet Dune", the comedy from filmmaker Ines Varga. Both films cost $40 million.');
    expect(entity(doc, 'Glass Orchard')?.type).toBe('Film');
    expect(entity(doc, 'Velvet Dune')?.type).toBe('Film');
  });
  it('keeps quoted titles songs where the article names a song', () => {
    const doc = run('Singer Mara Lind has sung "Paper Tide", the second OST for the drama Glass Harbor. She also sang "Low Water" for the film Night Ferry.');
    expect(entity(doc, 'Low Water')?.type).toBe('Song');
  });
  it('reads "the French drama X" as a film in an article about films', () => {
    const doc = run('Among new films, the French drama "Les Nuits Bleues" opened in limited release. Directed by Ines Varga, the film won the Golden Reel in May.');
    expect(entity(doc, 'Les Nuits Bleues')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Les Nuits Bleues —director→ Ines Varga');
  });
});

describe('a one-word act named before a band description', () => {
  it('types "X\'s 1998 album ... The Ohio indie band\'s second LP" as a band', () => {
    const doc = run('Quorvine\'s landmark 1998 album Glass Coast will be reissued in June. The Ohio indie rock band\'s second LP was produced by Tom Alder.');
    expect(entity(doc, 'Quorvine')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Glass Coast —performer→ Quorvine');
  });
  it('types a name that broke up or reunited as a band', () => {
    const doc = run('Velkaro broke up in 2006 but came back years later.');
    expect(entity(doc, 'Velkaro')?.type).toBe('Band');
  });
});

describe('a genre noun set off by a credit', () => {
  it('reads "The supernatural thriller, directed by A, stars B" as the film named before', () => {
    const doc = run('"Glass Orchard" opened at No. 1 at the box office this weekend. The supernatural thriller, directed by Ines Varga, stars Tom Alder as a ferryman. The film cost $40 million, more than any film of the year.');
    const lines = factLines(doc);
    expect(lines).toContain('Glass Orchard —director→ Ines Varga');
    expect(lines).toContain('Glass Orchard —cast_member→ Tom Alder');
  });
});

describe('occupation titles before a name', () => {
  it('keeps "Showrunner" out of the name that follows it', () => {
    const doc = run('The streamer has renewed the drama Glass Harbor. Showrunner Mara Velk will return for the new season.');
    expect(entity(doc, 'Mara Velk')?.type).toBe('Person');
    expect(entity(doc, 'Showrunner Mara Velk')).toBeUndefined();
  });
});

describe('a lone screen word does not make a film article', () => {
  it('keeps a quoted title a song where the only screen word is in an award name', () => {
    const doc = run('Mara Lind, whose "Paper Moon" ruled the summer, was named Singer of the Season.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
  });
});
