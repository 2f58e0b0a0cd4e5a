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
