// Regressions for errors an earlier round noticed and left (the "leftovers" round): each test is a
// class of error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('foreign titles with lower-case words inside', () => {
  it('keeps a sentence-case French title whole after its article', () => {
    const doc = run('French singer Lise Worvel will release her second album, Les Nuits de sable, on 12 March 2021.');
    expect(entity(doc, 'Les Nuits de sable')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Les Nuits de sable —performer→ Lise Worvel');
    expect(entity(doc, 'Les Nuits')).toBeUndefined();
  });
  it('keeps a Spanish title that opens the sentence, article included', () => {
    const doc = run('El puerto de niebla, the new film from Spanish director Lucía Quorven, opens in June. The film stars Mateo Varro.');
    expect(entity(doc, 'El puerto de niebla')?.type).toBe('Film');
    expect(factLines(doc)).toContain('El puerto de niebla —cast_member→ Mateo Varro');
  });
  it('joins capitalised words across a French or German particle', () => {
    const drama = run('Retour à Quorvignac, a French drama series starring Élodie Varne, will premiere in September.');
    expect(factLines(drama)).toContain('Retour à Quorvignac —cast_member→ Élodie Varne');
    const film = run('The director returns with Die Stadt ohne Quorv, a thriller starring Jonas Brell.');
    expect(factLines(film)).toContain('Die Stadt ohne Quorv —cast_member→ Jonas Brell');
  });
  it('stops at an English word: no title runs into "member" or a verb', () => {
    const doc = run('The song features former La Quorvia de Mar member, Ana Velk, on vocals.');
    expect(entity(doc, 'La Quorvia de Mar member')).toBeUndefined();
    const other = run('The band Le Quorv performed songs from the record.');
    expect(entity(other, 'Le Quorv performed songs')).toBeUndefined();
  });
  it('types a company named by a foreign head word as an organization', () => {
    const doc = run('Singer Lise Worvel will release her album, Glass Quorv, on 12 March 2021 through Disques Armand. Canal Lucie will air the show. The band signed to Quorvia Dischi.');
    expect(entity(doc, 'Disques Armand')?.type).toBe('Organization');
    expect(entity(doc, 'Canal Lucie')?.type).toBe('Organization');
    expect(entity(doc, 'Quorvia Dischi')?.type).toBe('Organization');
  });
});

describe('numbered sequels in news text', () => {
  it('types the base title like its numbered sequel and links them', () => {
    const doc = run('The fantasy film Quorv of Ashes 2 will open in July. The first Quorv of Ashes was released in 2020.');
    expect(entity(doc, 'Quorv of Ashes')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Quorv of Ashes 2 —follows→ Quorv of Ashes');
  });
  it('does not let "a hit" make an earlier film of the series a song', () => {
    const doc = run('Director Sam Velk has started filming Iron Quorv 3, the third film in the series. Iron Quorv 2 was a box-office hit in 2021.');
    expect(entity(doc, 'Iron Quorv 2')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Iron Quorv 3 —follows→ Iron Quorv 2');
  });
  it('types an untyped "X Part II" and "X" as the screen works of a film article', () => {
    const doc = run('Night Quorv Part II is set to premiere in November. The film stars Lena Vost, and the director also made Night Quorv.');
    expect(entity(doc, 'Night Quorv Part II')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Night Quorv Part II —follows→ Night Quorv');
  });
  it('leaves a person and a work apart when cue nouns typed both', () => {
    const doc = run('Singer Mara Quorv has released the album Mara Quorv 2, her second.');
    expect(entity(doc, 'Mara Quorv')?.type).toBe('Person');
    expect(entity(doc, 'Mara Quorv 2')?.type).toBe('Album');
  });
});

describe('chart-report phrasings', () => {
  it('reads "entered at number seven on C with Y" (a rank in words)', () => {
    const doc = run('Singer Mara Quorv entered at number seven on the Lyra Hot 100 with "Glass Quorv", her new single.');
    expect(factLines(doc)).toContain('Glass Quorv —charted_in→ Lyra Hot 100');
  });
  it('reads "debuted atop C with Y"', () => {
    const doc = run('The boy group Velvet Quorv debuted atop the Lyra Album Chart with their second album, Neon Quorv.');
    expect(factLines(doc)).toContain('Neon Quorv —charted_in→ Lyra Album Chart');
  });
  it('keeps reading "landed her third number one on C with Y" and "Y holds at No. 1 on C"', () => {
    const doc = run('Tamsa Quorv landed her third number one on the Corvid Singles Chart with "Paper Quorv" this week. "Salt Quorv" by the band Quorvine holds at No. 1 on the Brightfold Top 40 for a third week.');
    expect(factLines(doc)).toContain('Paper Quorv —charted_in→ Corvid Singles Chart');
    expect(factLines(doc)).toContain('Salt Quorv —charted_in→ Brightfold Top 40');
  });
});

describe('titles cut short', () => {
  it('keeps a possessive inside a title set off by commas after a cue noun', () => {
    const doc = run("The western drama Dust Quorv ended in 2021. A spin-off series, Drover's Quorv, will follow in 2023, starring Nell Garrow.");
    expect(entity(doc, "Drover's Quorv")?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain("Drover's Quorv —cast_member→ Nell Garrow");
  });
  it('does not join a person owning a work set off by commas', () => {
    const doc = run('The band released a new album, Quorvine Velk\'s Glass Harbor, and fans cheered.');
    expect(entity(doc, "Mara Velk's Glass Harbor")).toBeUndefined();
  });
  it('types "X: Subtitle" like the work X the article named', () => {
    const doc = run('Composer Ilse Quorv released the soundtrack album The Glass Quorv in 2019. A second volume, The Glass Quorv: The Score, followed in 2020. Night Quorv, the film, had a companion book, Night Quorv: The Movie.');
    expect(entity(doc, 'The Glass Quorv: The Score')?.type).toBe('Album');
  });
});

describe('the first of a numbered family', () => {
  it('gives "the first season" and "the series" to the unnumbered title, not to its sequel named last', () => {
    const doc = run('The fantasy drama Harrow Gate will return for a second season. Harrow Gate 2 will premiere on Quorvia in 2030. The series is adapted from the novel The Tin Crown. The first season, which premiered in May 2028, starred Mara Velk.');
    expect(factLines(doc)).toContain('Harrow Gate —based_on→ The Tin Crown');
    expect(factLines(doc)).not.toContain('Harrow Gate 2 —based_on→ The Tin Crown');
    expect(factLines(doc)).toContain('Harrow Gate —publication_date→ May 2028');
  });
});
