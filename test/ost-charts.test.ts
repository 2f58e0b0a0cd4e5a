// Regression tests for OST parts, chart names, double A-sides and late remakes,
// each from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('OST parts', () => {
  it('reads "Part 2 of the X soundtrack" as the song\'s drama, and makes no song of "Part 2"', () => {
    const doc = run('Singer Quorra Venn has recorded "Glass Tide", which is Part 2 of the Harbor Nine soundtrack. Harbor Nine is a drama airing on QBC.');
    expect(factLines(doc)).toContain('Glass Tide —soundtrack_of→ Harbor Nine');
    expect(factLines(doc)).toContain('Glass Tide —performer→ Quorra Venn');
    expect(entity(doc, 'Part 2')).toBeUndefined();
  });
  it('keeps "X OST Part. 3" in one sentence and names the drama, not a release', () => {
    const doc = run('Harbor Nine OST Part. 3, "Glass Tide" by the band Velmora, was released on May 2. Harbor Nine is a drama on QBC.', '2027-04-20');
    expect(doc.sentences).toHaveLength(2);
    expect(factLines(doc)).toContain('Glass Tide —soundtrack_of→ Harbor Nine');
    expect(entity(doc, 'Harbor Nine OST Part. 3')).toBeUndefined();
    expect(entity(doc, 'Harbor Nine')?.type).toBe('TVSeries');
  });
  it('reads the quoted title of an OST part as the drama', () => {
    const doc = run("Velmora voice 'Harbor Nine OST Part. 4'. The drama Harbor Nine airs on QBC.");
    expect(doc.output!.entities.filter((e) => e.type === 'Song')).toHaveLength(0);
  });
  it('does not cut an award named "Best OST"', () => {
    const doc = run('Best OST went to "Glass Tide", sung by Quorra Venn for the drama Harbor Nine.');
    expect(entity(doc, 'Best OST')?.type).toBe('Award');
  });
  it('reads "the fourth part of the drama\'s OST and will be released on"', () => {
    const doc = run('Singer Quorra Venn joins the QBC drama Harbor Nine. Her song "Glass Tide" is the fourth part of the drama\'s OST and will be released on May 22.', '2027-05-20');
    expect(factLines(doc)).toContain('Glass Tide —soundtrack_of→ Harbor Nine');
    expect(factLines(doc)).toContain('Glass Tide —publication_date→ May 22');
  });
  it('dates a song "released as part three" of a soundtrack', () => {
    const doc = run('Singer Quorra Venn sang "Glass Tide" for the drama Harbor Nine\'s original soundtrack, released as part three on October 8.', '2027-10-09');
    expect(factLines(doc)).toContain('Glass Tide —publication_date→ October 8');
  });
  it('reads "Part 1 of the soundtrack, X by A, came out on D" from the drama in context', () => {
    const doc = run('Harbor Nine is a romance drama airing on QBC. Part 1 of the soundtrack, "Glass Tide" by the band Velmora, came out on March 4.', '2027-03-14');
    expect(factLines(doc)).toContain('Glass Tide —soundtrack_of→ Harbor Nine');
    expect(factLines(doc)).toContain('Glass Tide —publication_date→ March 4');
    expect(factLines(doc)).toContain('Glass Tide —performer→ Velmora');
  });
});

describe('double A-sides', () => {
  it('splits the double A-side single "A / B" into two songs of the act', () => {
    const doc = run('The rock band Velmora will release the double A-side single "Glass Tide / Iron Bloom" on April 12 through Quorv Records.', '2027-03-03');
    const lines = factLines(doc);
    for (const song of ['Glass Tide', 'Iron Bloom']) {
      expect(lines).toContain(`${song} —performer→ Velmora`);
      expect(lines).toContain(`${song} —publication_date→ April 12`);
    }
    expect(entity(doc, 'Glass Tide / Iron Bloom')).toBeUndefined();
  });
  it('reads \'"A" b/w "B"\' as two songs issued together, with their date and label', () => {
    const doc = run('The band Velmora will issue "Glass Tide" b/w "Iron Bloom" as a limited 7-inch single on June 6 via Quorv Records.', '2027-05-08');
    const lines = factLines(doc);
    for (const song of ['Glass Tide', 'Iron Bloom']) {
      expect(lines).toContain(`${song} —performer→ Velmora`);
      expect(lines).toContain(`${song} —publication_date→ June 6`);
      expect(lines).toContain(`${song} —record_label→ Quorv Records`);
    }
  });
  it('dates no single someone "could release"', () => {
    const doc = run('Before Quorra Venn could release "Glass Tide" as a single in March 1978, another singer covered it.');
    expect(factLines(doc).filter((l) => l.includes('publication_date'))).toEqual([]);
  });
  it('reads a song "used in the film Y" as its soundtrack, but not one "later used" in a series', () => {
    expect(factLines(run('The band Velmora released "Glass Tide" in May. "Glass Tide" was also used in the film Night Ferry.'))).toContain('Glass Tide —soundtrack_of→ Night Ferry');
    expect(factLines(run('The band Velmora released "Glass Tide" in May. "Glass Tide" was later used in the television series Night Ferry.')).filter((l) => l.includes('soundtrack_of'))).toEqual([]);
  });
  it('keeps a slash inside a title that is not a double A-side', () => {
    const doc = run('The band Velmora released the single "Glass Tide / Iron Bloom" in May.');
    expect(entity(doc, 'Glass Tide / Iron Bloom')?.type).toBe('Song');
  });
});

describe('chart names', () => {
  it('types "the X Weekly Albums ranking" as a chart and reads "ranked No. 3 on"', () => {
    const doc = run("Velmora's album Glass Tide ranked No. 3 on the Quorv Weekly Albums ranking, the band's best position to date.");
    expect(entity(doc, 'Quorv Weekly Albums')?.type).toBe('Chart');
    expect(factLines(doc)).toContain('Glass Tide —charted_in→ Quorv Weekly Albums');
  });
  it('reads "topped the X chart for the first time with S"', () => {
    const doc = run('The boy group Velmora topped the Quorv Song Sales chart for the first time with "Glass Tide", their lead single.');
    expect(factLines(doc)).toContain('Glass Tide —charted_in→ Quorv Song Sales');
  });
  it('reads "No. 1 on the X Albums Chart with her second album, Y"', () => {
    const doc = run('The singer Quorra Venn has returned to No. 1 on the Quorv Albums Chart with her second album, Glass Tide, six weeks after its release.');
    expect(factLines(doc)).toContain('Glass Tide —charted_in→ Quorv Albums Chart');
  });
});

describe('remakes named late', () => {
  it('credits the director after "a remake of the 2009 French film Y," to Y, not to the remake', () => {
    const lines = factLines(run('The film Night Ferry stars Quorra Venn. Night Ferry is a remake of the 2009 French film Le Passeur Gris, directed by Claire Vantreuil.'));
    expect(lines).toContain('Night Ferry —based_on→ Le Passeur Gris');
    expect(lines).not.toContain('Night Ferry —director→ Claire Vantreuil');
  });
});
