// Regressions for the ninth round of made-up news (gen-news9). Each test is a class of error that
// round found, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('a title with a possessive inside it', () => {
  it('is one name where a quoted headline title recurs unquoted', () => {
    const doc = run("Who sings for 'The Miller's Daughter'?\n\nThe Miller's Daughter, which airs Fridays on Kestrel TV, stars Ona Varg.");
    expect(doc.entities.filter((e) => e.name === "The Miller's Daughter").map((e) => e.type)).toEqual(['TVSeries']);
    expect(factLines(doc)).toContain("The Miller's Daughter —cast_member→ Ona Varg");
  });
  it('stays whole before the word after it ("X OST" names the work X, as gold does)', () => {
    const doc = run("Who sings for 'The Miller's Daughter'?\n\nThe songs are collected on The Miller's Daughter OST.");
    expect(doc.entities.map((e) => e.name)).toEqual(["The Miller's Daughter"]);
    expect(doc.entities[0].mentionIds).toHaveLength(2);
  });
  it('leaves an unquoted possessive owner and its work apart', () => {
    const doc = run("Velmora's 'Glass Ferry' tops the chart\n\nVelmora's Glass Ferry spent a third week at No. 1.");
    expect(doc.entities.some((e) => e.name === "Velmora's Glass Ferry")).toBe(false);
  });
});

describe('"X, which airs ..." types a series', () => {
  it('types a title a relative clause says airs', () => {
    const doc = run('Tin Harbour, which airs Mondays and Tuesdays on Kestrel TV, has a new theme.');
    expect(entity(doc, 'Tin Harbour')?.type).toBe('TVSeries');
  });
});

describe('a description far from any name of its type', () => {
  it('means the work the headline and lead named, not one named once in passing', () => {
    const doc = run([
      "The songs of 'Tin Harbour'",
      'Tin Harbour, which airs on Kestrel TV, is known for its music.',
      'The opening theme',
      '"Low Tide" is sung by Pell Arden.',
      'The love theme',
      'Singer Mira Sol, known for a ballad from the 2025 drama Winter Pier, returns with "Coast".',
      'Another voice',
      'A third song plays in the finale.',
      'The cast',
      'The 12-episode series stars Ona Varg.',
    ].join('\n\n'));
    expect(factLines(doc)).toContain('Tin Harbour —cast_member→ Ona Varg');
    expect(factLines(doc)).not.toContain('Winter Pier —cast_member→ Ona Varg');
  });
});

describe('a debut with a record', () => {
  it('reads an act in apposition that "will debut on DATE with" an EP', () => {
    const doc = run('date 2030-01-10 Kestrel Six, a seven-member group, will debut on March 3 with the mini album Open Sky.');
    expect(factLines(doc)).toContain('Open Sky —performer→ Kestrel Six');
    expect(factLines(doc)).toContain('Open Sky —publication_date→ March 3');
  });
  it('reads a sub-unit that will "debut in Japan with the single X on DATE"', () => {
    const doc = run('date 2030-01-10 Two members will form the sub-unit Kestrel Moon, and debut in Japan with the single "Hoshikuzu" on April 9.');
    expect(factLines(doc)).toContain('Hoshikuzu —performer→ Kestrel Moon');
    expect(factLines(doc)).toContain('Hoshikuzu —publication_date→ April 9');
  });
});

describe('a band named before a member role, without a possessive', () => {
  it('credits the member, not the band, in "co-wrote the lyrics with Northwind vocalist A"', () => {
    const doc = run('The single "Lantern Road" is out today. Tom Alder co-wrote the lyrics with Kestrelwing vocalist Mara Lind.');
    expect(factLines(doc)).toContain('Lantern Road —lyricist→ Mara Lind');
    expect(factLines(doc)).not.toContain('Lantern Road —lyricist→ Kestrelwing');
  });
});

describe('a joint release of two described acts', () => {
  it('gives both performers and the collaboration', () => {
    const doc = run('The Korean boy group Kestrel Six and Japanese rock band Lanternfish have released a joint single, "Sea Glass".');
    expect(factLines(doc)).toContain('Sea Glass —performer→ Kestrel Six');
    expect(factLines(doc)).toContain('Sea Glass —performer→ Lanternfish');
    expect(factLines(doc).some((l) => /Kestrel Six —collaborated_with→ Lanternfish|Lanternfish —collaborated_with→ Kestrel Six/.test(l))).toBe(true);
  });
});

describe('a writing credit after an aside', () => {
  it('reads "the band\'s guitarist, A, composed the music"', () => {
    const doc = run('The band Lanternfish released "Sea Glass" on Friday. The singer wrote the words, while the band\'s guitarist, Tom Alder, composed the music.');
    expect(factLines(doc)).toContain('Sea Glass —composer→ Tom Alder');
  });
  it('reads "A, whose real name is secret, wrote both the words and the music"', () => {
    const doc = run('The single "Sea Glass" is out today. Mara Lind, whose real name is secret, wrote both the words and the music.');
    expect(factLines(doc)).toContain('Sea Glass —composer→ Mara Lind');
    expect(factLines(doc)).toContain('Sea Glass —lyricist→ Mara Lind');
  });
});

describe('a remake described first and named later in apposition', () => {
  const text = 'Filming has ended on the Japanese remake of Salt Meadow, the 2021 Korean drama film. The remake, retitled Shio no Hara, opens this summer. Kenji Ota directs the new film. The first film was directed by Yoon Dal-ho.';
  it('makes one work of "the remake, retitled X" and the remake described before', () => {
    const doc = run(text);
    expect(doc.entities.filter((e) => e.name === 'Salt Meadow')).toHaveLength(1);
    expect(factLines(doc)).toContain('Shio no Hara —based_on→ Salt Meadow');
    expect(factLines(doc)).toContain('Shio no Hara —director→ Kenji Ota');
  });
  it('reads "the first film" beside a remake as the original', () => {
    const doc = run(text);
    expect(factLines(doc)).toContain('Salt Meadow —director→ Yoon Dal-ho');
    expect(factLines(doc)).not.toContain('Shio no Hara —director→ Yoon Dal-ho');
  });
});
