// Classes of extraction error found by the fifth round of made-up encyclopedia
// articles, each pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('chart positions', () => {
  it('reads a participle of a chart verb ("a success, reaching number 9 on the C")', () => {
    const doc = run('"Quill Harbor" is a single by the band Norrvik. The single was a success, reaching number 9 on the Zentrop Singles Chart and number 23 on the Vellow Hot 100.');
    expect(factLines(doc)).toContain('Quill Harbor —charted_in→ Zentrop Singles Chart');
    expect(factLines(doc)).toContain('Quill Harbor —charted_in→ Vellow Hot 100');
  });
  it('reads a second chart with its own verb ("peaked at four on A and reached two on B")', () => {
    const doc = run('"Quill Harbor" is a single by the band Norrvik. It peaked at number four on the Zentrop Top 40 and reached number two on the Vellow Country Songs chart.');
    expect(factLines(doc)).toContain('Quill Harbor —charted_in→ Vellow Country Songs');
  });
  it('reads the chart of a "which" clause after the singer', () => {
    const doc = run('The drama Tessaly Court aired in 2015. Its soundtrack included "Quill Harbor" sung by Orla Vintner, which topped the Zentrop Digital Chart.');
    expect(factLines(doc)).toContain('Quill Harbor —charted_in→ Zentrop Digital Chart');
  });
});

describe('what follows what', () => {
  it('gives "preceded by A and followed by B" to the album, not to A', () => {
    const doc = run('Cobalt Tide is the third album by the band Norrvik. It was preceded by Salt Ledger (1994) and followed by Iron Orchard (1999).');
    expect(factLines(doc)).toContain('Iron Orchard —follows→ Cobalt Tide');
    expect(factLines(doc)).toContain('Cobalt Tide —follows→ Salt Ledger');
    expect(factLines(doc)).not.toContain('Iron Orchard —follows→ Salt Ledger');
  });
  it('reads a possessive follow-up ("Its follow-up, Y,")', () => {
    const doc = run('"Quill Harbor" is the debut single by the band Norrvik. Its follow-up, "Tessaly", was released in July 1984.');
    expect(factLines(doc)).toContain('Tessaly —follows→ Quill Harbor');
  });
  it('reads "X and its sequel, Y"', () => {
    const doc = run('Orla Vintner signed with Brackwater Pictures, which produced the film Salt Ledger and its sequel, Salt Ledger Returns (2001).');
    expect(factLines(doc)).toContain('Salt Ledger Returns —follows→ Salt Ledger');
    expect(factLines(doc)).toContain('Salt Ledger Returns —producer→ Brackwater Pictures');
    expect(factLines(doc)).toContain('Salt Ledger —producer→ Brackwater Pictures');
  });
  it('reads "the second single, following Y"', () => {
    const doc = run('"Quill Harbor" is a song by Orla Vintner. The song was released in May 2001 as the second single from the album, following "Tessaly".');
    expect(factLines(doc)).toContain('Quill Harbor —follows→ Tessaly');
  });
  it('takes a numbered title as the sequel or next season of the title without the number', () => {
    const doc = run('Cobalt Court is a 2014 drama series starring Orla Vintner. A second season, Cobalt Court 2, premiered in 2016, after the film Cobalt Court II came out.');
    expect(factLines(doc)).toContain('Cobalt Court 2 —follows→ Cobalt Court');
  });
});

describe('credits in asides and second clauses', () => {
  it('does not give the label of an unnamed film to the people credited in its aside', () => {
    const doc = run('A film adaptation, directed by Orla Vintner and starring Bram Oakheart and Idris Quell, was released by Brackwater Pictures in 1962.');
    expect(factLines(doc).filter((f) => f.includes('record_label'))).toEqual([]);
  });
  it('reads a screenplay credit in a "which" clause, and its co-writer', () => {
    const doc = run('Bram Oakheart directed the horror film Salt Ledger (1986), which he co-wrote with Orla Vintner.');
    expect(factLines(doc)).toContain('Salt Ledger —screenwriter→ Bram Oakheart');
    expect(factLines(doc)).toContain('Salt Ledger —screenwriter→ Orla Vintner');
  });
  it('reads "A wrote the first season with B, and episodes were directed by C"', () => {
    const doc = run('Cobalt Court is a drama television series that aired in 2014. Bram Oakheart wrote the first season with Orla Vintner, and episodes were directed by Idris Quell.');
    expect(factLines(doc)).toContain('Cobalt Court —screenwriter→ Bram Oakheart');
    expect(factLines(doc)).toContain('Cobalt Court —screenwriter→ Orla Vintner');
    expect(factLines(doc)).toContain('Cobalt Court —director→ Idris Quell');
  });
  it('reads "produced the documentary Y" as a second credit of the sentence\'s first name', () => {
    const doc = run('Bram Oakheart also directed the drama film Salt Ledger (2005), and produced the 2012 documentary Cobalt Winters, directed by Orla Vintner.');
    expect(factLines(doc)).toContain('Cobalt Winters —producer→ Bram Oakheart');
  });
  it('reads the writers after the singer ("performed by A and written by A and B")', () => {
    const doc = run('The soundtrack album also includes "Quill Harbor", performed by Orla Vintner and written by Vintner and Bram Oakheart.');
    expect(factLines(doc)).toContain('Quill Harbor —lyricist→ Bram Oakheart');
    expect(factLines(doc)).toContain('Quill Harbor —composer→ Bram Oakheart');
  });
  it('reads "left the band in 2010 to join the group Y"', () => {
    const doc = run('Norrvik are a folk band. Keyboardist Bram Oakheart left the band in 2010 to join the rock group Cobalt Tide.');
    expect(factLines(doc)).toContain('Bram Oakheart —member_of→ Cobalt Tide');
  });
});

describe('descriptions after a work named as a credit', () => {
  it('takes "the first season" as the series a description was about, not a spin-off named before', () => {
    const doc = run('Cobalt Court is a comedy series created by Orla Vintner. A spin-off series, Quill Station, premiered in 2021. Vintner developed the series after working on the drama Salt Ledger. The first season was directed by Bram Oakheart.');
    expect(factLines(doc)).toContain('Cobalt Court —director→ Bram Oakheart');
    expect(factLines(doc)).not.toContain('Quill Station —director→ Bram Oakheart');
  });
});

describe('quoted nicknames', () => {
  it('keeps a quoted nickname inside a person\'s name, not as a song title', () => {
    const doc = run('Norrvik were a rock band. The band was founded by guitarist Marcus "Tin-Can" Oakheart and singer Anna Vintner. Oakheart left in 1996.');
    expect(entity(doc, 'Marcus "Tin-Can" Oakheart')?.type).toBe('Person');
    expect(entity(doc, 'Tin-Can')).toBeUndefined();
    expect(factLines(doc)).toContain('Marcus "Tin-Can" Oakheart —member_of→ Norrvik');
  });
  it('still reads a quoted title after a name that is no given name', () => {
    const doc = run('Norrvik released the single "Tessaly" Monday.');
    expect(entity(doc, 'Tessaly')?.type).toBe('Song');
  });
});
