// Classes of extraction error found by the sixth round of made-up encyclopedia
// articles (soundtracks, producers, labels, franchises, foreign titles), each
// pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('translated titles', () => {
  it('keeps the sentence whole over "lit." and takes the gloss as another name of the title', () => {
    const doc = run('Hoshi no Umi (Japanese: 星の海, lit. "Sea of Stars") is a Japanese anime television series directed by Tomas Beldar. It aired on Quorvex TV in 2016.');
    expect(doc.sentences.length).toBe(2);
    expect(entity(doc, 'Hoshi no Umi')?.type).toBe('TVSeries');
    expect(entity(doc, 'Hoshi no Umi')?.aliases).toContain('Sea of Stars');
    expect(factLines(doc)).toContain('Hoshi no Umi —director→ Tomas Beldar');
    expect(factLines(doc)).toContain('Hoshi no Umi —original_broadcaster→ Quorvex TV');
  });
  it('reads "literally" without a language before it', () => {
    const doc = run('Vento Norte (literally "North Wind") is a 2011 Brazilian drama film directed by Orla Vintner.');
    expect(entity(doc, 'Vento Norte')?.aliases).toContain('North Wind');
    expect(factLines(doc)).toContain('Vento Norte —director→ Orla Vintner');
  });
});

describe("a producer's or songwriter's own article", () => {
  const text = 'Bram Oakheart (born 4 May 1968) is a Welsh songwriter and record producer, best known for his work with the singer Orla Vintner and the band Quill Harbor. '
    + 'In 1994 Oakheart co-wrote and produced Vintner\'s debut single, "Tin Lantern". '
    + 'He went on to produce her second album, Salt Ledger (1997). '
    + 'Oakheart produced Quill Harbor\'s fourth album, Cobalt Tide (2001), and co-wrote its lead single, "Iron Orchard", with the band\'s drummer Idris Quell.';
  const doc = run(text);
  it('reads "produced A\'s third album, X" and "went on to produce her album, X"', () => {
    expect(factLines(doc)).toContain('Cobalt Tide —producer→ Bram Oakheart');
    expect(factLines(doc)).toContain('Salt Ledger —producer→ Bram Oakheart');
    expect(factLines(doc)).toContain('Tin Lantern —producer→ Bram Oakheart');
  });
  it('reads "co-wrote its lead single, X, with B" for both writers', () => {
    expect(factLines(doc)).toContain('Iron Orchard —composer→ Bram Oakheart');
    expect(factLines(doc)).toContain('Iron Orchard —lyricist→ Idris Quell');
    expect(factLines(doc)).toContain('Tin Lantern —lyricist→ Bram Oakheart');
  });
  it('does not make the producer the performer of the albums he produced for others', () => {
    expect(factLines(doc)).not.toContain('Salt Ledger —performer→ Bram Oakheart');
    expect(factLines(doc)).not.toContain('Cobalt Tide —performer→ Bram Oakheart');
  });
});

describe('release formats and follow-ups', () => {
  it('never takes a release format alone for a name ("The EP won ...", "on DVD")', () => {
    const doc = run('Cobalt Tide is the second extended play by Orla Vintner. The EP won Best Folk Record at the 2020 Quorvex Awards. A live concert was released on DVD in 2021.');
    expect(entity(doc, 'EP')).toBeUndefined();
    expect(entity(doc, 'DVD')).toBeUndefined();
  });
  it('reads "Its follow-up, the EP Y" and "A followed it with the studio album Y"', () => {
    const doc = run('Cobalt Tide is a 2019 EP by Orla Vintner. Its follow-up, the EP Salt Ledger, was released in October 2019.');
    expect(factLines(doc)).toContain('Salt Ledger —follows→ Cobalt Tide');
    const doc2 = run('Iron Orchard is a 1962 live album by the pianist Bram Oakheart. Oakheart followed it with the studio album Quill Harbor (1963).');
    expect(factLines(doc2)).toContain('Quill Harbor —follows→ Iron Orchard');
  });
  it('reads "A second season, Y," as following the series', () => {
    const doc = run('Tessaly Court is a drama series that aired on Quorvex TV in 2016. A second season, Tessaly Court: Embers, aired in 2018.');
    expect(factLines(doc)).toContain('Tessaly Court: Embers —follows→ Tessaly Court');
  });
});

describe('award names', () => {
  it('does not join a person named before "the" to the award after it ("earned Lind the X Award")', () => {
    const doc = run('Tessaly Court is a drama series starring Ingrid Vintner. The role earned Vintner the Quorvex Television Award for Best Actress in 2018.');
    expect(entity(doc, 'Quorvex Television Award for Best Actress')?.type).toBe('Award');
    expect(doc.output!.entities.some((e) => e.name.startsWith('Vintner the'))).toBe(false);
  });
  it('keeps "the" inside a title that names no person before it', () => {
    const doc = run('The film Voice of the Season was released in 2004.');
    expect(entity(doc, 'Voice of the Season')?.type).toBe('Film');
  });
});
