import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('10 read', () => {
  it('takes the date header as the published date and keeps offsets true', () => {
    const doc = run('date 2019-05-04 Northwind released a song.');
    expect(doc.meta.published).toBe('2019-05-04');
    expect(doc.text.slice(doc.header!.end)).toBe('Northwind released a song.');
  });
  it('takes "Date: 2019-05-04" on a line of its own as the same header', () => {
    const doc = run('Date: 2019-05-04\nNorthwind released a song.');
    expect(doc.meta.published).toBe('2019-05-04');
    expect(doc.text.slice(doc.header!.end)).toBe('Northwind released a song.');
  });
  it('takes "Published: 2019-05-04" and "Posted on 2019-05-04" as the same header', () => {
    for (const header of ['Published: 2019-05-04\n', 'Posted on 2019-05-04\n', 'updated 2019-05-04 ']) {
      const doc = run(`${header}Northwind released a song.`);
      expect(doc.meta.published).toBe('2019-05-04');
      expect(doc.text.slice(doc.header!.end)).toBe('Northwind released a song.');
    }
  });
  it('takes a date header written with the month\'s name', () => {
    for (const [header, published] of [['Published: 4 May 2019\n', '2019-05-04'], ['Date: May 4, 2019\n', '2019-05-04'], ['posted on 4th Sept. 2019 ', '2019-09-04']]) {
      const doc = run(`${header}Northwind released a song.`);
      expect(doc.meta.published).toBe(published);
      expect(doc.text.slice(doc.header!.end)).toBe('Northwind released a song.');
    }
  });
  it('takes a dateline under the headline and keeps the headline as text', () => {
    const text = 'Northwind Return With Paper Moon\nPublished: 4 May 2019, 10:32 am\n\nNorthwind released Paper Moon on Friday.';
    const doc = run(text);
    expect(doc.meta.published).toBe('2019-05-04');
    expect(text.slice(doc.header!.start, doc.header!.end)).toBe('Published: 4 May 2019, 10:32 am');
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Northwind Return With Paper Moon', 'Northwind released Paper Moon on Friday.']);
    // The dateline's words never become mentions; "on Friday" resolves against the header's date.
    expect(doc.output!.entities.some((e) => e.mentions.some((m) => m.start >= doc.header!.start && m.end <= doc.header!.end))).toBe(false);
    expect(doc.output!.entities.find((e) => e.type === 'Date')?.value).toBe('2019-05-03');
  });
  it('takes a dateline after a byline under the headline', () => {
    const text = 'Northwind Return\nBy Mara Lind\nUpdated 2019-05-04\nNorthwind released Paper Moon.';
    const doc = run(text);
    expect(doc.meta.published).toBe('2019-05-04');
    expect(text.slice(doc.header!.start, doc.header!.end)).toBe('Updated 2019-05-04');
  });
  it('reads no header from a line that only starts like one', () => {
    for (const text of ['Posted 12 songs 2019 and more.\nNorthwind released a song.', 'Northwind\nUpdated their logo.\nNorthwind released a song.']) {
      const doc = run(text);
      expect(doc.meta.published).toBeNull();
      expect(doc.header).toBeNull();
    }
  });
  it('ignores a header that is not a calendar date', () => {
    const doc = run('date 2019-13-40 Northwind released a song.');
    expect(doc.meta.published).toBeNull();
    expect(doc.warnings[0].ruleId).toBe('read.bad-date-header');
  });
  it('keeps CRLF and a BOM in place so mention offsets index the input', () => {
    const text = '\uFEFFThe band Northwind Echo played.\r\nNorthwind Echo is a rock band.';
    const doc = run(text);
    for (const e of doc.output!.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('20 sentences', () => {
  it('splits sentences and makes a heading line a sentence of its own', () => {
    const doc = run('Mara Lind sang.\n\nHer Songs\n\nShe sang again.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Mara Lind sang.', 'Her Songs', 'She sang again.']);
    expect(doc.sentences[1].heading).toBe(true);
  });
});

describe('30 mentions', () => {
  it('finds a title with "and" and a title with a colon', () => {
    const doc = run('Their hit single Salt and Stone is loved. The drama Glass Harbor: The Return aired.');
    expect(entity(doc, 'Salt and Stone')?.type).toBe('Song');
    expect(entity(doc, 'Glass Harbor: The Return')?.type).toBe('TVSeries');
  });
  it('finds a lower-case band name after a band cue and wherever it recurs', () => {
    const doc = run('The indie band paper lanterns have produced the song. Fans love paper lanterns.');
    const band = entity(doc, 'paper lanterns');
    expect(band?.type).toBe('Band');
    expect(band?.mentions.length).toBe(2);
  });
  it('reads dates against the published date', () => {
    const doc = run('date 2010-04-20 The film opens next month. It was shot in March 2009.');
    expect(doc.output!.entities.filter((e) => e.type === 'Date').map((e) => e.value)).toEqual(['2010-05', '2009-03']);
  });
  it('takes no relative date when the article has no published date to count from', () => {
    const doc = run('Northwind toured last year. The album came out yesterday and the film opens next month, in March 2009.');
    expect(doc.output!.entities.filter((e) => e.type === 'Date').map((e) => e.value)).toEqual(['2009-03']);
  });
  it('reads a demonym as its country', () => {
    const doc = run('The Norwegian movie Night Train opens today.');
    expect(entity(doc, 'Norway')?.aliases).toContain('Norwegian');
  });
});

describe('40 typing', () => {
  it('types a name from the cue noun before it', () => {
    const doc = run('Fans watched the Swedish movie Night Train and the drama Glass Harbor.');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
  it('types a name from a copula description', () => {
    const doc = run('Glass Harbor is a 2018 Swedish crime thriller drama.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
    expect(entity(doc, 'Glass Harbor')?.attributes).toMatchObject({ year: 2018, country: 'Sweden' });
  });
  it('types people from "starring" and family-name-first names', () => {
    const doc = run('The film Night Train stars Park Ji-hoon and Tanaka Haruka.');
    expect(entity(doc, 'Park Ji-hoon')?.type).toBe('Person');
    expect(entity(doc, 'Tanaka Haruka')?.type).toBe('Person');
  });
});

describe('40 typing, regressions', () => {
  it('types the owner of a song as its performer, a person when shaped like one', () => {
    const doc = run("Mara Lind's breakout hit 'Paper Moon' holds at No. 3.");
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('reads a cue noun across an apposition comma, but not a capitalised title as a cue', () => {
    const doc = run("It is the lead single from her sixth studio album, Night Train. Their hits Idol, Glass Harbor and Paper Moon stayed.");
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
    expect(entity(doc, 'Glass Harbor')?.type).not.toBe('Person');
  });
  it('splits two people joined by "and" when one is clearly a person', () => {
    const doc = run('The song is by the stars Mara Lind and Uncle Bramble.');
    expect(doc.output!.entities.map((e) => e.name)).not.toContain('Mara Lind and Uncle Bramble');
  });
});

describe('50 coreference', () => {
  it('keeps same-named works of different years apart', () => {
    const doc = run('Glass Harbor is a 2018 Swedish drama. It is a remake of the 2015 Danish drama Glass Harbor.');
    const works = doc.output!.entities.filter((e) => e.name === 'Glass Harbor');
    expect(works.map((e) => e.attributes?.year).sort()).toEqual([2015, 2018]);
  });
  it('resolves a description and a pronoun to the entity they refer to', () => {
    const doc = run('The Swedish rock band Northwind Echo released Paper Moon. The band said it was their best song.');
    expect(entity(doc, 'Northwind Echo')?.mentions.map((m) => m.text)).toEqual(['Northwind Echo', 'The band', 'their']);
  });
  it('merges case variants of one name', () => {
    const doc = run('The duo paper lanterns have released a song. Paper Lanterns\n\nPaper Lanterns is a duo.');
    expect(doc.output!.entities.filter((e) => e.type === 'Band')).toHaveLength(1);
  });
});

describe('60 relations', () => {
  it('reads performer and soundtrack_of from one sentence', () => {
    const doc = run('Northwind Echo will release the soundtrack Paper Moon for the movie Night Train.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Northwind Echo', 'Paper Moon —soundtrack_of→ Night Train']));
  });
  it('reads a cast list through a pronoun', () => {
    const doc = run('Night Train is a 2020 Swedish film. It stars Mara Lind, Tom Alder and Park Ji-hoon in lead roles.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —cast_member→ Mara Lind', 'Night Train —cast_member→ Tom Alder', 'Night Train —cast_member→ Park Ji-hoon', 'Night Train —publication_date→ 2020', 'Night Train —country_of_origin→ Sweden']));
  });
  it('reads based_on, screenwriter and member_of', () => {
    const doc = run("The film Night Train is a remake of the 2011 Danish movie Glass Harbor. The Danish version is written by Mara Lind. The band Northwind Echo toured. Northwind Echo's Tomas shared his view.");
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —based_on→ Glass Harbor', 'Glass Harbor —screenwriter→ Mara Lind', 'Tomas —member_of→ Northwind Echo']));
  });
  it('emits a symmetric fact once', () => {
    const doc = run('The band Northwind Echo and the duo Glass Harbor have collaborated on a song.');
    expect(factLines(doc).filter((l) => l.includes('collaborated_with'))).toHaveLength(1);
  });
  it('does not read a fact across a preposition into another phrase', () => {
    const doc = run("Mara Lind shared her opinion about the song Paper Moon.");
    expect(factLines(doc).some((l) => l.startsWith('Paper Moon —performer→'))).toBe(false);
  });
  it('names the rule behind every fact', () => {
    const doc = run('Northwind Echo will release the single Paper Moon.');
    for (const f of doc.output!.facts) expect(f.evidence[0].ruleId).toMatch(/^[a-z_]+\.[a-z-_]+/);
  });
});

describe('70 assembly', () => {
  it('numbers entities in text order and facts by subject', () => {
    const doc = run('The band Northwind Echo released the single Paper Moon.');
    expect(doc.output!.entities.map((e) => e.id)).toEqual(doc.output!.entities.map((_, i) => `E${i + 1}`));
    expect(doc.output!.facts.map((f) => f.id)).toEqual(doc.output!.facts.map((_, i) => `F${i + 1}`));
  });
});
