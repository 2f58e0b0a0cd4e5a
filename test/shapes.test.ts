// Sentence shapes of entertainment news that earlier made-up rounds left unread:
// collaborations and guests, group members named by a given name alone,
// theme-song credits and release-date wording. Made-up sentences only.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('collaborations and guests', () => {
  it('reads a present-tense headline pair ("A and B team up for X")', () => {
    const doc = run('The rock band Quillfeather and the singer Bram Tolliver team up for "Glass Lanterns", a slow song.');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Quillfeather —collaborated_with→ Bram Tolliver',
      'Glass Lanterns —performer→ Quillfeather',
      'Glass Lanterns —performer→ Bram Tolliver',
    ]));
  });
  it('reads "A joins forces with B on X"', () => {
    const doc = run('Singer Odile Franck joins forces with the rapper Teo Marsh on "Paper Satellites".');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Odile Franck —collaborated_with→ Teo Marsh',
      'Paper Satellites —performer→ Teo Marsh',
    ]));
  });
  it('gives "the pair\'s collaboration" and "their collaboration" to the two acts last named together', () => {
    const doc = run('The pianist Elsa Varn and the cellist Tomas Ferrel announced a tour. The pair\'s collaboration "Quiet Harbour" topped the Valen Jazz Chart.');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Elsa Varn —collaborated_with→ Tomas Ferrel',
      'Quiet Harbour —performer→ Elsa Varn',
      'Quiet Harbour —performer→ Tomas Ferrel',
    ]));
    const their = run('The band Quillfeather and the singer Bram Tolliver met in May. Their collaboration was recorded in one night.');
    expect(factLines(their)).toContain('Quillfeather —collaborated_with→ Bram Tolliver');
  });
  it('takes no pair for "their collaboration" when no two acts were named together', () => {
    const doc = run('The band Quillfeather toured in May. Their collaboration was recorded in one night.');
    expect(factLines(doc).filter((l) => l.includes('collaborated_with'))).toEqual([]);
  });
  it('reads "A, the British indie band, collaborated with B on X"', () => {
    const doc = run('Quillfeather, the British indie band, collaborated with the Nigerian singer Tobi Adeyemi on "River Song".');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Quillfeather —collaborated_with→ Tobi Adeyemi',
      'River Song —performer→ Tobi Adeyemi',
      'River Song —performer→ Quillfeather',
    ]));
  });
  it('splits a guest credit off a quoted title ("X (feat. B)") and credits the guest', () => {
    const doc = run('Rapper Tavi Brooksley has released "Northern Lights (feat. Hollow Pinewood)", his new single.');
    expect(entity(doc, 'Northern Lights')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Northern Lights —performer→ Hollow Pinewood');
  });
  it('credits a guest singer ("features singer B on backing vocals", "appears on the single X")', () => {
    const doc = run('The band Saltmere shared "Tin Crown". The song features singer Ada Whitmore on backing vocals.');
    expect(factLines(doc)).toContain('Tin Crown —performer→ Ada Whitmore');
    const appears = run('Tobi Adeyemi also appears on the band Saltmere\'s earlier single "Weathervane".');
    expect(factLines(appears)).toContain('Weathervane —performer→ Tobi Adeyemi');
  });
  it('gives a guest on one track that track, not the whole album', () => {
    const doc = run('The album Low Country features guest vocals by singer Ada Whitmore on "Night Ferry".');
    expect(factLines(doc)).toContain('Night Ferry —performer→ Ada Whitmore');
    expect(factLines(doc)).not.toContain('Low Country —performer→ Ada Whitmore');
  });
  it('keeps an article\'s sole performer when a guest sings on one track', () => {
    const doc = run('Low Country is the second album by the band Saltmere. It features guest vocals by singer Ada Whitmore on "Night Ferry". Its lead single was "Tin Crown".');
    expect(factLines(doc)).toContain('Tin Crown —performer→ Saltmere');
  });
  it('credits both the act and the singer it enlisted or recruited', () => {
    const doc = run('The electronic trio Pale Statics enlisted the Swedish singer Linnea Holmqvist for their new single "Afterglow".');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Afterglow —performer→ Pale Statics', 'Afterglow —performer→ Linnea Holmqvist']));
    const recruited = run('Singer Noor Hadley recruited rapper Kwame Ashworth for "Slow Fire", a new single.');
    expect(factLines(recruited)).toEqual(expect.arrayContaining(['Slow Fire —performer→ Noor Hadley', 'Slow Fire —performer→ Kwame Ashworth']));
  });
  it('does not make a producer enlisted for a record its performer', () => {
    const doc = run('Singer Noor Hadley enlisted producer Kwame Ashworth for "Slow Fire".');
    expect(factLines(doc)).not.toContain('Slow Fire —performer→ Kwame Ashworth');
  });
});

describe('group members named by a given name alone', () => {
  it('keeps the names of a member list people, though a verb elsewhere reads like a band\'s', () => {
    const doc = run('The girl group Moonvale has five members: Haeri, Sojin, Daeun, Yuri and Arae. Haeri released a solo single, "Glass Heart", on Friday.');
    for (const name of ['Haeri', 'Sojin', 'Daeun', 'Yuri', 'Arae']) expect(entity(doc, name)?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Heart —performer→ Haeri');
  });
  it('reads "whose members are A, B, C and D", a place\'s name among them', () => {
    const doc = run('The boy band Ninecourt, whose members are Taeho, Paris, Kaizo and Rino, will return in June.');
    for (const name of ['Taeho', 'Paris', 'Kaizo', 'Rino']) expect(entity(doc, name)?.type).toBe('Person');
  });
  it('types a one-word act that releases "her" or a "solo" record a person', () => {
    const doc = run('Haeri has released her first solo single. The song was written about her mother.');
    expect(entity(doc, 'Haeri')?.type).toBe('Person');
  });
  it('cuts "Member" and "Leader" opening a sentence off the name', () => {
    const doc = run('The band Northgale announced a tour. Leader Hyunjo said the band would release an album. Member Dain wrote the songs.');
    expect(entity(doc, 'Hyunjo')?.type).toBe('Person');
    expect(entity(doc, 'Dain')?.type).toBe('Person');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Hyunjo —member_of→ Northgale', 'Dain —member_of→ Northgale']));
  });
  it('does not make a cast member a member of the article\'s band', () => {
    const doc = run('The band Northgale recorded the theme of the drama Glass Harbor. The band met the drama\'s cast member Abel Tramore at the show. The band Northgale toured.');
    expect(factLines(doc)).not.toContain('Abel Tramore —member_of→ Northgale');
  });
  it('cuts a format in capitals off a title ("the EP Blue Hour")', () => {
    const doc = run('The band Ninecourt will return on June 24 with the EP Blue Hour.');
    expect(entity(doc, 'Blue Hour')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Blue Hour —performer→ Ninecourt');
  });
});

describe('theme songs and soundtracks in news wording', () => {
  it('reads "X, a single by A, was used as the ending theme of the anime series Y"', () => {
    const doc = run('"Paper Kites", a 2024 single by the duo Tidemark, was used as the ending theme of the anime series Sky Courier.');
    expect(factLines(doc)).toContain('Paper Kites —soundtrack_of→ Sky Courier');
  });
  it('reads "X is part of the OST for the drama Y"', () => {
    const doc = run('Singer Jae Minho\'s ballad "Snow Letters" is part of the OST for the drama Cold Harbour.');
    expect(factLines(doc)).toContain('Snow Letters —soundtrack_of→ Cold Harbour');
  });
  it('reads the performer of a title song set after the film ("..., performed by the band B")', () => {
    const doc = run('"Run Wild" is the title song of the animated film Fox Hollow, performed by the band Brightwell.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Run Wild —soundtrack_of→ Fox Hollow', 'Run Wild —performer→ Brightwell']));
  });
  it('reads a work set in apposition to "the new single by A"', () => {
    const doc = run('The new single by Maya Brandvik, "Ghost Town Radio", features on the soundtrack of the film Dust Devils.');
    expect(factLines(doc)).toContain('Ghost Town Radio —performer→ Maya Brandvik');
  });
});

describe('release dates in news wording', () => {
  it('reads "drops", "hits stores", "due in" and "slated for a March release"', () => {
    expect(factLines(run('The band Marrowgate\'s fourth album, Slow Weather, hits stores on May 3.', '2026-04-20'))).toContain('Slow Weather —publication_date→ May 3');
    expect(factLines(run('The song will appear on their debut album, Bright Yearling, due in July.', '2026-05-29'))).toContain('Bright Yearling —publication_date→ July');
    expect(factLines(run('The thriller Night Harbourne is slated for a March release, its director Kai Ortemo said.', '2026-01-08'))).toEqual(expect.arrayContaining(['Night Harbourne —publication_date→ March', 'Night Harbourne —director→ Kai Ortemo']));
  });
  it('reads "came out in the spring of 2025"', () => {
    const doc = run('The band Northwynd\'s previous album, Long Shadows, came out in the spring of 2025.', '2026-12-01');
    expect(doc.output!.facts.some((f) => f.predicate === 'publication_date')).toBe(true);
  });
  it('does not read "reissued in 1999" as the release date', () => {
    const doc = run('The Hurtling is the debut album of the band Quorvant, released in 1983. The album was remastered and reissued in 1999.');
    expect(factLines(doc)).not.toContain('The Hurtling —publication_date→ 1999');
  });
  it('places "The lead single, X" on the album named just before', () => {
    const doc = run('Singer Theo Marrin will release his debut EP, Low Lights, on June 5. The lead single, "Cinderfall", premieres this Thursday.', '2026-05-26');
    expect(factLines(doc)).toContain('Cinderfall —part_of→ Low Lights');
  });
  it('reads a label after "out now on"', () => {
    const doc = run('Pop trio Glasswing\'s single "Sunday Bestie" is out now on Beacon Music.', '2026-05-29');
    expect(factLines(doc)).toContain('Sunday Bestie —record_label→ Beacon Music');
  });
});
