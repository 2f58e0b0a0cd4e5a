// Classes of extraction error found by the eighth round of made-up encyclopedia
// articles (Wikipedia-style leads on songs, albums, films, a band and an
// actress), each pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('a band described by two joined genres', () => {
  it('types the name as a band when a genre the lexicon lacks is joined by "and"', () => {
    const doc = run('Quill Harbor were a Welsh post-rock and chamber pop band formed in Cardiff in 2001. The band\'s line-up consisted of Idris Quell and Orla Vintner.');
    expect(entity(doc, 'Quill Harbor')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Idris Quell —member_of→ Quill Harbor');
  });
  it('knows dream pop as a genre of its own', () => {
    const doc = run('Salt Ledger is a Scottish dream pop band from Dundee.');
    expect(entity(doc, 'Salt Ledger')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Salt Ledger —genre→ dream pop');
  });
});

describe('a second chart position', () => {
  it('reads "and at number two on the B" with the number in words', () => {
    const doc = run('"Tin Lantern" is a song by Orla Vintner. It debuted at number six on the Quorv Digital Chart and at number two on the Harrow Pop Songs chart.');
    expect(factLines(doc)).toContain('Tin Lantern —charted_in→ Quorv Digital Chart');
    expect(factLines(doc)).toContain('Tin Lantern —charted_in→ Harrow Pop Songs');
  });
  it('reads a stay on the first chart before the second verb', () => {
    const doc = run('"Tin Lantern" is a song by Orla Vintner. The song topped the Harrow Airplay Index for nine consecutive weeks and peaked at number 14 on the Quorv Hot 100.');
    expect(factLines(doc)).toContain('Tin Lantern —charted_in→ Harrow Airplay Index');
    expect(factLines(doc)).toContain('Tin Lantern —charted_in→ Quorv Hot 100');
  });
});

describe('a fronted production credit', () => {
  it('reads "Produced by A, it was recorded ..." for the album', () => {
    const doc = run('Cobalt Tide is the second album by the Welsh band Quill Harbor. Produced by Bram Oakheart, it was recorded in Cardiff in 2003.');
    expect(factLines(doc)).toContain('Cobalt Tide —producer→ Bram Oakheart');
  });
  it('reads a company fronted before "the film"', () => {
    const doc = run('Salt Ledger is a 1994 Welsh drama film directed by Idris Quell. Produced by Harrowgate Pictures, the film premiered in Cardiff in May 1994.');
    expect(factLines(doc)).toContain('Salt Ledger —producer→ Harrowgate Pictures');
  });
});

describe('one label in the article', () => {
  it('does not give the label of the original to the album of an act that covered the song', () => {
    const doc = run('"Tin Lantern" is a song by the Welsh singer Orla Vintner from her second album, Cobalt Tide (1999). It was released on 3 May 1999 by Harrowgate Records as the album\'s lead single. '
      + 'In 2011, the Irish band Salt Ledger recorded a cover of the song for their album Brackwater.');
    expect(factLines(doc)).toContain('Tin Lantern —record_label→ Harrowgate Records');
    expect(factLines(doc)).not.toContain('Brackwater —record_label→ Harrowgate Records');
  });
});

describe('a series that aired on a channel with its short name in brackets', () => {
  it('reads the channel and the first date past "created by A that aired on the C (CN) from"', () => {
    const doc = run('Saltmarsh Road is a British crime drama television series created by Idris Quell that aired on the Harrowgate Television Network (HTN) from March 3, 2009, to June 1, 2012.');
    expect(factLines(doc)).toContain('Saltmarsh Road —original_broadcaster→ Harrowgate Television Network');
    expect(factLines(doc)).toContain('Saltmarsh Road —publication_date→ March 3, 2009');
  });
});

describe('a remake named after the country it was made in', () => {
  it('types "remade in Norway as X" as a film', () => {
    const doc = run('Cobalt Tide is a 2011 Welsh drama film directed by Idris Quell. In 2016, the film was remade in Norway as Glass Ledger, starring Orla Vintner.');
    expect(entity(doc, 'Glass Ledger')?.type).toBe('Film');
  });
});

describe('the music video of the song in context', () => {
  it('credits the director of "the accompanying music video" to the song', () => {
    const doc = run('"Tin Lantern" is a song by the Welsh singer Orla Vintner. The accompanying music video, directed by Bram Oakheart, premiered in June 2004.');
    expect(factLines(doc)).toContain('Tin Lantern —director→ Bram Oakheart');
  });
  it('does not give a film the director of a music video', () => {
    const doc = run('Cobalt Tide is a 2011 Welsh drama film directed by Idris Quell. The music video was directed by Bram Oakheart.');
    expect(factLines(doc)).not.toContain('Cobalt Tide —director→ Bram Oakheart');
  });
});

describe('two family names joined by "and"', () => {
  it('reads "starring Quell and Vintner" as two people named before', () => {
    const doc = run('Cobalt Tide is a 2011 Welsh drama film starring Hugh Quell and Nora Vintner. A sequel, Salt Ledger, again starring Quell and Vintner, was released in 2014.');
    expect(factLines(doc)).toContain('Salt Ledger —cast_member→ Hugh Quell');
    expect(factLines(doc)).toContain('Salt Ledger —cast_member→ Nora Vintner');
    expect(entity(doc, 'Quell and Vintner')).toBeUndefined();
  });
});

describe('singles listed by an album', () => {
  // Encyclopedia text lists an album's singles in release order, and the Re-DocRED gold reads that order
  // ("included the singles A, B and C": B follows A); the fact stays at confidence 0.5, for users to filter.
  it('reads the list order of "included the singles A and B" at low confidence', () => {
    const doc = run('Cobalt Tide is the second album by the Welsh band Quill Harbor. It included the singles "Tin Lantern" and "Salt Ledger".');
    expect(factLines(doc)).toContain('Salt Ledger —follows→ Tin Lantern');
    const fact = doc.facts.find((f) => f.predicate === 'follows');
    expect(fact?.confidence).toBeLessThanOrEqual(0.5);
  });
  it('reads the order of "spawned three singles: A, B and C"', () => {
    const doc = run('Cobalt Tide is the second album by the Welsh band Quill Harbor. The album spawned three singles: "Tin Lantern", "Salt Ledger" and "Brackwater".');
    expect(factLines(doc)).toContain('Salt Ledger —follows→ Tin Lantern');
  });
  it('reads no order from singles that preceded the album', () => {
    const doc = run('Cobalt Tide is the second album by the Welsh band Quill Harbor. It was preceded by the singles "Tin Lantern" and "Salt Ledger".');
    expect(factLines(doc)).not.toContain('Salt Ledger —follows→ Tin Lantern');
  });
});
