// Regressions for the eighth round of made-up news (gen-news8). Each test is a class of error that
// round found, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('a cue noun closing a phrase fronted before the subject', () => {
  it('does not make an album of a singer after "Two years after her last album,"', () => {
    const doc = run('Two years after her last album, Petra Vales is back. The Danish singer released "Tin Roof" on Friday.');
    expect(entity(doc, 'Petra Vales')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Tin Roof —performer→ Petra Vales');
  });
  it('does not make a label of a title after "According to the label,"', () => {
    const doc = run('According to the label, Garnet Hours has ten songs.');
    expect(entity(doc, 'Garnet Hours')?.type).not.toBe('Organization');
  });
  it('does not make an award of a winner after "Accepting the award,"', () => {
    const doc = run('Accepting the award, Soren Haak thanked his band.');
    expect(entity(doc, 'Soren Haak')?.type).not.toBe('Award');
  });
  it('still reads a cue in apposition when the name closes with a comma', () => {
    const doc = run('After her debut album, Copper Kites, Nell Ardent took a break.');
    expect(entity(doc, 'Copper Kites')?.type).toBe('Album');
  });
});

describe('a headline title typed by a weak word, and typed otherwise below', () => {
  it('makes one film of a quoted sequel title in the headline and the sequel named below', () => {
    const doc = run("'Dust Lantern 2' finds its director\n\nDust Lantern 2, the sequel to the 2026 western Dust Lantern, will be directed by Ilse Brandvold.");
    expect(doc.entities.filter((e) => e.name === 'Dust Lantern 2').map((e) => e.type)).toEqual(['Film']);
  });
  it('makes one film of a headline "hit" that the body calls a movie', () => {
    const doc = run("Studio remakes Danish hit 'Grey Ferry'\n\nA studio is remaking Grey Ferry, the 2019 Danish road movie, with new leads.");
    expect(doc.entities.filter((e) => e.name === 'Grey Ferry').every((e) => e.type === 'Film')).toBe(true);
  });
  it('leaves a song called a hit in the headline a song when nothing types it otherwise', () => {
    const doc = run("Tala Brun's hit 'Copper Rain' turns ten\n\nThe single came out in 2018.");
    expect(entity(doc, 'Copper Rain')?.type).toBe('Song');
  });
});

describe('a chart named by a plural kind of record and its size', () => {
  it('types "X Albums 100" and "X Singles 50" as charts', () => {
    const doc = run('The album Gray Pines spent ten weeks on the Norland Albums 100. Its single "Reed Boat" reached No. 4 on the Norland Singles 50.');
    expect(entity(doc, 'Norland Albums 100')?.type).toBe('Chart');
    expect(entity(doc, 'Norland Singles 50')?.type).toBe('Chart');
    expect(factLines(doc)).toContain('Gray Pines —charted_in→ Norland Albums 100');
  });
  it('leaves a numbered title with a small number alone', () => {
    const doc = run('The band released the compilation Greatest Songs 2 in May.');
    expect(entity(doc, 'Greatest Songs 2')?.type).not.toBe('Chart');
  });
});
