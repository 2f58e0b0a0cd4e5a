// Names whose type was lost or wrong: East Asian and Thai people, bands named without a cue word,
// stage names. Made-up sentences and names only.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('East Asian and Thai personal names', () => {
  it('reads a common Thai given name before an unknown family name as a person', () => {
    const doc = run('Somchai Quorvsak released the song on Friday.');
    expect(entity(doc, 'Somchai Quorvsak')?.type).toBe('Person');
  });
  it('reads a common Japanese given name before an unknown family name as a person', () => {
    const doc = run('Kaito Velmorin released a new single, "Paper Quay", on Friday.');
    expect(entity(doc, 'Kaito Velmorin')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Paper Quay —performer→ Kaito Velmorin');
  });
  it('reads a Chinese family name written last, after a hyphenated given name, as a person', () => {
    const doc = run('Wen-qu Liang released a new single on Friday.');
    expect(entity(doc, 'Wen-qu Liang')?.type).toBe('Person');
  });
  it('keeps a two-word title that closes on a family name that is also a word ("Paper Moon") apart from people', () => {
    const doc = run('The band Northwind have delivered several hit tracks, the most popular one being Paper Quay Moon. Glass Moon topped the chart.');
    expect(entity(doc, 'Glass Moon')?.type).not.toBe('Person');
  });
  it('keeps a title with a family name that is also a word apart from people ("Moon Quay" as a drama)', () => {
    const doc = run('The drama Moon Quay aired on Channel Nine.');
    expect(entity(doc, 'Moon Quay')?.type).toBe('TVSeries');
  });
});

describe('a person "of" where the person works', () => {
  it('ends a person\'s name before "of" and another name', () => {
    const doc = run('The video for "Glass Quay" was directed by Baek Seo-rin of Lumora Visual.');
    expect(entity(doc, 'Baek Seo-rin')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Quay —director→ Baek Seo-rin');
    // What the person is "of" is no person.
    expect(entity(doc, 'Lumora Visual')?.type).not.toBe('Person');
  });
  it('keeps a title whose words before "of" close on an English word whole', () => {
    const doc = run('The film Mara Queen of Quorvia opened on Friday.');
    expect(entity(doc, 'Mara Queen of Quorvia')?.type).toBe('Film');
  });
});

describe('a cue noun set off by a comma after a clause', () => {
  it('types "It appears on her second album, X" as the album, not a person', () => {
    const doc = run('Mara Lind released the song in May. It appears on her second album, Quorva Diary.');
    expect(entity(doc, 'Quorva Diary')?.type).toBe('Album');
  });
  it('still reads a fronted phrase ("According to the label, X will tour")', () => {
    const doc = run('According to the label, Mara Lind will tour in May.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});

describe('bands named without a cue word', () => {
  it('types an act of two words that is no person\'s name after "performed by" as a group', () => {
    const doc = run('The ending theme of the drama Blue Quay will be performed by Quorvo Signal, it was announced on Thursday.');
    expect(entity(doc, 'Quorvo Signal')?.type).toBe('Band');
  });
  it('still types a person\'s name after "performed by" as a person', () => {
    const doc = run('The ending theme of the drama Blue Quay will be performed by Mara Lind.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});
