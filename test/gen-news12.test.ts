// Regression tests for the twelfth round of made-up news (award recaps as bulleted lists,
// songwriters in zero relatives, obituary lists). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { readingText } from '../pipeline/reading-text.ts';
import { factLines, run } from './helpers.ts';

describe('bulleted lists', () => {
  it('keeps each bulleted line a line of its own in text of even line widths', () => {
    const text = 'The winners of the night are listed below.\n- Best Folk Band: the trio Northwind, whose EP came out in May.\n- Best Fresh Voice: the singer Mara Lind, who debuted in June.\n- Best Theme: "Paper Moon" by Tom Alder, from the drama Glass Harbor.';
    expect(readingText(text)).toBe(text);
  });
  it('reads a bulleted award line with an aside after the winner', () => {
    const lines = factLines(run('The Lyre Music Awards were held on Sunday.\n\nOther winners:\n- Best Folk Band: the Oslo trio Northwind, whose EP Night Train came out in May.\n- Best Fresh Voice: girl group Starflake, who debuted in March with "Hello".\n- Best Theme: "Paper Moon" by Mara Lind, from the drama Glass Harbor.'));
    expect(lines).toContain('Northwind —award_received→ Best Folk Band');
    expect(lines).toContain('Starflake —award_received→ Best Fresh Voice');
    expect(lines).toContain('Paper Moon —award_received→ Best Theme');
  });
});

describe('awards named around the winner', () => {
  it('gives the work after "went to A for X" the prize too', () => {
    const lines = factLines(run('The Golden Lyre Award went to the singer Mara Lind for "Paper Moon".'));
    expect(lines).toContain('Mara Lind —award_received→ Golden Lyre Award');
    expect(lines).toContain('Paper Moon —award_received→ Golden Lyre Award');
  });
  it('reads "the album\'s title track, X, also won B"', () => {
    const lines = factLines(run('Northwind released the album Night Train. The album\'s title track, "Paper Moon", also won the Golden Lyre Award.'));
    expect(lines).toContain('Paper Moon —award_received→ Golden Lyre Award');
  });
  it('gives the act the prizes after ", taking", but not one taken "for" a work', () => {
    const lines = factLines(run('The band Northwind swept the top prizes at the Lyre Music Awards on Sunday, taking Best Folk Band.'));
    expect(lines).toContain('Northwind —award_received→ Best Folk Band');
    const forWork = factLines(run('The band Northwind swept the top prizes at the Lyre Music Awards on Sunday, taking Tune of the Year for "Paper Moon".'));
    expect(forWork).not.toContain('Northwind —award_received→ Tune of the Year');
    expect(forWork).toContain('Paper Moon —award_received→ Tune of the Year');
  });
  it('never gives a work a category for acts', () => {
    const lines = factLines(run('The band Northwind won Best Folk Band and Album of the Year for Night Train, their second album.'));
    expect(lines).not.toContain('Night Train —award_received→ Best Folk Band');
  });
});

describe('songwriters in a zero relative', () => {
  it('reads "X, the ballad she wrote with her producer B"', () => {
    const lines = factLines(run('Tune of the Year went to Mara Lind for "Paper Moon", the ballad she wrote with her producer Tom Alder.'));
    expect(lines).toContain('Paper Moon —lyricist→ Mara Lind');
    expect(lines).toContain('Paper Moon —lyricist→ Tom Alder');
    expect(lines).toContain('Paper Moon —composer→ Tom Alder');
  });
  it('reads "X, a song she wrote with A, composer B, for singer C": B wrote it, C sings it', () => {
    const lines = factLines(run('Vera Holm was a songwriter. Her big break came in 1975 with "Paper Moon", a song she wrote with her brother, composer Tom Holm, for singer Mara Lind.'));
    expect(lines).toContain('Paper Moon —lyricist→ Vera Holm');
    expect(lines).toContain('Paper Moon —lyricist→ Tom Holm');
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
    expect(lines).not.toContain('Paper Moon —lyricist→ Mara Lind');
    expect(lines).not.toContain('Paper Moon —performer→ Vera Holm');
  });
  it('reads the album a song was written for', () => {
    const lines = factLines(run('Her final credit was "Paper Moon", a song she co-wrote with Tom Alder for singer Mara Lind\'s 2024 album Night Train.'));
    expect(lines).toContain('Paper Moon —part_of→ Night Train');
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('obituary lists of songs', () => {
  it('reads a theme named in an apposition and its singer after the film', () => {
    const lines = factLines(run('Among his songs: "Paper Moon", the theme of the 1990 film Night Train, sung by Mara Lind.'));
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('reads "X (1994), a hit for the Irish singer A"', () => {
    const lines = factLines(run('His songs include "Paper Moon" (1994), a hit for the Irish singer Mara Lind.'));
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('"it" after an award or a chart', () => {
  it('takes "it" for the song, not the prize named before it', () => {
    const lines = factLines(run('Ballad of the Year went to the singer Mara Lind for "Paper Moon". It spent five weeks atop the Orbit Digital Chart.'));
    expect(lines).toContain('Paper Moon —charted_in→ Orbit Digital Chart');
  });
  it('takes "it" for the song, not the chart named before it', () => {
    const lines = factLines(run('"Paper Moon" spent three weeks at No. 1 on the Orbit Digital Chart. Mara Lind wrote it with Tom Alder.'));
    expect(lines).toContain('Paper Moon —lyricist→ Tom Alder');
  });
});
