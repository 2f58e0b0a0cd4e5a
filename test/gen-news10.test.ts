// Classes of extraction error found by a tenth round of made-up Western pop, rock, R&B and country news
// (chart recaps, guest lists, duo albums), each pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('chart places and chart names', () => {
  it('reads "hits No. 1" as a verb and a place, not as a song owned by the title before it', () => {
    const doc = run("Mara Lind's 'Paper Moon' hits No. 1 after remix with Tom Alder\n\nThe singer's ballad is her first chart-topper.");
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
    expect(entity(doc, 'No. 1')).toBeUndefined();
  });
  it('types a name, a genre and a chart size ("Harbor Country 50") as a chart', () => {
    const doc = run('The album opens at No. 2 on this week\'s Harbor Country 50.');
    expect(entity(doc, 'Harbor Country 50')?.type).toBe('Chart');
  });
});

describe('appositions in lists and after possessive nouns', () => {
  it('reads "X, the pair\'s third studio album" as an album', () => {
    const doc = run("Glass Coast, the pair's third studio album, opens at No. 1 this week.");
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
  });
  it('does not give "the rock band" before another name to the list item before the comma', () => {
    const doc = run('The record features singer Mara Lind on "Paper Moon", the rock band Northwind on "Glass", and rapper Tom Alder on "Harbor".');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
    expect(entity(doc, 'Northwind')?.type).toBe('Band');
  });
});

describe('stage-name prefixes', () => {
  it('types "DJ Quorra Venn" as a person though nothing else does', () => {
    const doc = run('DJ Quorra Venn lines up guests for new album');
    expect(entity(doc, 'DJ Quorra Venn')?.type).toBe('Person');
  });
});

describe('guests named track by track', () => {
  const doc = run('Mara Lind has revealed her second album, Night Train. The record features singer Tom Alder on "Paper Moon", the rock band Northwind on "Glass", and rapper Kip Renner on "Harbor".');
  it('gives each guest the track named after "on"', () => {
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tom Alder');
    expect(factLines(doc)).toContain('Glass —performer→ Northwind');
    expect(factLines(doc)).toContain('Harbor —performer→ Kip Renner');
    expect(factLines(doc)).not.toContain('Glass —performer→ Tom Alder');
  });
  it('puts the tracks on the record that features the guests', () => {
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Night Train');
    expect(factLines(doc)).toContain('Glass —part_of→ Night Train');
    expect(factLines(doc)).toContain('Harbor —part_of→ Night Train');
  });
});

describe('sentence openers before a chart', () => {
  it('leaves the article out of "On the Quorv Chart, ..."', () => {
    const doc = run('On the Quorv Chart, Mara Lind\'s "Paper Moon" holds at No. 1 for a fifth week.');
    expect(entity(doc, 'Quorv Chart')?.type).toBe('Chart');
  });
});
