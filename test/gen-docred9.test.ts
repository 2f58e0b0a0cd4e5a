// Regressions from the docred9 round: made-up encyclopedia articles scored the Re-DocRED way.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('names written out in full after a shorter reading', () => {
  it('takes a title back whole when its opening word was read as an ordinary word', () => {
    const doc = run('Kettles for the Weary is the third album by the band Quorvant. Kettles for the Weary debuted at number four on the Harbor Albums Chart.');
    expect(entity(doc, 'Weary')).toBeUndefined();
    expect(factLines(doc)).not.toContain('Weary —part_of→ Kettles for the Weary');
  });
  it('joins a Spanish title over "al"', () => {
    const doc = run('Her debut album, Barcos al Norte (2010), was a hit for the singer Mara Lind.');
    expect(entity(doc, 'Barcos al Norte')?.type).toBe('Album');
    expect(entity(doc, 'Norte')).toBeUndefined();
  });
});

describe('list members', () => {
  it('gives a parenthesised year to the last listed title only', () => {
    const doc = run('Tom Alder scored all of his films, including Glass Harbor, Paper Moon (2009) and Silver Coast (2012).');
    const lines = factLines(doc);
    expect(lines).toContain('Paper Moon —publication_date→ 2009');
    expect(lines).not.toContain('Glass Harbor —publication_date→ 2009');
  });
  it('gives "the latter a duet with" to the last listed song only', () => {
    const doc = run('Mara Lind is a singer. Her debut album produced the hit singles "Glass Coast" and "Paper Moon", the latter a duet with the rapper Tom Alder.');
    const lines = factLines(doc);
    expect(lines).toContain('Paper Moon —performer→ Tom Alder');
    expect(lines).not.toContain('Glass Coast —performer→ Tom Alder');
  });
});

describe('band members', () => {
  it('reads no membership from a band\'s tribute to a person', () => {
    const doc = run("The band Quorvant toured the coast. Fans loved Quorvant's tribute to Tom Alder in 2011.");
    expect(factLines(doc)).not.toContain('Tom Alder —member_of→ Quorvant');
  });
  it('gives a band role to the other band named just before the person', () => {
    const doc = run('Quorvant are a pop duo formed by singer Mara Lind and guitarist Tom Alder. Quorvant released two albums. In 2015 Alder left to form the band Glass Wolves with drummer Ben Hale.');
    const lines = factLines(doc);
    expect(lines).toContain('Mara Lind —member_of→ Quorvant');
    expect(lines).not.toContain('Ben Hale —member_of→ Quorvant');
  });
});
