// Regressions for the fifth round of made-up news (gen-news5): each test is a
// class of error that round found, written from small sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('band members named by "member" or "leader"', () => {
  it('makes "member A" and a sentence-opening "Leader B" members of the article band', () => {
    const doc = run('The girl group Quorvine will return in May. The new single was co-written by member Tamsa. Leader Velka sang the bridge. Quorvine debuted in 2020.');
    const lines = factLines(doc);
    expect(lines).toContain('Tamsa —member_of→ Quorvine');
    expect(lines).toContain('Velka —member_of→ Quorvine');
    expect(entity(doc, 'Velka')?.type).toBe('Person');
  });
  it('leaves a cast member, another body\'s leader and "its leader" alone', () => {
    const doc = run('The band Quorvine played a new song. Quorvine thanked cast member Tamsa Orlen. The song is about the Dravel Front leader Velka Moor and its leader Jonas Brill. Quorvine will tour.');
    const lines = factLines(doc);
    expect(lines).not.toContain('Tamsa Orlen —member_of→ Quorvine');
    expect(lines).not.toContain('Velka Moor —member_of→ Quorvine');
    expect(lines).not.toContain('Jonas Brill —member_of→ Quorvine');
  });
});

describe('stage-name prefixes', () => {
  it('keeps "DJ A" a person where a plural verb would make a band', () => {
    const doc = run('Singer Mara Velk and Dutch DJ Orrin have teamed up for "Blue Tide", a track out this Friday.');
    expect(entity(doc, 'DJ Orrin')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Blue Tide —performer→ DJ Orrin');
  });
});

describe('an act\'s agency or label named by a possessive', () => {
  it('reads "their agency X said" and "thanked their label, X"', () => {
    const doc = run('The boy group Quorvine will release a new album in May, their agency Brightfold Music said on Tuesday. Singer Mara Velk thanked her label, Tidewell Records, on stage.');
    const lines = factLines(doc);
    expect(lines).toContain('Quorvine —record_label→ Brightfold Music');
    expect(lines).toContain('Mara Velk —record_label→ Tidewell Records');
  });
  it('reads "X, the quintet\'s label in Japan"', () => {
    const doc = run('The single "Paper Sun" is out through Corvid Music Japan, the quintet Quorvine\'s label in the country.');
    expect(factLines(doc)).toContain('Quorvine —record_label→ Corvid Music Japan');
  });
});

describe('awards-night reports', () => {
  const night = 'The band Quorvine were the big winners at the 9th Lyre Music Awards on Saturday, taking home three trophies including album of the year for Glass Coast. '
    + 'Their single "Paper Moon" won song of the year. Singer Mara Velk took best new artist. The rookie award went to the trio Northfold. Best Ballad went to "Low Water" by Tamsa Orlen.';
  it('credits the big winners and the winners of categories in plain words to the one ceremony named', () => {
    const lines = factLines(run(night));
    expect(lines).toContain('Quorvine —award_received→ 9th Lyre Music Awards');
    expect(lines).toContain('Glass Coast —award_received→ 9th Lyre Music Awards');
    expect(lines).toContain('Paper Moon —award_received→ 9th Lyre Music Awards');
    expect(lines).toContain('Mara Velk —award_received→ 9th Lyre Music Awards');
    expect(lines).toContain('Northfold —award_received→ 9th Lyre Music Awards');
  });
  it('types the work after "album of the year for" as an album', () => {
    expect(entity(run(night), 'Glass Coast')?.type).toBe('Album');
  });
  it('leaves a named category as the award, without the ceremony', () => {
    const lines = factLines(run(night));
    expect(lines).toContain('Low Water —award_received→ Best Ballad');
    expect(lines).not.toContain('Low Water —award_received→ 9th Lyre Music Awards');
  });
  it('credits no ceremony when the article names two', () => {
    const lines = factLines(run('The Lyre Music Awards and the Harbor Film Awards were held this week. The band Quorvine won song of the year.'));
    expect(lines.filter((l) => l.startsWith('Quorvine —award_received'))).toEqual([]);
  });
  it('does not read "won an award" as a category', () => {
    const lines = factLines(run('The band Quorvine played at the Lyre Music Awards. Singer Mara Velk won an award in Paris.'));
    expect(lines).not.toContain('Mara Velk —award_received→ Lyre Music Awards');
  });
});

describe('comeback dates and sentence-opening titles', () => {
  it('dates the record a group "will return later this month with"', () => {
    const doc = run('date 2030-03-02\nThe boy group Quorvine will return later this month with their third mini album, Glass Coast.');
    expect(factLines(doc)).toContain('Glass Coast —publication_date→ this month');
  });
  it('drops a sentence-opening "Newcomer" from the name after it', () => {
    const doc = run('The drama Glass Coast will return next year. Newcomer Tamsa Orlen joins the cast as the villain.');
    expect(entity(doc, 'Tamsa Orlen')?.type).toBe('Person');
    expect(entity(doc, 'Newcomer Tamsa Orlen')).toBeUndefined();
  });
});

describe('precision: remakes and songwriting credits', () => {
  it('takes the film in context, not the novel named last, as what "the remake, titled Y" remakes', () => {
    const lines = factLines(run('Harbor Pictures will remake the 2019 thriller film Glass Coast. The original film was adapted from a novel, Paper Moon, by Tamsa Orlen. The remake, titled Coastline, is written by Jonas Brill.'));
    expect(lines).toContain('Coastline —based_on→ Glass Coast');
    expect(lines).not.toContain('Coastline —based_on→ Paper Moon');
  });
  it('reads "written by A herself and composed by B" as A\'s words and B\'s music', () => {
    const lines = factLines(run('Singer Mara Velk will release a single. The single, titled Paper Sun, was written by Mara Velk herself and composed by Jonas Brill.'));
    expect(lines).toContain('Paper Sun —lyricist→ Mara Velk');
    expect(lines).not.toContain('Paper Sun —composer→ Mara Velk');
  });
});

describe('cast lists in news prose', () => {
  it('reads the rest of the cast after "stars A as ..., with B and C"', () => {
    const lines = factLines(run('The 12-part series Glass Coast stars Mara Velk as a pilot who returns to her home town, with Jonas Brill and Tamsa Orlen.'));
    expect(lines).toContain('Glass Coast —cast_member→ Mara Velk');
    expect(lines).toContain('Glass Coast —cast_member→ Jonas Brill');
    expect(lines).toContain('Glass Coast —cast_member→ Tamsa Orlen');
  });
  it('reads "her acting debut next year in the Harbor TV drama X, opposite B"', () => {
    const lines = factLines(run('date 2030-01-05\nSinger Mara Velk will make her acting debut next year in the Harbor TV drama Glass Coast, opposite Jonas Brill.'));
    expect(lines).toContain('Glass Coast —cast_member→ Mara Velk');
    expect(lines).toContain('Glass Coast —cast_member→ Jonas Brill');
  });
});

describe('credits in relative clauses', () => {
  it('reads "X, which frontman A wrote with guitarist B" as lyrics by both', () => {
    const lines = factLines(run('The band Northfold released the single "Rust Road", which frontman Jonas Brill wrote with guitarist Tamsa Orlen.'));
    expect(lines).toContain('Rust Road —lyricist→ Jonas Brill');
    expect(lines).toContain('Rust Road —lyricist→ Tamsa Orlen');
  });
  it('reads "A, who also produced their 2024 record X"', () => {
    const lines = factLines(run('The band Northfold recorded the album Half Light with Mara Velk. The album was produced by Mara Velk, who also produced their 2024 record Tin Harbor.'));
    expect(lines).toContain('Tin Harbor —producer→ Mara Velk');
  });
});
