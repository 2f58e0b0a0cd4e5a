// One test per class of extraction error fixed while working on accuracy,
// each written from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('typing from phrasings', () => {
  it('types an unknown name as a person from "directed by"', () => {
    const doc = run('The drama Glass Harbor was directed by Quorra Venn.');
    expect(entity(doc, 'Quorra Venn')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Harbor —director→ Quorra Venn');
  });
  it('types the untyped end only when the wording names it, not from a bare possessive', () => {
    const doc = run("The band Northwind played. Fans loved Northwind's Zorbex.");
    expect(entity(doc, 'Zorbex')).toBeUndefined();
  });
  it('never types a capitalised cue noun as a name', () => {
    const doc = run("Northwind released Songs for the film Night Train.");
    expect(entity(doc, 'Songs')).toBeUndefined();
  });
  it('chooses film or drama for a remake by the cue nouns of the article', () => {
    const doc = run('The drama Glass Harbor is a remake of Silver Coast. Both dramas aired on Channel Nine.');
    expect(entity(doc, 'Silver Coast')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Glass Harbor —based_on→ Silver Coast');
  });
});

describe('people by given name', () => {
  it('knows given names of many languages', () => {
    const doc = run('The film Night Train stars Éloïse Marchetti and Anneliese Brandt.');
    expect(entity(doc, 'Éloïse Marchetti')?.type).toBe('Person');
    expect(entity(doc, 'Anneliese Brandt')?.type).toBe('Person');
  });
  it('knows Japanese family names written first', () => {
    const doc = run('Yamamoto Kenzo sang the theme.');
    expect(entity(doc, 'Yamamoto Kenzo')?.type).toBe('Person');
  });
});

describe('typing from the words after a name', () => {
  it('reads a definite or possessive apposition ("X, their seventh album,")', () => {
    const doc = run('Northwind will release Glass Coast, their seventh studio album, in May.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
  });
  it('does not read "X, the band has" as an apposition', () => {
    const doc = run('We met Quorvant, the band has said, in Oslo.');
    expect(entity(doc, 'Quorvant')).toBeUndefined();
  });
  it('takes the head noun, not a cue that modifies it ("the choir teacher")', () => {
    const doc = run('Zedric Holm is the demanding choir teacher.');
    expect(entity(doc, 'Zedric Holm')?.type).not.toBe('Band');
  });
  it('types a lone name with a plural verb as a group, but not a plain plural noun', () => {
    const doc = run('Quorvant have teamed up with Mara Lind. Critics are divided.');
    expect(entity(doc, 'Quorvant')?.type).toBe('Band');
    expect(entity(doc, 'Critics')).toBeUndefined();
  });
  it('keeps a capitalised "The" inside a sentence as part of the title', () => {
    const doc = run('Northwind will release The Glass Coast, their third album, in May.');
    expect(entity(doc, 'The Glass Coast')?.type).toBe('Album');
  });
});

describe('names that lean on other names', () => {
  it('links a shortened chart name to the full one', () => {
    const doc = run('The single Paper Moon topped the Northwind Top 40. It stayed on the Top 40 for ten weeks.');
    expect(entity(doc, 'Northwind Top 40')?.mentions.map((m) => m.text)).toContain('Top 40');
  });
  it('types the owner of a quoted song as its performer', () => {
    const doc = run('Zorvana B\'s breakout hit "Copper Rain" holds at No. 3.');
    expect(factLines(doc)).toContain('Copper Rain —performer→ Zorvana B');
  });
});

describe('topic and genre words', () => {
  it('types an article\'s untyped opening name by the descriptions that find nothing else', () => {
    const doc = run('QUORVANT will tour Japan. Fans love QUORVANT. The group has five members. The quintet sold out.');
    expect(entity(doc, 'QUORVANT')?.type).toBe('Band');
  });
  it('reads a hyphenated genre that opens a sentence', () => {
    const doc = run('Pop-punk veterans Northwind will release a new album.');
    expect(doc.output!.entities.some((e) => e.type === 'Genre' && e.mentions[0].text === 'Pop-punk')).toBe(true);
  });
});

describe('article-level readings', () => {
  it('gives an artist\'s article its songs whose performer no sentence states, less surely', () => {
    const doc = run('Paper Moon is a song by Mara Lind. Critics liked "Copper Rain" most.');
    const fact = doc.output!.facts.find((f) => f.evidence[0].ruleId === 'article.sole-performer');
    expect(factLines(doc)).toContain('Copper Rain —performer→ Mara Lind');
    expect(fact!.confidence).toBeLessThan(0.6);
  });
  it('does not guess when the article names two performers', () => {
    const doc = run('Paper Moon is a song by Mara Lind. Night Train is a song by Tom Alder. Critics liked "Copper Rain".');
    expect(factLines(doc).filter((l) => l.startsWith('Copper Rain —performer→'))).toEqual([]);
  });
});

describe('name shapes', () => {
  it('reads quoted titles with apostrophes and a full stop inside the closing quote', () => {
    const doc = run('Other songs included "Pale Rider", "I\'ll Be Near" and "Paper Old Paper New."');
    for (const title of ['Pale Rider', "I'll Be Near", 'Paper Old Paper New']) expect(entity(doc, title)?.type).toBe('Song');
  });
  it('reads a name and a chart size as a chart', () => {
    const doc = run('The album peaked at number 31 on the Northwind 200.');
    expect(entity(doc, 'Northwind 200')?.type).toBe('Chart');
  });
  it('reads names with initials as people', () => {
    const doc = run('The film was directed by J. Quorra Venn and Elsa M. Dunmore.');
    expect(entity(doc, 'J. Quorra Venn')?.type).toBe('Person');
    expect(entity(doc, 'Elsa M. Dunmore')?.type).toBe('Person');
  });
});

describe('sentences and name words', () => {
  it('does not end a sentence at a title\'s ellipsis followed by a comma', () => {
    const doc = run('Northwind will release Glass Coast..., their first album in years.');
    expect(doc.sentences).toHaveLength(1);
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
  });
  it('reads family names with an inner capital and lower-case shaped band names', () => {
    const doc = run('The film stars Tom DeVarre. Later, quorv-21 will release a new album.');
    expect(entity(doc, 'Tom DeVarre')?.type).toBe('Person');
    expect(entity(doc, 'quorv-21')?.type).toBe('Band');
  });
  it('types what someone sang on as an album', () => {
    const doc = run('Mara Lind sang on Glass Coast (2016).');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
  });
});

describe('films and series without a cue noun of their own', () => {
  it('types where an actor broke out as a film, but not a city', () => {
    const doc = run('Tom Alder, who broke out in Glass Harbor, co-stars. He later debuted in Seoul.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Film');
    expect(entity(doc, 'Seoul')).toBeUndefined();
  });
  it('types what opens in cinemas as a film and strips a clause opener', () => {
    const doc = run('When Night Train: The End opens in Swedish cinemas, fans will cheer.');
    expect(entity(doc, 'Night Train: The End')?.type).toBe('Film');
  });
  it('types a name after a screen genre by the article\'s cue nouns', () => {
    const doc = run('The drama was a hit. She led the legal thriller Glass Harbor on Channel Nine.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
});

describe('awards', () => {
  it('reads award names with "of the" and splits a person joined to one by "and"', () => {
    const doc = run('Her single was named Voice of the Year and Tom Alder took Verse of the Year.');
    expect(entity(doc, 'Voice of the Year')?.type).toBe('Award');
    expect(entity(doc, 'Verse of the Year')?.type).toBe('Award');
    expect(factLines(doc)).toContain('Tom Alder —award_received→ Verse of the Year');
  });
});

describe('songs and albums by what the sentence says they do', () => {
  it('types a name that moves on a chart as a song', () => {
    const doc = run('Copper Rain slips to No. 2 this week.');
    expect(entity(doc, 'Copper Rain')?.type).toBe('Song');
  });
  it('reads an apposition whose head follows a possessive ("the country singer\'s 2018 album")', () => {
    const doc = run('Golden Glass, the country singer\'s 2018 album, won.');
    expect(entity(doc, 'Golden Glass')?.type).toBe('Album');
  });
});

describe('dates and genres around names', () => {
  it('reads a genre in apposition without a cue noun', () => {
    const doc = run('date 2020-01-10 The drama Glass Harbor, a romantic comedy that premieres on Channel Nine, is new.');
    expect(factLines(doc)).toContain('Glass Harbor —genre→ romantic comedy');
  });
  it('never takes a month without a year for a name', () => {
    const doc = run('Her first new music since January\'s album Night Train is out.');
    expect(doc.output!.entities.some((e) => e.name === 'January')).toBe(false);
  });
  it('reads "released as a single next month" and "came out in May"', () => {
    const doc = run('date 2010-06-20 The ballad Paper Moon will be released as a single next month. The album Glass Coast came out in May.');
    const out = doc.output!;
    const valueOf = (id: string) => out.entities.find((e) => e.id === id)!.value;
    const nameOf = (id: string) => out.entities.find((e) => e.id === id)!.name;
    const dates = out.facts.filter((f) => f.predicate === 'publication_date').map((f) => `${nameOf(f.subject)} ${valueOf(f.object)}`);
    expect(dates).toEqual(expect.arrayContaining(['Paper Moon 2010-07', 'Glass Coast 2010-05']));
  });
});

describe('encyclopedia openings', () => {
  it('reads a title with a comma and a question mark that opens its sentence with a copula', () => {
    const doc = run("Who Stole Noon, Didn't They? is a 1969 Swedish film directed by Mara Lind.");
    expect(factLines(doc)).toContain("Who Stole Noon, Didn't They? —director→ Mara Lind");
  });
  it('keeps a leading "The" of a subject title and reads past a birth-date parenthesis', () => {
    const doc = run('The Long Shadows is an album by the band Northwind. Tom Alder (born 1 May 1980) is a Swedish singer.');
    expect(factLines(doc)).toContain('The Long Shadows —performer→ Northwind');
    expect(entity(doc, 'Tom Alder')?.type).toBe('Person');
  });
});

describe('other names in parentheses', () => {
  it('joins a parenthesised title to the name before it as an alias', () => {
    const doc = run('Glass Harbor (The Silent Coast) is a 2014 Swedish film directed by Mara Lind.');
    const film = entity(doc, 'Glass Harbor');
    expect(film?.type).toBe('Film');
    expect(film?.aliases).toContain('The Silent Coast');
    expect(factLines(doc)).toContain('Glass Harbor —director→ Mara Lind');
  });
});

describe('performers known only by name', () => {
  it('takes stage-name shapes for people and all-capital names for groups', () => {
    const doc = run('DJ Quorv\'s "Copper Rain" holds at No. 5. Zenna Q\'s "Night Train" climbs. NWX\'s "Glass" falls.');
    expect(entity(doc, 'DJ Quorv')?.type).toBe('Person');
    expect(entity(doc, 'Zenna Q')?.type).toBe('Person');
    expect(entity(doc, 'NWX')?.type).toBe('Band');
  });
});

describe('two awards in one run of capitals', () => {
  it('splits "Best X and Best Y" (made-up categories) into two awards, both won', () => {
    const doc = run('Mara Lind won Best Folk Verse and Best Folk Chorus last night.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —award_received→ Best Folk Verse', 'Mara Lind —award_received→ Best Folk Chorus']));
  });
});

describe('an album named before its cue', () => {
  it('types "Mara Lind\'s 1977 Night Train album" as an album', () => {
    const doc = run("The single Paper Moon was included on Mara Lind's 1977 Night Train album.");
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Night Train');
  });
});

describe('screen genres and country-prefixed cues', () => {
  it('types a name right after a screen genre word and reads "the historical K-drama" as a description', () => {
    const doc = run('date 2021-10-27 The channel locked in its new romance The Silver Harbor. The historical K-drama will debut on Friday, November 12.');
    expect(entity(doc, 'The Silver Harbor')?.type).toBe('TVSeries');
    expect(factLines(doc).some((l) => l.startsWith('The Silver Harbor —publication_date→'))).toBe(true);
  });
});

describe('broadcast phrasings name both ends', () => {
  it('types "X, which first aired on Y" as a series and a broadcaster', () => {
    const doc = run('Fans remember QUORV, which first aired on NWTV last year.');
    expect(entity(doc, 'QUORV')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('QUORV —original_broadcaster→ NWTV');
  });
});

describe('values inside a description', () => {
  it('gives the country and genre of "the Swedish rock band" to the band it refers to', () => {
    const doc = run('The band Northwind toured all year. The Swedish rock band has supplied a theme for every film.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Northwind —country_of_origin→ Sweden', 'Northwind —genre→ rock']));
  });
});

describe('a film in apposition with its director\'s possessive', () => {
  it('reads "X, Mara Lind\'s 2009 thriller film starring Y" as a film with director and cast', () => {
    const doc = run("Viewers should not confuse it with Night Train, Mara Lind's 2009 thriller film starring Tom Alder.");
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —director→ Mara Lind', 'Night Train —cast_member→ Tom Alder']));
  });
});

describe('screen works named by apposition', () => {
  it('types "X, its Korean remake of ..." as a series in an article about dramas', () => {
    const doc = run('NWTV has set a date for Glass Harbor, its Korean remake of the Japanese drama of the same name. The drama airs on Fridays.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
  it('does not type a remake after a name in an article about songs', () => {
    const doc = run('Mara Lind covered Paper Moon, a remake of an old song. The single and the album came out.');
    expect(entity(doc, 'Paper Moon')?.type).not.toBe('Film');
    expect(entity(doc, 'Paper Moon')?.type).not.toBe('TVSeries');
  });
  it('reads a screen genre that heads an apposition as the cue ("X, the 2014 French comedy-drama by Y")', () => {
    const doc = run('The film remakes Night Train, the 2014 French comedy-drama by Tom Alder.');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —director→ Tom Alder', 'Night Train —publication_date→ 2014']));
  });
  it('reads a fronted credit ("Written and directed by X, the film ...")', () => {
    const doc = run('Quorra Venn made a film. Written and directed by Quorra Venn, the film Night Train is an English-language remake of Paper Moon.');
    expect(entity(doc, 'Quorra Venn')?.type).toBe('Person');
    expect(entity(doc, 'English-language')).toBeUndefined();
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —director→ Quorra Venn', 'Night Train —screenwriter→ Quorra Venn']));
  });
});

describe('members of the article\'s band by their role', () => {
  it('makes "drummer X" a member of the band the article is about', () => {
    const doc = run('Northwind will release a new album. The band recorded it in Oslo. Singer Mara Lind wrote the lyrics, and drummer Tom Alder produced it.');
    expect(factLines(doc)).toContain('Tom Alder —member_of→ Northwind');
  });
  it('does not when two bands share the article', () => {
    const doc = run('Northwind and Glass Harbor toured together. Northwind opened, and Glass Harbor closed. The drummer Tom Alder played with both.');
    expect(factLines(doc).filter((l) => l.includes('member_of'))).toEqual([]);
  });
});

describe('a band\'s line-up named after the article has typed the band', () => {
  it('reads "X are A, B, C and D" when only the descriptions say X is a group', () => {
    const doc = run('QUORV have a new single. The group recorded it in Oslo. The quintet will tour soon. Signed to Harbor Records in Oslo, QUORV are Zenno, Trave, Mirel and Oskan.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Zenno —member_of→ QUORV', 'Trave —member_of→ QUORV', 'Mirel —member_of→ QUORV', 'Oskan —member_of→ QUORV']));
    expect(entity(doc, 'Oslo')?.type).not.toBe('Band');
  });
});

describe('possessive descriptions and recaps', () => {
  it('reads "X, the country singer\'s 2018 album" as a description of a known singer', () => {
    const doc = run("Mara Lind won twice. Night Train, the country singer's 2018 album, was named Disc of the Season.");
    expect(factLines(doc)).toContain('Night Train —performer→ Mara Lind');
  });
  it('gives no song to the one credited artist when another artist is named more often', () => {
    const doc = run("Mara Lind's album Night Train won. Tom Alder won too. Tom Alder thanked his fans, and Tom Alder sang. The song 'Paper Moon' won later.");
    expect(factLines(doc)).not.toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('the noun phrase before a quoted title', () => {
  it('reads the year and cue of "the 2015 track \\"Paper Moon\\"" across the opening quote', () => {
    const doc = run('The band\'s 2015 track "Paper Moon" went viral in the spring.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ 2015');
  });
});

describe('cast named without a work in the sentence', () => {
  it('reads "A and B round out the main cast" and "C leads the cast" for the work named just before', () => {
    const doc = run('The drama Glass Harbor airs in May. Quorra Venn leads the cast as a teacher. Mara Lind and Tom Alder round out the main cast.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —cast_member→ Quorra Venn', 'Glass Harbor —cast_member→ Mara Lind', 'Glass Harbor —cast_member→ Tom Alder']));
  });
  it('does not read "plays the guitar" as a role', () => {
    const doc = run('The film Night Train opens today. Tom Alder plays the guitar on its theme.');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Tom Alder');
  });
});

describe('award categories with a repeated tail', () => {
  it('keeps "for Open Air Media" in the names when two categories share it, and joins "Duo/Group"', () => {
    const doc = run('Mara Lind won Best Folk Verse for Open Air Media and Best Folk Duo/Group Performance. Tom Alder won Best Score Soundtrack for Open Air Media for Night Train.');
    expect(entity(doc, 'Best Folk Verse for Open Air Media')?.type).toBe('Award');
    expect(entity(doc, 'Best Folk Duo/Group Performance')?.type).toBe('Award');
    expect(factLines(doc)).toContain('Tom Alder —award_received→ Best Score Soundtrack for Open Air Media');
  });
});

describe('a person\'s work in an article about films', () => {
  it('types "Mara Lind\'s Night Train" as a film where the article speaks of films', () => {
    const doc = run("Ten years after Mara Lind's Night Train left audiences reeling, the film has a remake. The film stars Tom Alder.");
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
  it('leaves "the Lyre-winning film" alone: a name joined to a participle is a modifier', () => {
    const doc = run("Tom Alder starred in Mara Lind's Lyre-winning film Night Train. The film was a hit.");
    expect(entity(doc, 'Lyre-winning')).toBeUndefined();
    expect(factLines(doc)).toContain('Night Train —director→ Mara Lind');
  });
});

describe('a sequel and its cast', () => {
  it('reads the sequel, its director returning, the cast reprising roles, and its opening date', () => {
    const doc = run("date 2011-05-02 The ballad 'Paper Moon' plays over the end credits of NIGHT Train Zwei, which opens in cinemas across Sweden this Thursday, May 5. The film is the sequel to 2005's NIGHT Train Eins, which swept the Golden Lyre Awards in 2006, including Best Folk Film. Mara Lind returns as director, and Tom Alder, Zenno and Kim Ha-neul all reprise their roles.");
    expect(entity(doc, 'NIGHT Train Zwei')?.type).toBe('Film');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Paper Moon —soundtrack_of→ NIGHT Train Zwei',
      'NIGHT Train Zwei —follows→ NIGHT Train Eins',
      'NIGHT Train Eins —award_received→ Best Folk Film',
      'NIGHT Train Eins —director→ Mara Lind',
      'NIGHT Train Eins —cast_member→ Zenno',
    ]));
    expect(entity(doc, 'Zenno')?.type).toBe('Person');
  });
});

describe('works named after an award category', () => {
  it('types the work after "Best Folk Album for" as an album performed by the winner', () => {
    const doc = run('Mara Lind won Best Folk Album for Northbound. Tom Alder led the night with three trophies, among them Best Folk Record for Paper Lanterns and Best Folk Song for "Night Train".');
    expect(entity(doc, 'Northbound')?.type).toBe('Album');
    expect(entity(doc, 'Paper Lanterns')?.type).toBe('Album');
    expect(entity(doc, 'Best Folk Song')?.type).toBe('Award');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Northbound —performer→ Mara Lind', 'Paper Lanterns —performer→ Tom Alder']));
  });
});

describe('songs moving on the one chart an article reports', () => {
  it('puts the songs said to climb or hold on the article\'s chart', () => {
    const doc = run('Mara Lind\'s "Paper Moon" topped the Northwind Top 40 this week. Tom Alder\'s "Glass Coast" slips to No. 2. Kim Ha-neul\'s "Night Train" holds in the top 10. Zenno released "Quiet Days" on Friday.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Coast —charted_in→ Northwind Top 40', 'Night Train —charted_in→ Northwind Top 40']));
    expect(factLines(doc)).not.toContain('Quiet Days —charted_in→ Northwind Top 40');
  });
});

describe('company names', () => {
  it('splits two companies joined by "and" and keeps a country after a company suffix', () => {
    const doc = run('The album is out through Quorv Entertainment and Harbor Records. The single goes on sale through Northwind Music Sweden.');
    expect(entity(doc, 'Quorv Entertainment')?.type).toBe('Organization');
    expect(entity(doc, 'Harbor Records')?.type).toBe('Organization');
    expect(entity(doc, 'Northwind Music Sweden')?.type).toBe('Organization');
  });
});

describe('adaptations', () => {
  it('reads "adapted from Y\'s novel X" and "the series that reworked the film X"', () => {
    const doc = run("The drama Glass Harbor is adapted from Mara Lind's popular novel Paper Lanterns. Night Coast, the 2019 series that reworked the 2012 film Night Train, won.");
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —based_on→ Paper Lanterns', 'Night Coast —based_on→ Night Train']));
  });
});

describe('a band named by the role after it', () => {
  it('types "Quorvant frontman Tom Alder" and "the late Quorvant frontman" as a band with its member', () => {
    const doc = run('Later, Quorvant frontman Tom Alder joined another band. Mara Lind, the late Glassworks frontwoman, was honoured.');
    expect(entity(doc, 'Quorvant')?.type).toBe('Band');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Tom Alder —member_of→ Quorvant', 'Mara Lind —member_of→ Glassworks']));
  });
});

describe('debuts and halves of duos', () => {
  it('does not make a group\'s members songs because they "debuted in" a city', () => {
    const doc = run('Mara Lind, Zenno, Trave and Oskan debuted in Oslo in 2006 under Harbor Records.');
    expect(entity(doc, 'Oskan')?.type).not.toBe('Song');
  });
  it('gives "one half of the duo X" to the person right before it, not one a clause earlier', () => {
    const doc = run('Mara Lind plays the veteran, and Quorra Venn, one half of the pop duo Northwind, plays the newcomer.');
    expect(factLines(doc)).toContain('Quorra Venn —member_of→ Northwind');
    expect(factLines(doc)).not.toContain('Mara Lind —member_of→ Northwind');
  });
});

describe('appositions after quoted titles and writers after an award', () => {
  it('reads "\\"Paper Moon\\", a candy-coloured pop song" across the closing quote', () => {
    const doc = run('Northwind teamed up with Mara Lind for "Paper Moon", a candy-coloured pop song that arrived on Friday.');
    expect(factLines(doc)).toContain('Paper Moon —genre→ pop');
  });
  it('reads "A and B took <award> as the writers of X"', () => {
    const doc = run('Mara Lind and Tom Alder took Song of the Season as the writers of "Paper Moon".');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —lyricist→ Mara Lind', 'Paper Moon —lyricist→ Tom Alder']));
  });
});

describe('earlier hits listed after a new one', () => {
  it('credits "her fifth Northwind Top 40 chart-topper, after A and B" to her', () => {
    const doc = run('The singer Mara Lind has a new single, "Night Train". It is her fifth Northwind Top 40 chart-topper, after "Paper Moon" and "Glass Coast".');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Mara Lind', 'Glass Coast —performer→ Mara Lind']));
  });
});

describe('dates and countries named with their small words', () => {
  it('leaves the preposition out of a date ("on 27 May 2001")', () => {
    const doc = run('The single Paper Moon was released on 27 May 2001 by Harbor Records.');
    expect(entity(doc, '27 May 2001')?.type).toBe('Date');
  });
  it('names "the United States" with its article', () => {
    const doc = run('The album Night Train was released in the United States in 1999.');
    expect(entity(doc, 'United States')?.aliases).toContain('the United States');
  });
});

describe('titles dated by a bare year', () => {
  it('types "X (2004)" and "2004\'s X" as works of the kind the article is about', () => {
    const doc = run('Mara Lind is a film director. Her films include Glass Harbor (2004) and 2009\'s Paper Moon.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Film');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Glass Harbor —publication_date→ 2004');
  });
  it('takes an album in an article about music', () => {
    const doc = run('Northwind is a rock band. The band released two albums and many singles, the last album being Night Train (1999).');
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
  });
});

describe('opening titles and asides before the copula', () => {
  it('reads a title that opens with an article of another language ("El Tren ... is an album")', () => {
    const doc = run('El Barco de la Luna is the third studio album by Mara Lind.');
    expect(entity(doc, 'El Barco de la Luna')?.type).toBe('Album');
  });
  it('skips a parenthesis whose bracket the tagger joined to a semicolon', () => {
    const doc = run('Zorbex (; formed 2 May 1980 in Oslo, split 9 June 2011) was a Swedish rock band.');
    expect(entity(doc, 'Zorbex')?.type).toBe('Band');
  });
});

describe('a quoted title with its full stop inside', () => {
  it('does not end the sentence before a lower-case word (\'"Paper Moon." is a song\')', () => {
    const doc = run('"Paper Moon." is a song recorded by Mara Lind for her third album, Night Train (2001).');
    expect(doc.sentences).toHaveLength(1);
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Night Train');
  });
});

describe('release formats are no labels', () => {
  it('does not type "DVD" in "released on DVD" as a label', () => {
    const doc = run('The single Paper Moon was released on DVD in 2004.');
    expect(entity(doc, 'DVD')).toBeUndefined();
  });
  it('reads a second label after "and by"', () => {
    const doc = run('Night Train is the third album by Northwind, released on 3 May 1996 by Harbor Records in Norway and by Glass Records elsewhere.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —record_label→ Harbor Records', 'Night Train —record_label→ Glass Records']));
  });
});

describe('quotes around a title do not hide its cue or copula', () => {
  it('reads the year of \'"Paper Moon" is a 1968 song\' and of \'her 2002 single "Glass"\'', () => {
    const doc = run('"Paper Moon" is a 1968 song by Mara Lind. Her 2002 single "Glass" did well.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —publication_date→ 1968', 'Glass —publication_date→ 2002']));
  });
});

describe('names after "episode of" and after a plural cue', () => {
  it('types what has episodes as a series', () => {
    const doc = run('"Paper Moon" is the tenth episode of Glass Harbor.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
  it('cuts "the albums X and Y" into two names', () => {
    const doc = run('Mara Lind worked with Tom Alder on her two albums Glass and Paper Moon.');
    expect(entity(doc, 'Glass')?.type).toBe('Album');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Album');
  });
});

describe('people no name list knows', () => {
  it('types two name-shaped words that are no ordinary words as a person when nothing else types them, but not "Black Harbor" or "The Quorvex"', () => {
    const doc = run('The album was inspired by Quorvo Taleki and by Black Harbor. Fans of The Quorvex came too.');
    expect(entity(doc, 'Quorvo Taleki')?.type).toBe('Person');
    expect(entity(doc, 'Black Harbor')?.type).not.toBe('Person');
    expect(entity(doc, 'The Quorvex')?.type).not.toBe('Person');
  });
});

describe('a shaped name after "and" in one run of capitals', () => {
  it('splits "Blue Harbor and Glass Records" and "the X Chart and the Y Hot 100"', () => {
    const doc = run('It reached number seven on both the Northwind Singles Chart and the Quorv Hot 100. It came out on Blue Harbor and Glass Records.');
    expect(entity(doc, 'Northwind Singles Chart')?.type).toBe('Chart');
    expect(entity(doc, 'Quorv Hot 100')?.type).toBe('Chart');
    expect(entity(doc, 'Glass Records')?.type).toBe('Organization');
    expect(entity(doc, 'Blue Harbor')?.type).toBe('Organization');
  });
});

describe('titles with and without their article', () => {
  it('gives "The Long Shadows" the alias "Long Shadows"', () => {
    const doc = run('Mara Lind directed the 2012 film The Long Shadows.');
    expect(entity(doc, 'The Long Shadows')?.aliases).toContain('Long Shadows');
  });
});

describe('a description of the thing just named, after "as"', () => {
  it('reads "It was released as the fourth single from the album on <date>" for the song', () => {
    const doc = run('"Paper Moon" is a song by Mara Lind from her album Night Train. It was released as the fourth single from the album on 27 May 2001.');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ 27 May 2001');
  });
});

describe('members named with their role words', () => {
  it('reads "the group consists of vocalist A, guitarist B and drummer C"', () => {
    const doc = run('Northwind is a rock band. Formed in 1991, the group consists of vocalist Mara Lind, guitarist Tom Alder and drummer Kim Ha-neul.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —member_of→ Northwind', 'Kim Ha-neul —member_of→ Northwind']));
  });
});

describe('episodes', () => {
  it('types an episode like its series, so its director and air date are read', () => {
    const doc = run('"Paper Moon" is the tenth episode of the drama Glass Harbor. The episode was directed by Mara Lind.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Paper Moon —director→ Mara Lind');
  });
});

describe('a possessive inside a title after its cue noun', () => {
  it('keeps "the medical drama Grey\'s Harbor" whole, but not a person after the possessive', () => {
    const doc = run("It is the finale of the medical drama Grey's Harbor. The drama Glass's Mara Lind spoke.");
    expect(entity(doc, "Grey's Harbor")?.type).toBe('TVSeries');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});

describe('organisations by shape and by "network"', () => {
  it('types schools, academies and associations, and "the X network"', () => {
    const doc = run('Mara Lind studied at the Northwind Conservatory. The show aired on the Quorv network.');
    expect(entity(doc, 'Northwind Conservatory')?.type).toBe('Organization');
    expect(entity(doc, 'Quorv')?.type).toBe('Organization');
  });
});

describe('prepositions inside titles', () => {
  it('keeps "the film The Hunt for Silver Harbor" and "Like Someone in Glass (2012)" whole, but not "the film Night Train in Paris"', () => {
    const doc = run('It was preceded by the 1990 film The Hunt for Silver Harbor and Like Someone in Glass (2012). Mara Lind showed the film Night Train in Paris.');
    expect(entity(doc, 'The Hunt for Silver Harbor')?.type).toBe('Film');
    expect(entity(doc, 'Like Someone in Glass')?.type).toBe('Film');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
});

describe('contest entries named with their country', () => {
  it('reads "following Malta\'s X with "Y"" and "by X singing "Y"" as performers, and knows smaller countries', () => {
    const doc = run('Northwind performed fifth, following Malta\'s Quorv with "Paper Moon" and preceding Cyprus\' Mara Lind with "Glass Coast". It was succeeded at the 1989 contest by Tom Alder singing "Night Train".');
    expect(entity(doc, 'Malta')?.type).toBe('Country');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Quorv', 'Glass Coast —performer→ Mara Lind', 'Night Train —performer→ Tom Alder']));
  });
});

describe('cast named in a later sentence', () => {
  it('reads "The film stars A and B" as the verb, not as "film stars", and "The cast included A"', () => {
    const doc = run('Night Train is a 1970 drama film. The film stars Mara Lind and Tom Alder. The cast included Sian Vale.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —cast_member→ Mara Lind', 'Night Train —cast_member→ Tom Alder', 'Night Train —cast_member→ Sian Vale']));
  });
});

describe('a year that opens the sentence', () => {
  it('dates the one work the sentence names, not a work among several, nor a year later in the sentence', () => {
    const doc = run('In 2007, Mara Lind appeared in the horror film Night Train. Two sequels followed in 2014: Glass Coast and Paper Moon.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ 2007');
    expect(factLines(doc)).not.toContain('Glass Coast —publication_date→ 2014');
  });
});

describe('tracks of the album an article opens on', () => {
  it('puts the songs the article names on its album, not a quoted word nor a song of another artist', () => {
    const doc = run('Night Train is the third album by the band Northwind. The album\'s title is taken from the lyrics of "Paper Moon". Tom Alder sang on "Glass Coast". Critics said "goodbye" to the sound. The band also covered the song "Silver Harbor" by Mara Lind.');
    const lines = factLines(doc);
    expect(lines).toEqual(expect.arrayContaining(['Paper Moon —part_of→ Night Train', 'Glass Coast —part_of→ Night Train']));
    expect(lines.filter((l) => l.startsWith('goodbye') || l.startsWith('Silver Harbor —part_of'))).toEqual([]);
  });
});

describe('a participle clause that opens the sentence', () => {
  it('resolves the pronoun after "Released ... by A in X and B in Y," to the work, and gives both labels', () => {
    const doc = run("Night Train is the sixth album by Northwind. Released in March 1969 by Harbor Records in Norway and Glass Records in Spain, it was the band's fourth album.");
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —record_label→ Harbor Records', 'Night Train —record_label→ Glass Records']));
  });
});

describe('chains over the tracks of an album article', () => {
  it('gives a guessed track the album\'s label, but not its release date', () => {
    const doc = run('Night Train is the third album by the band Northwind, released in 2011 by Harbor Records. The album\'s title is taken from the lyrics of "Paper Moon".');
    const lines = factLines(doc);
    expect(lines).toContain('Paper Moon —record_label→ Harbor Records');
    expect(lines).not.toContain('Paper Moon —publication_date→ 2011');
  });
});

describe('screen works named after "films including" and "role in"', () => {
  it('types the list as films and gives the actor, but reads no release order into "including"', () => {
    const doc = run('Tom Alder is an actor. He has had roles in films including Night Train, The Glass Harbor, and Silver Coast.');
    const lines = factLines(doc);
    expect(entity(doc, 'Silver Coast')?.type).toBe('Film');
    expect(lines).toEqual(expect.arrayContaining(['Night Train —cast_member→ Tom Alder', 'Silver Coast —cast_member→ Tom Alder']));
    expect(lines.filter((l) => l.includes('—follows→'))).toEqual([]);
  });
});

describe('genre words joined by "and" in a copula description', () => {
  it('types "X were an experimental post-punk and post-rock band" as a band, but not across two demonyms', () => {
    const doc = run('Glass Haut (Latin for the glass) were an experimental post-punk and post-rock band.');
    expect(entity(doc, 'Glass Haut')?.type).toBe('Band');
  });
});

describe('more cue nouns and an opening title with a possessive', () => {
  it('types "a studio project", "a film biography", "a compact disc", and keeps "Quorv\'s Blues" whole when it opens the article', () => {
    const doc = run("Quorv's Blues is a compact disc credited to the jazz musician Tom Alder. Glass Harbor was an American studio project. Night Train is a 1952 film biography of a composer.");
    expect(entity(doc, "Quorv's Blues")?.type).toBe('Album');
    expect(factLines(doc)).toContain("Quorv's Blues —performer→ Tom Alder");
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Band');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
  it('leaves a person\'s possessive apart', () => {
    const doc = run("Mara Lind's Night Train is an album.");
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});

describe('roles in the article of an actor', () => {
  it('casts the actor the article opens on in a work named in a sentence about their acting, not in one they produced', () => {
    const doc = run('Mara Lind is an American actress. She had a recurring part on the drama Glass Harbor as a nurse, and guest starred on several shows. In 2017 she produced the film Night Train.');
    const lines = factLines(doc);
    expect(lines).toContain('Glass Harbor —cast_member→ Mara Lind');
    expect(lines).not.toContain('Night Train —cast_member→ Mara Lind');
  });
});

describe('cue nouns before a comma or a parenthesis', () => {
  it('types "its final album of original material, X", "the two albums (A and B)" and "his first LP, X"', () => {
    const doc = run('The band released its final album of original material, Glass Harbor, in 1999. Both of the corresponding albums (Night Train and Paper Moon) were credited to Northwind. His first LP, Silver Coast, reached number 1.');
    for (const name of ['Glass Harbor', 'Night Train', 'Paper Moon', 'Silver Coast']) expect(entity(doc, name)?.type).toBe('Album');
    expect(entity(doc, 'LP')).toBeUndefined();
  });
});

describe('quoted titles with spaces inside their quotes', () => {
  it('reads text rejoined from tokens (\'"Night Train "," Paper Moon ", and" Glass Coast "\') as three titles, and no ", and" title', () => {
    const doc = run('Three singles—"Night Train "," Paper Moon ", and" Glass Coast "— were released.');
    for (const name of ['Night Train', 'Paper Moon', 'Glass Coast']) expect(entity(doc, name)?.type).toBe('Song');
    expect(doc.entities.some((e) => e.name.includes(','))).toBe(false);
  });
});

describe('people no name list knows', () => {
  it('types two name-shaped words that are no ordinary words as a person when nothing else types them, but not "Black Harbor" or "The Quorvex"', () => {
    const doc = run('The album was inspired by Quorvo Taleki and by Black Harbor. Fans of The Quorvex came too.');
    expect(entity(doc, 'Quorvo Taleki')?.type).toBe('Person');
    expect(entity(doc, 'Black Harbor')?.type).not.toBe('Person');
    expect(entity(doc, 'The Quorvex')?.type).not.toBe('Person');
  });
});

describe('names after "titled" or "called"', () => {
  it('types "the album titled X" and "a documentary of its first year, called X" by their cue, and no person after "titled"', () => {
    const doc = run('A version of the album titled Glass Coast was released in May. A documentary of this first year, called Night Train, was directed by Tom Alder.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
});

describe('a featured artist in parentheses', () => {
  it('reads "X" (featuring A) and "Y" (sometimes featuring B) as performers', () => {
    const doc = run('Her singles include "Paper Moon" (featuring Quorv) and "Glass" (sometimes featuring Tom Alder).');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Quorv', 'Glass —performer→ Tom Alder']));
  });
});

describe('credits of a director and a fronted pair of credits', () => {
  it('reads "her directorial debut was in 2010 with X" and "Written by A and directed by B, the episode ..."', () => {
    const doc = run('Mara Lind is a film director. Her directorial debut was in 2010 with Night Train. The episode Paper Moon was a finale. Written by Tom Alder and directed by Sian Vale, the episode aired in May.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —director→ Mara Lind', 'Paper Moon —director→ Sian Vale', 'Paper Moon —screenwriter→ Tom Alder']));
  });
});

describe('films in the article of a director', () => {
  it('credits the director the article opens on with a film named in a sentence about directing, not one another person directed', () => {
    const doc = run('Tom Alder is an American film director. He won acclaim for directing Night Train (1990) and Glass Coast (1997). His first script for another director was Paper Moon (2015), directed by Sian Vale.');
    const lines = factLines(doc);
    expect(lines).toEqual(expect.arrayContaining(['Night Train —director→ Tom Alder', 'Glass Coast —director→ Tom Alder']));
    expect(lines).not.toContain('Paper Moon —director→ Tom Alder');
  });
});

describe('works in the article of a musician', () => {
  it('credits the band the article opens on with a single named in a sentence about releasing it, unless another artist performs it', () => {
    const doc = run('Northwind is an American rock band. In 1995 the group contributed the single "Paper Moon" to a soundtrack. The band toured with Mara Lind, whose single "Glass Coast" was released in May.');
    const lines = factLines(doc);
    expect(lines).toContain('Paper Moon —performer→ Northwind');
    expect(lines).not.toContain('Glass Coast —performer→ Northwind');
  });
});

describe('article-level guesses credit titles only', () => {
  it('gives the sole performer no quoted word, format or name of its own', () => {
    const doc = run('Paper Moon is a song by Northwind. Fans said "thanks" when the DVD came out. The singer of Northwind sang "Glass Coast" too.');
    const lines = factLines(doc);
    expect(lines.filter((l) => l.startsWith('thanks') || l.startsWith('DVD'))).toEqual([]);
  });
});

describe('quoted words in lower case', () => {
  it('does not take a quoted lower-case word for a song when nothing else types it', () => {
    const doc = run('Critics said the band wanted to "burn" the stage. Their new single is "Paper Moon".');
    expect(entity(doc, 'burn')).toBeUndefined();
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
  });
});

describe('a quoted title shaped like a person\'s name', () => {
  it('takes "Mara Lind" in quotes with nothing else to type it for a song', () => {
    const doc = run('"Mara Lind" was the Swedish entry in the contest, performed in Swedish by Quorv.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Song');
  });
});

describe('a band introduced by its home town and its members by sentence-opening roles', () => {
  it('reads "the Harbor four-piece" as the band and "Guitarist Quorv," as a person', () => {
    const doc = run('Northwind released Night Train in 2010. The Harbor four-piece formed in 2005. Guitarist Quorv, bassist Tom Alder and drummer Mara Lind complete the line-up.');
    expect(entity(doc, 'Quorv')?.type).toBe('Person');
    expect(entity(doc, 'Guitarist Quorv')).toBeUndefined();
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Quorv —member_of→ Northwind', 'Tom Alder —member_of→ Northwind']));
  });
  it('keeps a genre word in capitals inside a name in capitals', () => {
    const doc = run('The band QUORV OK ROCK released Night Train.');
    expect(doc.mentions.some((m) => m.type === 'Genre' && m.text === 'ROCK')).toBe(false);
  });
});

describe('relative dates in news', () => {
  const dates = (text: string) => run(text).mentions.filter((m) => m.type === 'Date').map((m) => m.value);
  it('places "last October" and a month in past tense before the article date', () => {
    expect(dates('date 2021-08-12 Night Train swept the festival in January. Northwind announced it last October.')).toEqual(['2021-01', '2020-10']);
    expect(dates('date 2021-08-12 It is her first song since March.')).toEqual(['2021-03']);
  });
  it('places a month after "due" or "will" after it, and leaves a present tense to the nearest month', () => {
    expect(dates('date 2021-08-12 Glass Harbor is due in June.')).toEqual(['2022-06']);
    expect(dates('date 2021-08-12 The tour starts in February.')).toEqual(['2022-02']);
  });
  it('reads "nine years ago" and "this morning"', () => {
    expect(dates('date 2022-08-30 Quorv, released nine years ago, sold well. Northwind said this morning that it will tour.')).toEqual(['2013', '2022-08-30']);
  });
});

describe('a single described after "as" and a description with two modifiers', () => {
  it('reads "the dark, synth-heavy track came out in May as the lead single from Y\'s album, Z"', () => {
    const doc = run('Her new single "Paper Moon" tops the chart. The dark, synth-heavy track came out in May as the lead single from Mara Lind\'s sixth studio album, Night Train.');
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Night Train');
  });
});

describe('a single released "as the lead single from" an album across an aside', () => {
  it('reads "X, his duet with B, came out in May as the lead single from Z" and types Z', () => {
    const doc = run('The ballad "Paper Moon", his duet with Mara Lind, came out in May as the lead single from Night Train.');
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Night Train');
  });
});

describe('"drama" in an article about films', () => {
  it('types "X, the 2019 drama" as a film when the article names films and no series', () => {
    const doc = run('Night Train opens in cinemas on Friday. The film stars Mara Lind. It should not be confused with Glass Harbor, the 2019 drama in which Tom Alder plays a pianist.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Film');
  });
  it('keeps a drama a series where the article also names series', () => {
    const doc = run('The film Night Train is based on Glass Harbor, the 2016 drama. The series aired on Harbor TV.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
});

describe('a sequel to a dated title in an article about music', () => {
  it('types "the sequel to 2005\'s X" as a screen work though music cues outnumber screen ones', () => {
    const doc = run("The band Northwind sang the ballad Paper Moon for the album Glass. The film is the sequel to 2005's Night Train.");
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
});

describe('song credits stated for the song named before', () => {
  it('reads "A co-wrote the lyrics with B and C, while the music was composed by D together with E"', () => {
    const doc = run('The single Paper Moon is out today. According to the credits, Mara Lind co-wrote the lyrics with Tom Alder and Kim Ha-neul, while the music was composed by producer Quorra Venn together with Zorbex.');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Paper Moon —lyricist→ Mara Lind', 'Paper Moon —lyricist→ Tom Alder', 'Paper Moon —lyricist→ Kim Ha-neul',
      'Paper Moon —composer→ Quorra Venn', 'Paper Moon —composer→ Zorbex',
    ]));
  });
  it('does not credit the song named before when the sentence names the song', () => {
    const doc = run('The single Paper Moon is out today. Mara Lind wrote the lyrics for the ballad Glass.');
    expect(factLines(doc)).not.toContain('Paper Moon —lyricist→ Mara Lind');
  });
});

describe('a person\'s other name', () => {
  it('joins "X, born Y", "X was born Y", "X, whose real name is Y" and "X\'s real name is Y" into one person', () => {
    const doc = run('G-Quorv, born Kwon Ji-hoon, writes the songs. Teddo, whose real name is Park Min-jun, produced them. Quorvi\'s real name is Lee Seo-yeon. Zorbo was born Kim Ha-neul in Busan.');
    expect(entity(doc, 'Kwon Ji-hoon')?.name).toBe('G-Quorv');
    expect(entity(doc, 'Park Min-jun')?.name).toBe('Teddo');
    expect(entity(doc, 'Lee Seo-yeon')?.name).toBe('Quorvi');
    expect(entity(doc, 'Kim Ha-neul')?.name).toBe('Zorbo');
    expect(entity(doc, 'Zorbo')?.type).toBe('Person');
  });
});

describe('a work that wins a category named after its kind', () => {
  it('types "X won Best Glass Album" as an album and "Y was named Best Folk Song" as a song, but not the maker in "A won Best Folk Album for Z"', () => {
    const doc = run("Northwind's Glass Harbor won Best Glass Album. Zorbex was named Best Folk Song. Mara Lind won Best Folk Album for Night Train.");
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Album');
    expect(entity(doc, 'Zorbex')?.type).toBe('Song');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Harbor —award_received→ Best Glass Album');
  });
});

describe('soundtracks, channels and air dates in news phrasing', () => {
  it('reads "X will be the theme song of the drama Y" and "X, from the film Y,"', () => {
    const doc = run('The new single, "Paper Moon", will be the theme song of the drama Night Train. The ballad "Glass", from the film Harbor Lights, won.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —soundtrack_of→ Night Train', 'Glass —soundtrack_of→ Harbor Lights']));
  });
  it('reads the air date after the channel, without the comma chrono keeps', () => {
    const doc = run('date 2010-04-20 The drama Night Train, which first aired on Harbor TV last October, features Mara Lind.');
    expect(doc.mentions.find((m) => m.type === 'Date')?.text).toBe('last October');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —publication_date→ last October', 'Night Train —original_broadcaster→ Harbor TV']));
  });
});

describe('cast lists in news phrasing', () => {
  it('keeps "A, B and veteran actor C round out the main cast" one list', () => {
    const doc = run('The drama Glass Harbor premieres in May. Tom Alder, Kim Ha-neul and veteran actor Mara Lind round out the main cast.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —cast_member→ Tom Alder', 'Glass Harbor —cast_member→ Kim Ha-neul', 'Glass Harbor —cast_member→ Mara Lind']));
  });
  it('reads "A, who won fame in X, plays the head of ..." for the work named before', () => {
    const doc = run('The drama Glass Harbor premieres in May. Mara Lind, who won fame in the film Night Train, plays the strict head of the court.');
    expect(factLines(doc)).toContain('Glass Harbor —cast_member→ Mara Lind');
  });
});

describe('labels in chart news', () => {
  it('reads "X, which arrives November 10 through L" but gives L to no other song of a chart with many artists', () => {
    const doc = run('date 2017-09-11 Mara Lind\'s single "Paper Moon" tops the chart. It is the lead single from her album Night Train, which arrives November 10 through Harbor Records. Tom Alder\'s "Glass" slips to No. 2, and Kim Ha-neul\'s "Quorv" holds at No. 3.');
    const facts = factLines(doc);
    expect(facts).toContain('Night Train —record_label→ Harbor Records');
    expect(facts).not.toContain('Glass —record_label→ Harbor Records');
    expect(facts).not.toContain('Quorv —record_label→ Harbor Records');
  });
});

describe('article-level labels and album dates in dated news', () => {
  it('gives a news article\'s one label to no back-catalogue album', () => {
    const doc = run('date 2023-10-16 The band Northwind will release the album Night Train through Harbor Records this Friday. Fans still love their 2011 album Glass Coast.');
    expect(factLines(doc)).toContain('Night Train —record_label→ Harbor Records');
    expect(factLines(doc)).not.toContain('Glass Coast —record_label→ Harbor Records');
  });
  it('does not date a single by its album when the album is still to come', () => {
    const doc = run('date 2020-08-29 The single Paper Moon is the lead single from the album Night Train, which is due on October 2.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ October 2');
    expect(factLines(doc)).not.toContain('Paper Moon —publication_date→ October 2');
  });
});

describe('lists of one-word stage names', () => {
  it('types "Jiso, Jenna, Roza and Lisa" as people (a known given name among them) and, in an article about one band, as its members', () => {
    const doc = run('The band Northwind released Night Train. The quartet toured. Over a whistled hook, Jiso, Jenna, Roza and Lisa trade lines.');
    expect(entity(doc, 'Roza')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Roza —member_of→ Northwind');
  });
  it('leaves a list of ordinary words or places alone', () => {
    const doc = run('They toured Oslo, Bergen and Lisa.');
    expect(entity(doc, 'Bergen')?.type).not.toBe('Person');
  });
});

describe('channels by their short names in screen news', () => {
  it('reads "NWTV has locked in the premiere of its new romance X", "QBC\'s X" and "the hvN legal thriller X"', () => {
    const doc = run('date 2021-10-27 NWTV has locked in the premiere of its new romance The Glass Sleeve. The drama will air on Friday. Before enlisting, the actor led QBC\'s Just Between Friends and the hvN legal thriller Confessor.');
    expect(entity(doc, 'hvN')?.type).toBe('Organization');
    expect(entity(doc, 'Just Between Friends')?.type).toBe('TVSeries');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['The Glass Sleeve —original_broadcaster→ NWTV', 'Just Between Friends —original_broadcaster→ QBC']));
  });
});

describe('"rockers" as a group cue', () => {
  it('types "British rockers X" as a band from the United Kingdom', () => {
    const doc = run('British rockers Quorvo won the prize for Night Train.');
    expect(entity(doc, 'Quorvo')?.type).toBe('Band');
  });
});

describe('awards shared and listed', () => {
  it('reads the second award of "among them A for X and B for Y" and "shared B for Y with C"', () => {
    const doc = run('Mara Lind led the night with five trophies, among them Best Folk Album for Night Train and Best Folk Song for "Paper Moon". Tom Alder shared Best Glass Recording for "Glass" with the duo Northwind.');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Paper Moon —performer→ Mara Lind', 'Mara Lind —award_received→ Best Folk Song',
      'Glass —performer→ Northwind', 'Northwind —award_received→ Best Glass Recording',
    ]));
  });
});

describe('awards after an aside', () => {
  it('reads "A, the late X frontman, was honoured posthumously with B" and "Y, written by A for the film Z, added B to ..."', () => {
    const doc = run('Tom Alder, the late Northwind frontman, was honoured posthumously with Best Folk Song. The ballad "Glass", written by Mara Lind for the film Night Train, added Best Folk Album to the prize it won last year.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Tom Alder —award_received→ Best Folk Song', 'Glass —award_received→ Best Folk Album']));
  });
});

describe('a role played in a work named later in the sentence', () => {
  it('does not give "A played the queen opposite B in C\'s drama X" to the work named before', () => {
    const doc = run('The drama Night Train premieres in May. Mara Lind played the queen opposite Tom Alder in Harbor Channel\'s drama Glass Harbor.');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Mara Lind');
    expect(factLines(doc)).toContain('Glass Harbor —cast_member→ Mara Lind');
  });
});

describe('a name introduced by "titled", "called" or "named" after its cue', () => {
  it('types "a new album titled X" and "their film, called Y," by the cue before the naming word', () => {
    const doc = run('The band released a new album titled Glass Coast in May. Their film, called Night Harbor, opens today.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
    expect(entity(doc, 'Night Harbor')?.type).toBe('Film');
  });
  it('makes "the remake, titled X," a screen work in an article about films, and reads who "will star" in it', () => {
    const doc = run('The studio has ordered a remake of the film Night Train. The remake, titled Deep Water, will star Mara Lind and Tom Alder.');
    expect(entity(doc, 'Deep Water')?.type).toBe('Film');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Deep Water —cast_member→ Mara Lind', 'Deep Water —cast_member→ Tom Alder']));
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Mara Lind');
  });
});

describe('members, producers and performers around an aside', () => {
  it('reads "the band X, fronted by singer A," as membership, and not A as the performer of what the band recorded', () => {
    const doc = run('The band Northwind, fronted by singer Mara Lind, recorded the album Night Train in Oslo with producer Tom Alder.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —member_of→ Northwind', 'Night Train —producer→ Tom Alder']));
    expect(factLines(doc)).not.toContain('Night Train —performer→ Mara Lind');
  });
});

describe('dates named without the words chrono reads around them', () => {
  it('names ", on Thursday" and "June 24 at 6 p.m. KST" by their dates alone', () => {
    const doc = run('date 2024-06-20 The band Northwind shared the single "Paper Moon", on Thursday. The album Night Train will be released on June 24 at 6 p.m. KST.');
    expect(entity(doc, 'Thursday')?.type).toBe('Date');
    expect(entity(doc, 'June 24')?.type).toBe('Date');
    expect(factLines(doc)).toContain('Night Train —publication_date→ June 24');
  });
  it('never makes "June 24" a name when no published date places it', () => {
    const doc = run('The album Night Train will be released on June 24 through Harbor Records.');
    expect(entity(doc, 'June 24')).toBeUndefined();
    expect(factLines(doc)).not.toContain('Night Train —record_label→ June 24');
  });
});

describe('a work dated to the month and to the day', () => {
  it('keeps the day only, since the month says the same date with less detail', () => {
    const doc = run('date 2023-02-10 The band Northwind will release the album Night Train in April. The album Night Train will be released on April 14 through Harbor Records.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ April 14');
    expect(factLines(doc)).not.toContain('Night Train —publication_date→ April');
  });
});

describe('a channel named before a series cue', () => {
  it('types "the upcoming QTV drama X" and "the 2021 qvN series Y" as channels and gives the broadcaster', () => {
    const doc = run('Mara Lind sang the theme for the upcoming QTV drama Glass Harbor. She also sang for the 2021 qvN series Night Train.');
    expect(entity(doc, 'QTV')?.type).toBe('Organization');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —original_broadcaster→ QTV', 'Night Train —original_broadcaster→ qvN']));
  });
});

describe('a title with "The" that opens a sentence', () => {
  it('keeps the opening "The" of a name the article writes with it, and reads "opens in Swedish cinemas on <date>"', () => {
    const doc = run('date 2021-05-18 The Swedish thriller film The Quiet Harbor was directed by Mara Lind. The Quiet Harbor will open in Swedish cinemas on June 10.');
    expect(factLines(doc)).toContain('The Quiet Harbor —publication_date→ June 10');
    expect(doc.output!.entities.filter((e) => /Quiet Harbor/.test(e.name))).toHaveLength(1);
  });
});

describe('a single and its album\'s date', () => {
  it('gives a single its album\'s year but not its day, since singles come out before their albums', () => {
    const dayOnly = run('date 2023-02-10 The band Northwind will release the album Night Train on April 14. "Paper Moon" is the first single from the album Night Train.');
    expect(factLines(dayOnly)).toContain('Night Train —publication_date→ April 14');
    expect(factLines(dayOnly)).not.toContain('Paper Moon —publication_date→ April 14');
    // (A song taken from the album takes its year; a single named as the album's only has none: see "guesses" below.)
    const year = run('The album Night Train came out in 2000. Paper Moon is a song by the band Northwind, taken from the album Night Train.');
    expect(factLines(year)).toContain('Paper Moon —publication_date→ 2000');
  });
});

describe('the article\'s sole label and another artist\'s song', () => {
  it('gives the label to the artist\'s other works, not to a song another artist performs', () => {
    const doc = run('The singer Mara Lind released the album Night Train through Harbor Records. Her song "Paper Moon" is on it too. Tom Alder\'s "Glass Coast" topped the chart.');
    expect(factLines(doc)).toContain('Paper Moon —record_label→ Harbor Records');
    expect(factLines(doc)).not.toContain('Glass Coast —record_label→ Harbor Records');
  });
});

describe('an award description that names its category', () => {
  it('does not take "the best actor award" for the last award named', () => {
    const doc = run('The film Night Train won the Golden Gull for best film at the festival. Tom Alder also won the best actor award.');
    expect(factLines(doc)).toContain('Night Train —award_received→ Golden Gull');
    expect(factLines(doc)).not.toContain('Tom Alder —award_received→ Golden Gull');
  });
});

describe('list items with a bracketed aside', () => {
  it('reads "A (vocals, keyboards), B (guitar) and C (drums)" as one list of members', () => {
    const doc = run('The band Northwind consists of Mara Lind (vocals, keyboards), Tom Alder (guitar) and Kim Ha-neul (drums).');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —member_of→ Northwind', 'Tom Alder —member_of→ Northwind', 'Kim Ha-neul —member_of→ Northwind']));
  });
});

describe('a name in apposition to "a sequel" or "the remake"', () => {
  it('makes "A sequel, X," a screen work in an article about films, but never a person\'s name', () => {
    const doc = run('The Long Harbor is a 2008 drama film directed by Mara Lind. A sequel, The Long Spring, was released in 2012. In the original, Tom Alder played the king.');
    expect(entity(doc, 'The Long Spring')?.type).toBe('Film');
    expect(factLines(doc)).toContain('The Long Spring —publication_date→ 2012');
    expect(entity(doc, 'Tom Alder')?.type).toBe('Person');
  });
});

describe('a release date after the country of release', () => {
  it('reads "was released in the United Kingdom on 3 October 2008"', () => {
    const doc = run('The film Night Train premiered in May and was released in the United Kingdom on 3 October 2008 by Harbor Films.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ 3 October 2008');
  });
});

describe('a channel inside the noun phrase of a series', () => {
  it('reads "the theme song of the 1995 QTV drama X" across the channel', () => {
    const doc = run('The ballad "Rain Letter" was a hit. It was also used as the theme song of the 1995 QTV drama First Snow.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Rain Letter —soundtrack_of→ First Snow', 'First Snow —original_broadcaster→ QTV']));
  });
});

describe('a weekly schedule', () => {
  it('reads no date from "airs every Friday and Saturday", but keeps "premiered on Friday, August 4"', () => {
    const doc = run('date 2023-08-11 The drama Summer Letters airs every Friday and Saturday. It premiered on Friday, August 4.');
    expect(entity(doc, 'Saturday')).toBeUndefined();
    expect(factLines(doc)).toEqual(['Summer Letters —publication_date→ Friday, August 4']);
  });
});

describe('an album named after a comma', () => {
  it('reads "appeared on her third album, X" as the song\'s album', () => {
    const doc = run('The song "Rain Letter" originally appeared on Mara Lind\'s third album, Blue Station.');
    expect(factLines(doc)).toContain('Rain Letter —part_of→ Blue Station');
  });
});

describe('a nomination is no award', () => {
  it('reads "received a Golden Lyre Award nomination" as no award_received', () => {
    const doc = run('For the film Night Train, Mara Lind received a Golden Lyre Award nomination. Tom Alder received the Golden Lyre Award in 2019.');
    expect(factLines(doc)).not.toContain('Mara Lind —award_received→ Golden Lyre Award');
    expect(factLines(doc)).toContain('Tom Alder —award_received→ Golden Lyre Award');
  });
});

describe('one-word names after a plural cue', () => {
  it('types every item of "members Yuna, Hana and Seoyeon" as people', () => {
    const doc = run('The song "Neon Rain" was co-written by members Yuna, Hana and Seoyeon.');
    for (const name of ['Yuna', 'Hana', 'Seoyeon']) expect(entity(doc, name)?.type).toBe('Person');
    expect(factLines(doc)).toContain('Neon Rain —lyricist→ Seoyeon');
  });
});

describe('a director in a relative clause', () => {
  it('reads "A, who previously helmed the 2021 film X"', () => {
    const doc = run('The series will be directed by Mara Lind, who previously helmed the 2021 film Cold Harbor.');
    expect(factLines(doc)).toContain('Cold Harbor —director→ Mara Lind');
  });
});

describe('a fronted participle clause and what stars someone', () => {
  it('reads "Directed by A, X stars B as ..." without making X a person', () => {
    const doc = run('Directed by Mara Lind, Night Train stars Tom Alder as a retired spy.');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —director→ Mara Lind', 'Night Train —cast_member→ Tom Alder']));
  });
});

describe('a credit aside between a work and its verb', () => {
  it('reads "X, starring A and B, premiered on C" past the aside', () => {
    const doc = run('The drama Glass Harbor, starring Tom Alder and Kim Ha-neul, premiered on QTV in 2019.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —cast_member→ Tom Alder', 'Glass Harbor —original_broadcaster→ QTV']));
  });
  it('gives an award to what won it, not to the owner of "its video"', () => {
    const doc = run('The album Night Train sold well. Its video, directed by Mara Lind, took Best Music Video.');
    expect(factLines(doc)).not.toContain('Night Train —award_received→ Best Music Video');
  });
});

describe('the sole label in dated news', () => {
  it('gives no label to the earlier hits a dated news article names', () => {
    const text = 'The singer Mara Lind released the album Night Train through Harbor Records. It follows her hits "Paper Moon" and "Glass Coast".';
    expect(factLines(run(text))).toContain('Paper Moon —record_label→ Harbor Records');
    expect(factLines(run(`date 2024-03-01 ${text}`))).not.toContain('Paper Moon —record_label→ Harbor Records');
  });
});

describe('release dates with a label, a possessive owner or another title in between', () => {
  it('reads "It was released by LABEL on DATE" and "..., released by LABEL in YEAR"', () => {
    expect(factLines(run('Night Train is the second album by Northwind. It was released by Harbor Records on 7 November 2006.'))).toContain('Night Train —publication_date→ 7 November 2006');
    expect(factLines(run('Glass Harbor is a live album by the band Northwind, released by Harbor Records in 1986.'))).toContain('Glass Harbor —publication_date→ 1986');
  });
  it('reads "wrote and directed her first feature film, X, in YEAR" and "debut was in YEAR with X"', () => {
    expect(factLines(run('Mara Lind wrote and directed her first feature film, Night Train, in 2008.'))).toContain('Night Train —publication_date→ 2008');
    expect(factLines(run("Tom Alder's directorial debut was in 2010 with Glass Harbor, a comedy."))).toContain('Glass Harbor —publication_date→ 2010');
  });
  it('reads the year after another title inside brackets', () => {
    expect(factLines(run('He wrote songs for the film Night Train (Nochnoy poezd, 1943).'))).toContain('Night Train —publication_date→ 1943');
  });
});

describe('performers and members past a bracket, a place or a described band', () => {
  it('reads "X (titled Y in Europe) was credited to A"', () => {
    expect(factLines(run('Her next album, Night Train (titled Glass Harbor in Europe), was credited to Mara Lind.'))).toContain('Night Train —performer→ Mara Lind');
  });
  it('reads "X by the PLACE band B" when the place is read as a name', () => {
    expect(factLines(run('Quorv played on the album Night Train by the Glass Harbor band Northwind.'))).toContain('Night Train —performer→ Northwind');
  });
  it('reads "B is a Swedish ensemble formed in 1986 consisting of A, C and D"', () => {
    const lines = factLines(run('Northwind is a Swedish electronic ensemble formed in 1986 consisting of Tom Alder, Mara Lind and Kim Ha-neul.'));
    expect(lines).toEqual(expect.arrayContaining(['Tom Alder —member_of→ Northwind', 'Kim Ha-neul —member_of→ Northwind']));
  });
});

describe('cast lists after credits and in telenovela wording', () => {
  it('ends a director list at ", and stars" and reads the cast after it', () => {
    const lines = factLines(run('The film Night Train was produced by Tom Alder, directed by Kim Ha-neul, and stars Mara Lind, Ann Berg, and Eva Moor.'));
    expect(lines).not.toContain('Night Train —director→ Mara Lind');
    expect(lines).toEqual(expect.arrayContaining(['Night Train —director→ Kim Ha-neul', 'Night Train —cast_member→ Mara Lind', 'Night Train —cast_member→ Eva Moor']));
  });
  it('reads "This STUDIO feature was produced by A, directed by B, and stars C"', () => {
    const lines = factLines(run('Night Train is a 1952 film. This 20th Century Quorv feature was produced by Tom Alder, directed by Kim Ha-neul, and stars Mara Lind and Eva Moor.'));
    expect(lines).toEqual(expect.arrayContaining(['Night Train —cast_member→ Mara Lind', 'Night Train —cast_member→ Eva Moor']));
  });
  it('reads protagonists, antagonists and special participations as cast', () => {
    const lines = factLines(run('Glass Harbor is a Mexican telenovela. The main protagonists are Mara Lind and Tom Alder. With Ann Berg and Lee Stone are co-protagonists, while Eva Moor is main antagonist. With the special participation of Jon Roe and Kim Lee.'));
    for (const name of ['Mara Lind', 'Ann Berg', 'Eva Moor', 'Kim Lee']) expect(lines).toContain(`Glass Harbor —cast_member→ ${name}`);
  });
});

describe('a name with a full stop inside it', () => {
  it('keeps "QU.O" one name and one sentence', () => {
    const doc = run('QU.O is the third studio album by British singer Mara Lind. It was released in 2012.');
    expect(doc.sentences.length).toBe(2);
    expect(entity(doc, 'QU.O')?.type).toBe('Album');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['QU.O —performer→ Mara Lind', 'QU.O —publication_date→ 2012']));
  });
});

describe('runs of capitalised words that are two names', () => {
  it('splits "A and The B" into two titles', () => {
    const doc = run('The film Night Train (also known as Glass Coast and The Pale Rider) is a 1974 Belgian film.');
    expect(doc.mentions.some((m) => m.text === 'The Pale Rider')).toBe(true);
    expect(doc.mentions.some((m) => m.text.includes('Coast and The'))).toBe(false);
  });
  it('ends a name at a colon that opens a list of people', () => {
    const doc = run('The band grew from the League of Quiet Music Makers: Mara Lind, Tom Alder, and Eva Moor.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(doc.mentions.some((m) => m.text.includes(': Mara'))).toBe(false);
  });
});

describe('a label branch named by its city', () => {
  it('keeps "Quorv Music Oslo" one label', () => {
    const doc = run('The song Paper Moon was released on August 21, 2015, through Quorv Music Oslo, as the lead single.');
    expect(entity(doc, 'Quorv Music Oslo')?.type).toBe('Organization');
    expect(factLines(doc)).toContain('Paper Moon —record_label→ Quorv Music Oslo');
  });
});

describe('titles typed by a screenplay and by a list of quoted titles', () => {
  it('reads "went on to direct and write the screenplay for X"', () => {
    const doc = run('Mara Lind went on to direct and write the screenplay for The Business of Quorv in 2001.');
    expect(entity(doc, 'The Business of Quorv')?.type).toBe('Film');
    expect(factLines(doc)).toContain('The Business of Quorv —screenwriter→ Mara Lind');
  });
  it('types an unquoted last item after quoted titles', () => {
    const doc = run('Notable videos on the disc were "Paper Moon", "Glass Coast" and Harbor Lights, which received heavy rotation.');
    expect(entity(doc, 'Harbor Lights')?.type).toBe('Song');
  });
});

describe('release years after a screenplay credit and a compilation', () => {
  it('reads "write the screenplay for X in YEAR" and "issued on the compilation X in YEAR"', () => {
    expect(factLines(run('Mara Lind went on to direct and write the screenplay for The Business of Quorv in 2001.'))).toContain('The Business of Quorv —publication_date→ 2001');
    expect(factLines(run('The track had been issued on the compilation Night Train in 1975.'))).toContain('Night Train —publication_date→ 1975');
  });
});

describe('a screenplay named as someone\'s script', () => {
  it('reads "A\'s first script for another director was X"', () => {
    expect(factLines(run("Mara Lind's first script for another director was Night Train (2015), a comedy."))).toContain('Night Train —screenwriter→ Mara Lind');
  });
});

describe('a contest named with its year, and who performed a song there', () => {
  it('keeps "Northern Song Contest" a name without its year, so "Contest" is no song', () => {
    const doc = run('It was the German entry in the Northern Song Contest 1988. The song was performed at the 1989 Contest by Tom Alder.');
    expect(doc.mentions.some((m) => m.text === 'Northern Song Contest')).toBe(true);
    expect(entity(doc, 'Contest')?.type).not.toBe('Song');
  });
  it('reads "X was performed in the CONTEST YEAR by A" and "performed in German by A"', () => {
    expect(factLines(run('"Paper Moon" is a song that was performed in the Northern Song Contest 1956 by French singer Mara Lind.'))).toContain('Paper Moon —performer→ Mara Lind');
    expect(factLines(run('"Paper Moon" was the Portuguese entry in the contest, performed in Portuguese by Tom Alder.'))).toContain('Paper Moon —performer→ Tom Alder');
  });
});

describe('a name right after an opening year', () => {
  it('keeps "Mara Lind" in "In 2007 Mara Lind appeared in ..."', () => {
    const doc = run('In 2007 Mara Lind appeared in the horror film Night Train as Eva, a young girl.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Mara Lind');
  });
});

describe('a place before a described band after "by"', () => {
  it('does not make the town of "by the TOWN, STATE group X" the performer', () => {
    const lines = factLines(run('Night Train is the third album by the Brennick, Vermont group The Quorv Guardsmen.'));
    expect(lines).not.toContain('Night Train —performer→ Brennick');
  });
});

describe('the owner pronoun of a description read as words', () => {
  it('reads "X, his duet with B" as a song of both', () => {
    const doc = run('Tom Alder has a new album out. "Paper Moon", his duet with Mara Lind, came out in May.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Tom Alder', 'Paper Moon —performer→ Mara Lind']));
  });
  it('still dates and labels "will release X, their third album, on D through L"', () => {
    const doc = run('The band Northwind will release Night Train, their third album, on May 4, 2023 through Harbor Records.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —publication_date→ May 4, 2023', 'Night Train —record_label→ Harbor Records']));
  });
});

describe('the unnamed subject of a credit after a work named in passing', () => {
  it('reads "A directs from a script by B" as credits of the work in context', () => {
    const doc = run('The drama Glass Harbor airs in May. Mara Lind directs from a script by Tom Alder.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —director→ Mara Lind', 'Glass Harbor —screenwriter→ Tom Alder']));
  });
  it('carries on the article\'s work, not a film a person owns in an aside', () => {
    const text = 'The drama Glass Harbor premieres in May. Glass Harbor is set in a port town. Kim Ha-neul, who won fame in Tom Alder\'s film Night Train, plays the mayor. Mara Lind directs from a script by Quorv Anders.';
    const facts = factLines(run(text));
    expect(facts).toContain('Glass Harbor —director→ Mara Lind');
    expect(facts).not.toContain('Night Train —director→ Mara Lind');
  });
});

describe('a band description with a size', () => {
  it('refers "the four-piece" to the quartet, not to a group named since', () => {
    const text = 'The Oslo quartet Northwind have a new single. Tom Alder once sang in the group Glass Harbor. It is not the first time that the four-piece have worked with a star. They released "Paper Moon" in May.';
    const facts = factLines(run(text));
    expect(facts).toContain('Paper Moon —performer→ Northwind');
    expect(facts).not.toContain('Paper Moon —performer→ Glass Harbor');
  });
});

describe('a name set against the one the article named', () => {
  it('keeps "not to be confused with X, the 2019 drama" apart from the article\'s X', () => {
    const doc = run('date 2021-08-12 QUORV opens this Friday. Written and directed by Mara Lind, the film is a remake of Night Train. It should not be confused with Quorv, the 2019 drama in which Tom Alder plays a pianist.');
    const facts = factLines(doc);
    expect(facts).toContain('QUORV —director→ Mara Lind');
    expect(doc.entities.filter((e) => e.name.toLowerCase() === 'quorv').length).toBe(2);
  });
});

describe('a title that reads as a clause around a country word', () => {
  it('keeps "This Is Norway" whole and reads a "Record of the ..." category as a single\'s award', () => {
    const doc = run("Mara Lind won big. The singer's This Is Norway won Record of the Season and Best Folk Song.");
    expect(entity(doc, 'This Is Norway')?.type).toBe('Song');
    expect(factLines(doc)).toContain('This Is Norway —award_received→ Record of the Season');
  });
  it('still ends a name at a country word after a plain name ("Northwind Japan")', () => {
    const doc = run('The band Northwind Japan toured.');
    expect(entity(doc, 'Northwind Japan')).toBeUndefined();
  });
});

describe('a title of two clauses, the second a question', () => {
  it('reads "album, When the Tide Turns, Where Do We Go?, which ..." as one album in one sentence', () => {
    const doc = run('The band Northwind are back. The single "Paper Moon" comes from their second album, When the Tide Turns, Where Do We Go?, which arrived in March 2019 through Harbor Records.');
    expect(entity(doc, 'When the Tide Turns, Where Do We Go?')?.type).toBe('Album');
    expect(doc.sentences.length).toBe(2);
    expect(factLines(doc)).toContain('Paper Moon —part_of→ When the Tide Turns, Where Do We Go?');
  });
});

describe('a description set before the name it stands for', () => {
  it('reads "produced by her brother, B" as produced by B, not by her', () => {
    const doc = run('Mara Lind is back. Her album Night Train came out in March, and it was produced by her brother, Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toContain('Night Train —producer→ Tom Alder');
    expect(facts).not.toContain('Night Train —producer→ Mara Lind');
  });
  it('keeps the owner of "his second album, X"', () => {
    const doc = run('Tom Alder started young. His first album sold well, and his second album, Night Train, did too.');
    expect(factLines(doc)).toContain('Night Train —performer→ Tom Alder');
  });
});

describe('release dates from "shared X this morning" and "arrived in C last year with X"', () => {
  it('dates a single the band "shared" today', () => {
    const doc = run('date 2022-08-30 The band Northwind shared the lead single, "Paper Moon", this morning, a slow ballad.');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ this morning');
  });
  it('dates the record a group "arrived in" a country with', () => {
    const doc = run('date 2009-10-05 The group Northwind arrived in Japan last year with the mini album Night Train.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ last year');
  });
});

describe('a genre in an apposition after a band', () => {
  it('reads "X, the first reggae act to ..." as the band\'s genre', () => {
    const doc = run('Elsewhere, the Oslo group Northwind, the first reggae act to play the hall, handed out an award.');
    expect(factLines(doc)).toContain('Northwind —genre→ reggae');
  });
});

describe('a band role before a member of another band', () => {
  it('gives "Vocalist A, once a member of the group X" the article band too', () => {
    const doc = run('The rock band Northwind formed in 2005. Northwind toured Europe last year. Vocalist Tom Alder had briefly been a member of the idol group Glass Harbor before turning to rock.');
    const facts = factLines(doc);
    expect(facts).toContain('Tom Alder —member_of→ Glass Harbor');
    expect(facts).toContain('Tom Alder —member_of→ Northwind');
  });
});

describe('the one who shares an award for a song with its other artist', () => {
  it('reads "A shared Award with B for X" as a song of A too', () => {
    const doc = run('Tom Alder shared Best Harbor Video with Mara Lind for "Paper Moon", on which he is featured.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —performer→ Tom Alder', 'Paper Moon —performer→ Mara Lind']));
  });
});

describe('a band described by its town and region, commas and all', () => {
  it('reads "The Harbor, Quorvia, group won Award for X" as the band before it', () => {
    const doc = run('Northwind were the most decorated band of the evening. The Harbor, Quorvia, group won Best Folk Album for Night Train.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —performer→ Northwind', 'Northwind —award_received→ Best Folk Album']));
  });
});

describe('"premieres on C later D"', () => {
  it('dates a drama that premieres on a channel "later this month"', () => {
    const doc = run('date 2009-10-05 The song is the theme of the drama Glass Harbor, a comedy that premieres on QTV later this month.');
    expect(factLines(doc).some((f) => f.startsWith('Glass Harbor —publication_date→'))).toBe(true);
  });
});

describe('the source of a remake is no work in context', () => {
  it('gives "A stars as ..." to the remake, not to the film it remakes', () => {
    const doc = run('The film QUORV opens this Friday. Directed by Mara Lind, the film is an English-language remake of Night Train, the 2014 French comedy. Tom Alder stars as a fisherman\'s daughter.');
    const facts = factLines(doc);
    expect(facts).toContain('QUORV —cast_member→ Tom Alder');
    expect(facts).not.toContain('Night Train —cast_member→ Tom Alder');
  });
});

describe('an occupation opening the sentence as a title', () => {
  it('is no part of the name after it, whatever the name\'s shape', () => {
    const doc = run('Singer Quorv has released the single Paper Lantern. Rapper Velk Onari joined her on the remix.');
    expect(factLines(doc)).toContain('Paper Lantern —performer→ Quorv');
    const names = doc.output!.entities.map((e) => `${e.name}:${e.type}`);
    expect(names).toContain('Quorv:Person');
    expect(names.some((n) => /^(?:Singer|Rapper) /.test(n))).toBe(false);
  });
});

describe('a piece of a work before a participle clause', () => {
  it('does not give "the next part of X, sung by Y" to X', () => {
    const doc = run('Her previous single Paper Lantern topped the chart. The next part of the soundtrack, sung by the boy group Harbor Nine, is out on Friday. A remix of "Glass Coast", recorded by Tom Alder, followed.');
    const facts = factLines(doc);
    expect(facts.some((f) => /—performer→ Harbor Nine/.test(f))).toBe(false);
    expect(facts).not.toContain('Glass Coast —performer→ Tom Alder');
  });

  it('still reads the work after a version or a remake as the one described', () => {
    const doc = run('The film is a remake of Night Train, the 2014 French comedy by Mara Lind.');
    expect(factLines(doc)).toContain('Night Train —director→ Mara Lind');
  });
});

describe('a remake named by its description and the film it remakes', () => {
  it('gives "the new film, titled X," and what follows it to X', () => {
    const doc = run('Harbor Pictures will release an English-language remake of the Swedish thriller Night Train in May. The new film, titled Glass Road, is directed by Mara Lind and stars Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining(['Glass Road —director→ Mara Lind', 'Glass Road —cast_member→ Tom Alder']));
    expect(facts.some((f) => f.startsWith('Night Train —director→') || f.startsWith('Night Train —cast_member→'))).toBe(false);
  });

  it('reads "the original film" as the film the remake was made from', () => {
    const doc = run('Harbor Pictures will release its remake of the Swedish thriller Night Train in May. The new film, titled Glass Road, is directed by Mara Lind. The original film, directed by Tom Alder, won Best Harbor Film in 2019.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining(['Night Train —director→ Tom Alder', 'Night Train —award_received→ Best Harbor Film', 'Glass Road —director→ Mara Lind']));
    expect(facts).not.toContain('Glass Road —director→ Tom Alder');
    expect(facts).not.toContain('Night Train —director→ Mara Lind');
  });

  it('dates the remake, not its source, when "its remake of X" opens on a day', () => {
    const doc = run('date 2025-11-02 Harbor Pictures said its English-language remake of the Danish thriller Night Train will open in cinemas on April 10, 2026.');
    expect(factLines(doc).some((f) => f.startsWith('Night Train —publication_date→'))).toBe(false);
  });
});

describe('a description opening its sentence', () => {
  it('continues the work the article was about, not one named among an actor\'s credits', () => {
    const doc = run('Mara Lind has joined the comedy Spring Harbor. Spring Harbor follows two rival bakers. Lind starred in the film Red Ferry and the drama Night Watch. The drama is written by Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toContain('Spring Harbor —screenwriter→ Tom Alder');
    expect(facts).not.toContain('Night Watch —screenwriter→ Tom Alder');
  });
});

describe('casting and channel news phrasings', () => {
  it('reads "A and B have been cast in the upcoming X"', () => {
    const doc = run('Actress Mara Lind and actor Tom Alder have been cast in the upcoming romantic comedy Spring Harbor.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Spring Harbor —cast_member→ Mara Lind', 'Spring Harbor —cast_member→ Tom Alder']));
  });

  it('reads the channel before a genre and a series cue ("the QTV fantasy drama X")', () => {
    const doc = run('Mara Lind sang the third OST track for the QTV fantasy drama Glass Harbor.');
    expect(factLines(doc)).toContain('Glass Harbor —original_broadcaster→ QTV');
  });

  it('reads lyrics credited after the composers ("composed by A and B, with lyrics by C")', () => {
    const doc = run('The single Paper Moon was composed by Tom Alder and Jo Venn, with lyrics by Mara Lind.');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —lyricist→ Mara Lind');
    expect(facts).not.toContain('Paper Moon —lyricist→ Tom Alder');
  });
});

describe('a given name that is also an ordinary word', () => {
  it('reads "Robin Quorvley" as a person when nothing else types it, but not "the Robin Quorvley"', () => {
    const doc = run('A quarrel over the single led to Robin Quorvley leaving the group for a year.');
    expect(entity(doc, 'Robin Quorvley')?.type).toBe('Person');
    const title = run('She sang on the Ray Zentolla record.');
    expect(entity(title, 'Ray Zentolla')?.type).not.toBe('Person');
  });
});

describe('words that shorten "-ing" to "-in\'"', () => {
  it('keeps the apostrophe of a dropped "g" inside the title', () => {
    const doc = run("He recorded the album Rollin' the Harbor with Mara Lind in 1999.");
    expect(entity(doc, "Rollin' the Harbor")?.type).toBe('Album');
  });
});

describe('a doubled comma in a list', () => {
  it('still types every item of "films such as A,, B, C"', () => {
    const doc = run('Tom Alder has scored many films such as Glass Harbor,, Quorvix, Night Train, and others.');
    expect(entity(doc, 'Quorvix')?.type).toBe('Film');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
});

describe('a band name with "for" inside, after a band cue noun', () => {
  it('reads "the rock band Songs for Quorvs" as one name, and not "the band Northwind in Oslo"', () => {
    const doc = run('Glass Harbor is the debut album by the British rock band Songs for Quorvs. It was released in 1983.');
    expect(factLines(doc)).toContain('Glass Harbor —performer→ Songs for Quorvs');
    const place = run('Glass Harbor is an album by the band Northwind in Oslo.');
    expect(entity(place, 'Northwind')?.type).toBe('Band');
  });
});

describe('an opening title that starts with a preposition', () => {
  it('keeps "Beyond" in "Beyond Glass Harbor is ..." and reads past "as the name suggests,"', () => {
    const doc = run('Beyond Glass Harbor is, as the name suggests, the sixth studio album by folk singer Tom Alder. It was released in May 2003.');
    expect(entity(doc, 'Beyond Glass Harbor')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Beyond Glass Harbor —performer→ Tom Alder');
  });
  it('still drops an opening preposition before a place', () => {
    const doc = run('In Oslo, Northwind recorded an album.');
    expect(entity(doc, 'In Oslo')).toBeUndefined();
  });
});

describe('"A produced the album with B"', () => {
  it('makes B a producer too', () => {
    const doc = run('Glass Harbor is the third album by Mara Lind. Lind produced the album with Tom Alder in Oslo.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —producer→ Mara Lind', 'Glass Harbor —producer→ Tom Alder']));
  });
});

describe('a known place with a given name in it', () => {
  it('is no person and no performer: "by the Santa Marta band X"', () => {
    const doc = run('Tom Alder appears on the 2010 album Glass Harbor by the Santa Marta band Northwind.');
    const facts = factLines(doc);
    expect(facts).toContain('Glass Harbor —performer→ Northwind');
    expect(facts).not.toContain('Glass Harbor —performer→ Santa Marta');
    expect(entity(doc, 'Santa Marta')?.type).not.toBe('Person');
  });
});

describe('a record label named again without "Records"', () => {
  it('reads "Harbor released X" after "Harbor Records" as the label releasing X, one entity', () => {
    const doc = run('The band Northwind signed with Harbor Records in 1991. After the band split, Harbor released Glass Coast in March 2002.');
    expect(factLines(doc)).toContain('Glass Coast —record_label→ Harbor Records');
    expect(doc.entities.filter((e) => e.type === 'Organization').length).toBe(1);
    expect(entity(doc, 'Glass Coast')?.type).toMatch(/^(Song|Album)$/);
  });
  it('leaves a band that shares its name with its own label a band', () => {
    const doc = run('Northwind is a rock band from Oslo. The band founded Northwind Records in 2001. Northwind released Glass Coast in 2003.');
    expect(entity(doc, 'Northwind')?.type).toBe('Band');
  });
});

describe('"A co-wrote the ballad X"', () => {
  it('makes A a writer of the song, as "X was co-written by A" does', () => {
    const doc = run('Tom Alder was a Welsh singer. He also co-wrote the ballad "Paper Moon", a number one hit for Mara Lind.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —composer→ Tom Alder', 'Paper Moon —lyricist→ Tom Alder', 'Paper Moon —performer→ Mara Lind']));
  });
});

describe('awards listed after one verb', () => {
  it('credits each award of "received a X and two Y, as well as a Z", and "was granted"', () => {
    const doc = run('Tom Alder is a composer. Alder has received a Harbor Award and two Quorv Awards, as well as an Golden Lyre Award.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Tom Alder —award_received→ Harbor Award', 'Tom Alder —award_received→ Quorv Awards', 'Tom Alder —award_received→ Golden Lyre Award']));
    const granted = run('Mara Lind is a singer. Lind was granted two Harbor Awards in 1973.');
    expect(factLines(granted)).toContain('Mara Lind —award_received→ Harbor Awards');
  });
  it('keeps "an" out of the second award of "X Award and an Y Award"', () => {
    const doc = run('Tom Alder won a Harbor Award and an Silver Quorv Award in 2009.');
    expect(entity(doc, 'Silver Quorv Award')?.type).toBe('Award');
  });
});

describe('"former BAND member, A"', () => {
  it('reads a comma between the band role and the person', () => {
    const doc = run('The band Northwind split in 2004. A third version featuring former Northwind member, Mara Lind, was also recorded.');
    expect(factLines(doc)).toContain('Mara Lind —member_of→ Northwind');
  });
});

describe('cast after a fronted possessive and "the film featured the ensemble cast of"', () => {
  it('reads "His first film, X, was released ..., and starred A"', () => {
    const doc = run('Tom Alder is a director. His first film, Night Train, was released in 2004 as a short, and starred Mara Lind in a small role.');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Mara Lind');
  });
  it('reads "The film featured the ensemble cast of A, B and others"', () => {
    const doc = run('Quorv is a 2012 film. The film featured the ensemble cast of Mara Lind, Tom Alder and others.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Quorv —cast_member→ Mara Lind', 'Quorv —cast_member→ Tom Alder']));
  });
});

describe('an organization named by a head noun before "of"', () => {
  it('types "Quorv Recording Association of Norway (QRAN)" and its acronym an organization', () => {
    const doc = run('Glass Harbor was certified gold by the Quorv Recording Association of Norway (QRAN) for shipments of 50,000 copies.');
    expect(entity(doc, 'Quorv Recording Association of Norway')?.type).toBe('Organization');
  });
  it('keeps the sole label of an artist article though a certifier is named more often', () => {
    const doc = run('Mara Lind is a singer. Her debut album Glass Harbor was released through Harbor Records in 2001. Her second album Night Train followed in 2004. Glass Harbor was certified gold by the Quorv Recording Association of Norway (QRAN), and QRAN later made it platinum. QRAN also certified her singles.');
    expect(factLines(doc)).toContain('Night Train —record_label→ Harbor Records');
  });
});

describe('a quoted title that ends in a question mark', () => {
  it('reads "X\'s A with "Was It Love?"." as one sentence and the title whole', () => {
    const doc = run('The song was performed sixth on the night, following Norway\'s Quorvanna with "Glass Harbor" and preceding Sweden\'s Tomasine with "Was It Love?". The song finished 15th.');
    expect(factLines(doc)).toContain('Was It Love? —performer→ Tomasine');
    expect(doc.sentences.length).toBe(2);
  });
  it('leaves a quoted shout alone', () => {
    const doc = run('She shouted "Get Out Of Here!" and left the stage.');
    expect(entity(doc, 'Get Out Of Here!')).toBeUndefined();
  });
});

describe('a person\'s name before "of The"', () => {
  it('ends the name there: "Ben Quorvik of The Harbor Kings" is a person and what he belongs to', () => {
    const doc = run('Mara Lind toured Norway with Tom Alder and Ben Quorvik of The Harbor Kings.');
    expect(entity(doc, 'Ben Quorvik')?.type).toBe('Person');
    expect(entity(doc, 'Ben Quorvik of The Harbor Kings')).toBeUndefined();
  });
});

describe('cast in a list of roles after "play"', () => {
  it('reads "A and B play her parents, C is her brother, and D is the teacher" as cast of the film in context', () => {
    const doc = run('The film Night Train opens today. Mara Lind and Tom Alder play her parents, Kim Ha-neul is her older brother, and Eva Moor is the strict teacher.');
    const facts = factLines(doc);
    for (const name of ['Mara Lind', 'Tom Alder', 'Kim Ha-neul', 'Eva Moor']) expect(facts).toContain(`Night Train —cast_member→ ${name}`);
  });
  it('reads past a "who" aside before "co-stars as"', () => {
    const doc = run('The film Night Train opens today. Tom Alder, who broke out in Glass Coast, co-stars as her partner.');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Tom Alder');
  });
  it('takes no "is the only" continuation as a role', () => {
    const doc = run('The film Night Train opens today. Tom Alder plays the spy, and Mara Lind is the only one who knows.');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Mara Lind');
  });
});

describe('a return credits the sequel and its original', () => {
  it('gives "returns as director" and "reprise their roles" to the sequel named by a description and to the film it follows', () => {
    const doc = run("The film Night Train opens today. The film is the sequel to 2005's Glass Coast, which won an award. Mara Lind returns as director, and Tom Alder and Kim Ha-neul all reprise their roles.");
    const facts = factLines(doc);
    for (const work of ['Night Train', 'Glass Coast']) {
      expect(facts).toContain(`${work} —director→ Mara Lind`);
      expect(facts).toContain(`${work} —cast_member→ Tom Alder`);
    }
  });
});

describe('words and music for both songs', () => {
  it('reads "wrote both the words and the music for both songs" as lyricist and composer of the two songs named last', () => {
    const doc = run('The single Paper Moon is out today with the ballad Glass Coast. As usual, Mara Lind wrote both the words and the music for both songs.');
    const facts = factLines(doc);
    for (const song of ['Paper Moon', 'Glass Coast']) {
      expect(facts).toContain(`${song} —lyricist→ Mara Lind`);
      expect(facts).toContain(`${song} —composer→ Mara Lind`);
    }
  });
});

describe('a band named like a person, described right after', () => {
  it('types "Mara Van Quorv" a band when "the Quorvia rock quartet" follows and no band came before', () => {
    const doc = run("Mara Van Quorv's Night Train won Best Folk Album. Singer Tom Alder fronts the Quorvia rock quartet.");
    expect(entity(doc, 'Mara Van Quorv')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Night Train —performer→ Mara Van Quorv');
  });
  it('leaves a person alone when the description is a possessive of the article band', () => {
    const doc = run("Northwind are back. The film is based on Mara Lind's saga. Night Train was later included on the group's 2004 album Glass Coast.");
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});

describe('"the French version" long after the French film', () => {
  it('refers to the work of that country however far back, and "In X, A played ..., with B and C as her parents" is its cast', () => {
    const doc = run('The film Night Train opens today. It is a remake of Glass Coast, the 2014 French comedy. Mara Lind stars. Tom Alder plays her father. It opened a festival. It won prizes. A studio paid for it. Nobody minded. In the French version, Eva Moor played the daughter, with Kim Ha-neul and Jan Berg as her parents.');
    const facts = factLines(doc);
    for (const name of ['Eva Moor', 'Kim Ha-neul', 'Jan Berg']) expect(facts).toContain(`Glass Coast —cast_member→ ${name}`);
    expect(facts).not.toContain('Night Train —cast_member→ Eva Moor');
  });
});

describe('"A, the lyricist B met in 1967, wrote the words"', () => {
  it('reads past an apposition between the writer and "wrote the words"', () => {
    const doc = run('The single Paper Moon is out today. Mara Lind composed the music, and Tom Alder, the lyricist she met in 1967, wrote the words.');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —lyricist→ Tom Alder');
    expect(facts).toContain('Paper Moon —composer→ Mara Lind');
  });
});

describe('"the remix" after several songs', () => {
  it('refers to the song whose name holds "Remix", not to the last song named', () => {
    const doc = run('The single Paper Moon (Quorv Remix) came out today, alongside the ballad Silver Line. Tom Alder also produced the remix.');
    const facts = factLines(doc);
    expect(facts.some((f) => /^Paper Moon.* —producer→ Tom Alder$/.test(f))).toBe(true);
    expect(facts).not.toContain('Silver Line —producer→ Tom Alder');
  });
});

describe('"A, born B, ... composed the group\'s hit X together with C"', () => {
  it('reads a "born" aside and a possessive before the song, and never makes the possessive owner a composer', () => {
    const doc = run("The band Northwind are back. Tom Alder, born Kim Tae-ho, writes much of the group's material and composed the group's 2008 Japanese hit Paper Moon together with the Japanese producer Mara Lind.");
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —composer→ Tom Alder');
    expect(facts).toContain('Paper Moon —composer→ Mara Lind');
    expect(facts).not.toContain('Paper Moon —composer→ Northwind');
  });
});

describe('broadcasters named before a genre or setting a premiere date', () => {
  it('reads "the Harbor TV legal thriller X" and "Harbor TV has set a premiere date for X"', () => {
    expect(factLines(run('Mara Lind led the series Silver Coast and the Harbor TV legal thriller Glass Harbor.'))).toContain('Glass Harbor —original_broadcaster→ Harbor TV');
    expect(factLines(run('Harbor TV has set a premiere date for Glass Harbor, its new drama.'))).toContain('Glass Harbor —original_broadcaster→ Harbor TV');
  });
});

describe('awards after "was named A and also won B" and for a song\'s video', () => {
  it('gives both awards to the song with an aside, and the video award to the song', () => {
    const named = factLines(run('The single "Paper Moon", sung by Mara Lind, was named Best Glass Record and also won Best Glass Performance.'));
    expect(named).toContain('Paper Moon —award_received→ Best Glass Performance');
    const video = factLines(run("The single Paper Moon charted, and Paper Moon's video, directed by Tom Alder, took Best Glass Video."));
    expect(video).toContain('Paper Moon —award_received→ Best Glass Video');
  });
});

describe('three phrasings that were missing', () => {
  it('"A and B\'s X" makes both performers', () => {
    expect(factLines(run("The band Northwind are back. Their record was tied by Mara Lind and Northwind's duet Paper Moon."))).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('"A, who won fame as the mother in Y\'s film X" makes A cast of X', () => {
    expect(factLines(run("Mara Lind, who won fame as the mother in Tom Alder's film Night Train, is back."))).toContain('Night Train —cast_member→ Mara Lind');
  });
  it('"X, which swept Award A in 2006, including B" gives X both awards', () => {
    const facts = factLines(run('The film Night Train is the sequel to Glass Coast, which swept the Golden Lyre Award in 2006, including Best Glass Picture.'));
    expect(facts).toContain('Glass Coast —award_received→ Golden Lyre Award');
    expect(facts).toContain('Glass Coast —award_received→ Best Glass Picture');
  });
});

describe('"X served as the opening of Y"', () => {
  it('types an untyped X a song of Y', () => {
    const doc = run('Away from the saga, Glass Coast served as the opening of Night Train, the 2019 film adaptation of a manga.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Glass Coast —soundtrack_of→ Night Train');
  });
});

describe('a genre heading an apposition to a song', () => {
  it('reads "X, the folk band\'s new ballad," as X\'s genre', () => {
    expect(factLines(run("The band Northwind are back. The single Paper Moon, the folk band's new ballad, plays over the credits."))).toContain('Paper Moon —genre→ ballad');
  });
});

describe('"with A back in the band" and "X, which first aired ..., features B\'s own A"', () => {
  it('reads a member back in the band', () => {
    expect(factLines(run('The band Northwind will tour in May, with Tom Alder back in Northwind.'))).toContain('Tom Alder —member_of→ Northwind');
  });
  it('reads cast after a "which" aside and an owner\'s "own"', () => {
    expect(factLines(run("The band Northwind sing the theme. The drama Glass Harbor, which first aired on Harbor TV in 2009, features Northwind's own Tom Alder as a spy."))).toContain('Glass Harbor —cast_member→ Tom Alder');
  });
});

describe('joining someone on a song', () => {
  it('types the person joined on a song a person, not a band joined', () => {
    const doc = run("They joined Mara Lind on 'Sour Moon', a track from her sixth album Glass Coast, which came out in May.");
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Coast —performer→ Mara Lind');
  });
});

describe('"X stays in the top five"', () => {
  it('types X a song, and a joint possessive gives it both performers', () => {
    const doc = run("The band Northwind are back. Mara Lind and Tom Alder's Glass Coast stays in the top five.");
    expect(entity(doc, 'Glass Coast')?.type).toBe('Song');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Coast —performer→ Mara Lind', 'Glass Coast —performer→ Tom Alder']));
  });
});

describe('a participle clause inside the sentence', () => {
  it('dates what it follows, not the subject of the next verb ("A remix with B, issued in July, gave the song a push")', () => {
    const doc = run('date 2019-08-20 The song Paper Moon tops the chart. A remix with Tom Alder, issued in July, gave the song a late push.');
    expect(factLines(doc).some((f) => f.startsWith('Paper Moon —publication_date→'))).toBe(false);
  });

  it('still dates the work after a participle that opens the sentence', () => {
    const doc = run('Released as a single in January 1991, the song Paper Moon reached number seven.');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ January 1991');
  });
});

describe('an awards recap with possessive descriptions and appositions', () => {
  it('credits the award, the album and the co-writer through "for her third album, X" and "X, the album\'s second single, which she co-wrote with Y"', () => {
    const doc = run('Mara Lind was the big winner, taking home four trophies including Best Harbor Album for her third album, Glass Coast. She also won Best Harbor Song for "Paper Moon", the album\'s second single, which she co-wrote with producer Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining([
      'Glass Coast —award_received→ Best Harbor Album',
      'Paper Moon —part_of→ Glass Coast',
      'Paper Moon —lyricist→ Mara Lind',
      'Paper Moon —lyricist→ Tom Alder',
    ]));
  });
});

describe('a channel and an owner next to cue nouns', () => {
  it('reads "the main theme of the QTV drama X" as a theme of X on QTV, not of a series named QTV', () => {
    const doc = run('The group recently sang "Paper Moon", the main theme of the QTV drama Glass Harbor, which stars Mara Lind.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining(['Paper Moon —soundtrack_of→ Glass Harbor', 'Glass Harbor —original_broadcaster→ QTV']));
    expect(facts).not.toContain('Paper Moon —soundtrack_of→ QTV');
  });

  it('does not type the owner after "The film," as the film ("The film, Lind\'s second feature, ...")', () => {
    const doc = run('Director Mara Lindqvist\'s drama Glass Harbor won the Golden Gull. The film, Lindqvist\'s second feature after the 2022 documentary Salt Road, follows a fisherman. It stars newcomer Tom Alder.');
    expect(entity(doc, 'Lindqvist')?.type).not.toBe('Film');
    expect(factLines(doc).some((f) => f.startsWith('Lindqvist —'))).toBe(false);
  });
});

describe('a band\'s own label and a pronoun after an owner that opens the sentence', () => {
  it('reads "on their own label, L" and gives "It was produced by P" to what the owner owns', () => {
    const doc = run('The band Northwind will split this autumn. The group\'s final album, Last Light, was released in March on their own label, Harbor Records. It was produced by Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining(['Last Light —record_label→ Harbor Records', 'Last Light —producer→ Tom Alder']));
    expect(facts.some((f) => f.startsWith('Harbor Records —'))).toBe(false);
  });

  it('leaves an owner inside an opening phrase alone ("In addition to A\'s X, the band ...")', () => {
    const doc = run('In addition to Northwind\'s single Paper Moon, the band has also sung Glass Coast for the film Night Train. It is a remake of the Swedish film Salt Road.');
    expect(factLines(doc)).toContain('Night Train —based_on→ Salt Road');
  });
});

describe('"which premieres on C on D"', () => {
  it('dates the series with the day after its channel', () => {
    const doc = run('date 2026-07-01 The duo will sing the opening theme of the series Starlit Harbor, which premieres on QTV on July 10.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Starlit Harbor —original_broadcaster→ QTV', 'Starlit Harbor —publication_date→ July 10']));
  });
});

describe('a source aside and a featured artist with a role word', () => {
  it('gives "The track, from A\'s album X, was produced by P" to the track, and reads "featuring rapper B"', () => {
    const doc = run('Mara Lind\'s "Paper Moon", featuring rapper Tom Alder, jumps to No. 1 this week. The track, from Lind\'s upcoming second album Glass Coast, was produced by Jo Venn.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining(['Paper Moon —performer→ Tom Alder', 'Paper Moon —producer→ Jo Venn', 'Paper Moon —part_of→ Glass Coast']));
    expect(facts).not.toContain('Glass Coast —producer→ Jo Venn');
  });
});

describe('a verb joined by "and" after the object of a preposition', () => {
  it('is not the verb of that object ("rose to fame with the drama X and won B")', () => {
    const doc = run('Actress Mara Lind rose to fame with the 2019 QTV drama Crimson Harbor and won Best New Actress at the Harbor Awards.');
    expect(factLines(doc).some((f) => f.startsWith('Crimson Harbor —award_received→'))).toBe(false);
  });
});

describe('an actress\'s film', () => {
  it('is no film she directed ("Actress A ... Her most recent film, X")', () => {
    const doc = run('Actress Mara Lind has joined the series Dark Harbor. Her most recent film, Paper Boats, was released last year.');
    expect(factLines(doc)).not.toContain('Paper Boats —director→ Mara Lind');
  });

  it('still reads "Director A\'s film X" as directed by A', () => {
    const doc = run('Director Mara Lind\'s award-winning film Night Train opens today.');
    expect(factLines(doc)).toContain('Night Train —director→ Mara Lind');
  });
});

describe('encyclopedia credits before and after the song', () => {
  it('reads "Written by A and B, it was released as the album\'s lead single on D by L"', () => {
    const doc = run('"Copper Road" is a song by Mara Lind from her second album, Red Harbor (2004). Written by Lind and Tom Alder, it was released as the album\'s lead single on 3 March 2004 by Harbor Records.');
    const facts = factLines(doc);
    expect(facts).toEqual(expect.arrayContaining([
      'Copper Road —lyricist→ Mara Lind', 'Copper Road —lyricist→ Tom Alder', 'Copper Road —record_label→ Harbor Records', 'Copper Road —publication_date→ 3 March 2004',
    ]));
  });

  it('dates a film that "premiered at the X Film Festival on D"', () => {
    const doc = run('Winter Harbor is a 2011 Canadian drama film directed by Mara Lind. The film premiered at the Northbay International Film Festival on 10 September 2011.');
    expect(factLines(doc)).toContain('Winter Harbor —publication_date→ 10 September 2011');
  });
});

describe('a remake of a work of the same name', () => {
  it('keeps "the 2019 Taiwanese drama of the same name" and "the original version" off the remake', () => {
    const doc = run('River Harbor is a remake of the 2019 Taiwanese drama of the same name. It stars Mara Lind in the lead role. The original version was written by Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toContain('River Harbor —cast_member→ Mara Lind');
    // The source is a second "River Harbor" (2019, Taiwan); the remake itself gets none of its facts.
    const out = doc.output!;
    const remake = out.entities.find((e) => e.name === 'River Harbor' && !e.attributes?.year)!.id;
    const remakeFacts = out.facts.filter((f) => f.subject === remake).map((f) => f.predicate);
    expect(remakeFacts).not.toContain('screenwriter');
    expect(remakeFacts).not.toContain('country_of_origin');
    expect(remakeFacts).not.toContain('publication_date');
  });
});

describe('a word describing the person before a role noun at the start of a sentence', () => {
  it('is no band ("Solo singer X", "Veteran actor Y")', () => {
    const doc = run('Solo singer Quorv has sung the main theme for the drama Glass Harbor. Veteran actor Tom Alder stars in it.');
    const names = doc.output!.entities.map((e) => e.name);
    expect(names).not.toContain('Solo');
    expect(names).not.toContain('Veteran');
    expect(factLines(doc).some((f) => f.includes('member_of'))).toBe(false);
  });
});

describe('a stylised name, a weekday opening a title, and the song named last', () => {
  it('reads "X, stylised as \'Y\'" as one band, and "the drama Sunday Kitchen" as a title, not a date', () => {
    const doc = run("Northwind Nine, stylised as 'NRTHWND9', is a nine-member group from Norway. They have several hits, the best known being Dream Runner, which topped the charts. The song also served as the ending theme of the drama Sunday Harbor starring Tom Alder.");
    const names = doc.output!.entities.map((e) => e.name);
    expect(names).not.toContain('NRTHWND9');
    expect(names).toContain('Sunday Harbor');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Dream Runner —soundtrack_of→ Sunday Harbor', 'Sunday Harbor —cast_member→ Tom Alder']));
  });

  it('still reads "On Sunday" before a name as a date', () => {
    const doc = run('date 2024-06-10 On Sunday Mara Lind released the single Paper Moon.');
    expect(doc.output!.entities.some((e) => e.type === 'Date' && e.name === 'Sunday')).toBe(true);
  });
});

describe('name particles inside a capitalised name', () => {
  it('keeps "di", "van" and "von" inside the name ("the Harbor di Quorvia Awards", "Anna van Quorv")', () => {
    const doc = run('The film won three Harbor di Quorvia Awards. It stars Anna van Quorv.');
    const names = doc.output!.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Harbor di Quorvia Awards', 'Anna van Quorv']));
  });
});

describe('guests on a record ("A joins him on X, B trades lines with him on Y")', () => {
  it('types X and Y songs, gives each its guest and its host, and reads "the 58-year-old" as the host', () => {
    const doc = run('date 2020-03-02 Tom Alder has a new album out. The 58-year-old invited friends. Mara Lind joins him on Glass Coast, Quorv Zent trades lines with him on Paper Moon, and Northwind, led by Ben Harrow, play the closing track.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Song');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
    expect(entity(doc, 'Northwind')?.type).not.toBe('Song');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Coast —performer→ Mara Lind', 'Glass Coast —performer→ Tom Alder', 'Paper Moon —performer→ Tom Alder']));
    expect(factLines(doc)).not.toContain('Glass Coast —performer→ Quorv Zent');
  });
});

describe('"director A, who made last year\'s X"', () => {
  it('types X a work dated last year, gives it its director, and keeps it from taking the cast of the work the article is about', () => {
    const doc = run("date 2018-01-08 NWTV has set a premiere date for Glass Coast, its new drama. The channel has hired director Quorra Venn, who made last year's Paper Moon for the network. Mara Lind leads the cast as a teacher.");
    expect(entity(doc, 'Paper Moon')?.type).toBe('TVSeries');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —director→ Quorra Venn', 'Glass Coast —cast_member→ Mara Lind']));
    expect(factLines(doc)).not.toContain('Paper Moon —cast_member→ Mara Lind');
  });
});

describe('"rockers" before a band', () => {
  it('types the band and gives it rock as its genre', () => {
    const doc = run('Swedish rockers Northwind won Best Harbor Rock Record for Night Train.');
    expect(entity(doc, 'Northwind')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Northwind —genre→ rock');
  });
});

describe('"will release X, <a long aside naming others>, this Friday"', () => {
  it('dates X past an aside that names a person and a band', () => {
    const doc = run('date 2023-10-18 Folk veterans Northwind will release Night Train, their first album in ten years with Mara Lind back in the band, this Friday.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ this Friday');
  });
});

describe('a double A-side', () => {
  it('dates the song released with the one dated', () => {
    const doc = run('date 2007-10-01 The song Paper Moon will be released in December on Harbor Records as a double A-side single with the ballad Glass Coast.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —publication_date→ December', 'Glass Coast —publication_date→ December']));
  });
});

describe('"The Japanese drama X was written by A and ran on C eight years ago, with B as the teacher and a young D as the girl"', () => {
  it('reads a phrasing that opens with its subject past a country before it, and dates, airs and casts X', () => {
    const doc = run('date 2018-01-08 The Japanese drama Night Train was written by Mara Lind and ran on Harbor TV eight years ago, with Tom Alder as the teacher and a five-year-old Quorra Venn as the girl.');
    expect(factLines(doc)).toEqual(expect.arrayContaining([
      'Night Train —original_broadcaster→ Harbor TV',
      'Night Train —publication_date→ eight years ago',
      'Night Train —cast_member→ Tom Alder',
      'Night Train —cast_member→ Quorra Venn',
    ]));
  });
});

describe('"Their breakthrough came with X" after a band named once in passing', () => {
  it('gives X to the band the article keeps naming, not to the group a member belonged to before', () => {
    const doc = run('The band Northwind play tonight. Northwind formed in Oslo. Northwind have four members. Singer Tom Alder had been a member of the group Harbor Kids before turning to rock. Guitarist Mara Lind completes the line-up. Their breakthrough came with the 2010 single Paper Moon.');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Northwind');
    expect(factLines(doc)).not.toContain('Paper Moon —performer→ Harbor Kids');
  });
});

describe('"the group releases music through A at home and B abroad"', () => {
  it('gives the band both labels', () => {
    const doc = run('The band Northwind formed in 2005, and the group now releases music through Harbor Records at home and Glass Sound abroad.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Northwind —record_label→ Harbor Records', 'Northwind —record_label→ Glass Sound']));
  });
});

describe('"X, fronted by A, play ..."', () => {
  it('types X a band and A its member', () => {
    const doc = run('Tom Alder has a new album out. Glass Harbor, fronted by Mara Lind, play the closing track.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Mara Lind —member_of→ Glass Harbor');
  });
});

describe('"announced A\'s return in October together with the lead single X"', () => {
  it('dates the single announced with the news', () => {
    const doc = run("date 2022-11-02 The band Northwind played. The band announced Mara Lind's return in October together with the lead single Paper Moon.");
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ October');
  });
});

describe('"the hit Korean spy drama"', () => {
  it('reads a cue noun before a country and another cue noun as a modifier, so the description refers to the series', () => {
    const doc = run('Northwind will sing the theme song for the drama Glass Harbor when the hit Korean spy drama begins its run on NWTV next week.');
    expect(factLines(doc)).toContain('Glass Harbor —country_of_origin→ South Korea');
  });
});

describe('"X was the theme of the 2012 original, directed by A"', () => {
  it('does not give the song the director of the film named by a description before the comma', () => {
    const doc = run('The song Paper Moon was the theme of the 2012 original, directed by Mara Lind.');
    expect(factLines(doc)).not.toContain('Paper Moon —director→ Mara Lind');
  });
  it('still reads a song\'s video director', () => {
    const doc = run('The music video for the song Paper Moon was directed by Mara Lind.');
    expect(factLines(doc)).toContain('Paper Moon —director→ Mara Lind');
  });
});

describe('a title that opens with a number', () => {
  it('is one name in a list and after a cue noun, so the list goes on past it', () => {
    const doc = run('Mara Lind has had roles in films including Glass Harbor, 4000 Nights to Quorvia, The Long Coast, and Paper Moon. She also starred in the drama 7 Harbors.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['4000 Nights to Quorvia —cast_member→ Mara Lind', 'The Long Coast —cast_member→ Mara Lind', 'Paper Moon —cast_member→ Mara Lind']));
    expect(entity(doc, '7 Harbors')?.type).toBe('TVSeries');
  });
  it('leaves a year, a day before its month and a count of awards out of names', () => {
    const doc = run('In 2003, Mara Lind won 3 Lyre Awards and 2 Harbor Awards. The album came out on 27 September 2004.');
    expect(entity(doc, 'Lyre Awards')?.type).toBe('Award');
    expect(entity(doc, 'Harbor Awards')?.type).toBe('Award');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
});

describe('"A and B" after a credit\'s "by"', () => {
  it('is two names when one side is longer than a word', () => {
    const doc = run('The song Paper Moon was written by Quorv Talek and Brin Ossar and was originally recorded by Mara Lind.');
    expect(entity(doc, 'Quorv Talek')).toBeDefined();
    expect(entity(doc, 'Brin Ossar')).toBeDefined();
    expect(factLines(doc)).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('keeps two one-word sides and a side opening with "The" as one name', () => {
    const doc = run('The song Paper Moon was produced by The Quorvs and the Harbor Kings.');
    expect(entity(doc, 'Harbor Kings')).toBeUndefined();
  });
});

describe('two labels in one run, and the labels an artist recorded for', () => {
  it('splits a slash after a company suffix and reads "the albums A recorded for L"', () => {
    const doc = run('It was the third of five albums Mara Lind recorded for Harbor Hill / Glass Street Records before she moved on.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —record_label→ Harbor Hill', 'Mara Lind —record_label→ Glass Street Records']));
  });
  it('splits "Quorvex Trax and Quorvex Norway" (two names opening with one word) and reads "released as ... on DATE by L"', () => {
    const doc = run('The song Paper Moon was released as the fourth single from the album on 2 May 2001 by Quorvex Trax and Quorvex Norway.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —record_label→ Quorvex Trax', 'Paper Moon —record_label→ Quorvex Norway']));
  });
  it('still types the items after a plural cue when no verb follows the first', () => {
    const doc = run('Her two albums Night Train and Paper Moon sold well.');
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
  });
});

describe('a description with an "of" phrase before the name it stands for', () => {
  it('reads "its final album of original material, X" as the name\'s words, and an album is no album\'s owner', () => {
    const doc = run('Northwind is a rock band. The band released the album Glass Harbor in 1995. In 1999 the band released its final album of original material, The Quiet Coast, which again credited all four members.');
    expect(factLines(doc)).toContain('The Quiet Coast —publication_date→ 1999');
    expect(factLines(doc).some((f) => f.startsWith('The Quiet Coast —publication_date→ 1995'))).toBe(false);
  });
});

describe('band roles after a copula', () => {
  it('reads "A (born ...) is the guitarist and one of the songwriters of the band X, as well as guitarist of the band Y"', () => {
    const doc = run('Mara Lind (born 3 March 1980 in Oslo, Norway) is the guitarist and one of the songwriters of the folk band Northwind, as well as guitarist of the rock band Glasswing.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Mara Lind —member_of→ Northwind', 'Mara Lind —member_of→ Glasswing']));
  });
  it('reads "best known as the lead vocalist and composer of the band X"', () => {
    const doc = run('Tom Alder was a singer, best known as the lead vocalist and composer of the rock band Northwind.');
    expect(factLines(doc)).toContain('Tom Alder —member_of→ Northwind');
  });
});

describe('one-word names of a cast list, and two people joining a band', () => {
  it('types the names before "play significant roles" people of the work in context', () => {
    const doc = run('The film Night Train is written by Tom Alder. Quorvan, Mirra Tobin and Lenn play significant roles in the film.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —cast_member→ Mirra Tobin', 'Night Train —cast_member→ Lenn']));
  });
  it('reads "A with B joined the band X" for both', () => {
    const doc = run('Later Tom Alder with Mara Lind joined the Oslo-based folk band Northwind.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Tom Alder —member_of→ Northwind', 'Mara Lind —member_of→ Northwind']));
  });
});

describe('"such shows as A, B"', () => {
  it('types the works after "such <screen works> as" like those after "shows such as"', () => {
    const doc = run('Tom Alder played a spy in the series Night Harbor and guest starred on such shows as Quorvia Blues, Glass Street and The Long Coast.');
    expect(entity(doc, 'Quorvia Blues')?.type).toBe('TVSeries');
    expect(entity(doc, 'Glass Street')?.type).toBe('TVSeries');
  });
});

describe('"A and B began writing it"', () => {
  it('gives the song in context its writers, as "A wrote X" does', () => {
    const doc = run('Paper Moon is a song by the rock band Northwind. Guitarist Tom Alder and singer Ben Hale began writing it in the summer of 1975.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —composer→ Tom Alder', 'Paper Moon —composer→ Ben Hale', 'Paper Moon —lyricist→ Ben Hale']));
  });
});

describe('"A and B" ending a list of people', () => {
  it('splits after a person\'s name and a comma, so each gets the list\'s fact', () => {
    const doc = run('The film Night Train stars Mara Lind, P. Quorvan, Sakrin and Tomas Beldar.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —cast_member→ Sakrin', 'Night Train —cast_member→ Tomas Beldar']));
  });
});

describe('"X, which became a signature-song for Y"', () => {
  it('gives the song its performer, as "X, a hit for Y" does', () => {
    const doc = run('Mara Lind sang with the band Northwind. The band released the single "Paper Moon", which became a signature-song for Mara Lind.');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('"X is a series created by A that premiered on C on D"', () => {
  it('gives the series its channel and date, as "... and premiered on C" does', () => {
    const doc = run('Night Train is an American drama television series created by Mara Lind that premiered on Harbor Network on March 4, 2016.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Night Train —original_broadcaster→ Harbor Network', 'Night Train —publication_date→ March 4, 2016']));
  });
});

describe('"A sequel, Y, was released in 2014" after a film named earlier', () => {
  it('makes the named sequel follow the film in context', () => {
    const doc = run('Night Train is a 2011 drama film directed by Mara Lind. It stars Tomas Beldar. A sequel, Paper Moon, was released in 2014.');
    expect(factLines(doc)).toContain('Paper Moon —follows→ Night Train');
    const its = run('Night Train is a 2011 drama film directed by Mara Lind. Its sequel, Paper Moon, premiered in 2014.');
    expect(factLines(its)).toContain('Paper Moon —follows→ Night Train');
  });
});

describe('"The album was preceded by the lead single Y"', () => {
  it('makes no follows fact between an album and its own single', () => {
    const doc = run('Paper Moon is the second studio album by the rock band Northwind. It was preceded by the lead single "Night Train", written by Mara Lind.');
    expect(factLines(doc).filter((l) => l.includes('follows'))).toEqual([]);
    const albums = run('The album Paper Moon was preceded by the album Night Train.');
    expect(factLines(albums)).toContain('Paper Moon —follows→ Night Train');
  });
});

describe('"the remake of X. The remake will be directed by A"', () => {
  it('does not resolve "the remake" to the work it was made from', () => {
    const doc = run('date 2023-03-02 Actor Tomas Beldar has been cast in the Korean remake of the Spanish film Night Train. The remake will be directed by Mara Lind.');
    // The remake is a second "Night Train" (South Korea); the Spanish one gets no director.
    const out = doc.output!;
    const byCountry = (c: string) => out.entities.find((e) => e.name === 'Night Train' && e.attributes?.country === c)!.id;
    const lind = out.entities.find((e) => e.name === 'Mara Lind')!.id;
    expect(out.facts.some((f) => f.subject === byCountry('Spain') && f.predicate === 'director')).toBe(false);
    expect(out.facts.some((f) => f.subject === byCountry('South Korea') && f.predicate === 'director' && f.object === lind)).toBe(true);
  });
});

describe('An actor article: "cast in the remake of X"', () => {
  it('does not credit the actor to X, the work the remake was made from', () => {
    const doc = run('Tomas Beldar is a Korean actor. In 2023 he was cast in the Korean remake of the Spanish film Night Train.');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Tomas Beldar');
  });
});

describe('"It was released on D as the album\'s lead single by L"', () => {
  it('gives the song its label, the date standing before "as" as well as after', () => {
    const doc = run('Paper Moon is a song by the duo Northwind. It was released on 3 February 2014 as the album\'s lead single by Quorvex Records.');
    expect(factLines(doc)).toContain('Paper Moon —record_label→ Quorvex Records');
  });
});

describe('"... a fisherman, played by A" in a film article', () => {
  it('casts A in the film in context, but not a guitar part played by someone', () => {
    const doc = run('Night Train is a 1997 drama film. It stars Mara Lind as a teacher who falls for a fisherman, played by Tomas Beldar.');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Tomas Beldar');
    const guitar = run('Night Train is a 1997 drama film. Its theme has a guitar solo played by Tomas Beldar.');
    expect(factLines(guitar)).not.toContain('Night Train —cast_member→ Tomas Beldar');
  });
});

describe('"A has topped the C chart with their new single X"', () => {
  it('charts the song named after "with", past the owner\'s possessive', () => {
    const doc = run('date 2024-01-15 The band Northwind has topped the Quorvex Top 40 with their new single "Paper Moon".');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorvex Top 40');
  });
});

describe('"X is a 2004 Quorvish-language film directed by A"', () => {
  it('reads the joined "-language" modifier as part of the description, so X is the film', () => {
    const doc = run('Glass Harbor is a 2004 Quorvish-language film directed by Mara Lind.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Glass Harbor —director→ Mara Lind');
  });
  it('reads "-born" and "-based" the same way', () => {
    const doc = run('Paper Moon is a 1999 song by the Quorv-based band Northwind.');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Northwind');
    expect(entity(doc, 'Northwind')?.type).toBe('Band');
  });
});

describe('"The film was remade in 2019 as Y, starring A"', () => {
  it('makes Y a film based on the first, dated 2019, and gives A to Y, not to the film remade', () => {
    const doc = run('Glass Coast is a 2011 drama film directed by Ines Varga. The film was remade in 2019 as Silver Coast, starring Tom Alder.');
    const facts = factLines(doc);
    expect(entity(doc, 'Silver Coast')?.type).toBe('Film');
    expect(facts).toContain('Silver Coast —based_on→ Glass Coast');
    expect(facts).toContain('Silver Coast —publication_date→ 2019');
    expect(facts).toContain('Silver Coast —cast_member→ Tom Alder');
    expect(facts).not.toContain('Glass Coast —cast_member→ Tom Alder');
  });
});

describe('"X is a song by B, released as the second single from their album Y on D"', () => {
  it('dates the song, past the album named in between', () => {
    const doc = run('Paper Moon is a song by the band Northwind, released as the second single from their album Glass Harbor on 5 June 2006.');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ 5 June 2006');
    expect(factLines(doc)).not.toContain('Glass Harbor —publication_date→ 5 June 2006');
  });
});

describe('"a German-Norwegian drama film"', () => {
  it('reads a joined pair of demonyms as two countries, after the name and before it', () => {
    for (const text of ['Glass Coast is a 2011 German-Norwegian drama film directed by Ines Varga.', 'The German-Norwegian film Glass Coast opened in 2011.']) {
      const facts = factLines(run(text));
      expect(facts).toContain('Glass Coast —country_of_origin→ Germany');
      expect(facts).toContain('Glass Coast —country_of_origin→ Norway');
    }
  });
});

describe('"recorded X for the soundtrack of the 2004 film Y"', () => {
  it('reads the song as part of the film\'s soundtrack, the soundtrack read as a description or as words', () => {
    expect(factLines(run('Mara Lind recorded "Paper Moon" for the soundtrack of the 2004 film Glass Harbor.'))).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
    expect(factLines(run('"Paper Moon" was featured on the soundtrack to the film Glass Harbor (2004).'))).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
  });
});

describe('"The soundtrack album, X: Music from the Motion Picture, was released by L"', () => {
  it('keeps the colon subtitle with "from the" in the title, which is no organisation', () => {
    const doc = run('Night Train is a 2001 film. The soundtrack album, Night Train: Music from the Motion Picture, was released by Quorvex Records in 2002.');
    expect(entity(doc, 'Night Train: Music from the Motion Picture')?.type).toBe('Album');
    expect(doc.output!.entities.some((e) => e.name === 'Night Train: Music')).toBe(false);
    expect(factLines(doc)).toContain('Night Train: Music from the Motion Picture —record_label→ Quorvex Records');
  });
});

describe('"The drama, which is a remake of the series X, premieres on C on D"', () => {
  it('gives the channel and the date to the drama, not to X inside the relative clause', () => {
    const doc = run('date 2024-03-02 QTV has announced its spring drama Silver Line. The drama, which is a remake of the 2015 Quorvish series Glass Harbor, premieres on QTV on April 5.');
    const facts = factLines(doc);
    expect(facts).toContain('Silver Line —based_on→ Glass Harbor');
    expect(facts).not.toContain('Glass Harbor —original_broadcaster→ QTV');
    expect(facts).not.toContain('Glass Harbor —publication_date→ April 5');
  });
});

describe('"A and B are set to star in X, a new romantic comedy from director C"', () => {
  it('casts A and B and credits C as director', () => {
    const facts = factLines(run('date 2024-03-02 Ines Varga and Tom Alder are set to star in Silver Line, a new romantic comedy from director Sam Reyes.'));
    expect(facts).toContain('Silver Line —cast_member→ Ines Varga');
    expect(facts).toContain('Silver Line —cast_member→ Tom Alder');
    expect(facts).toContain('Silver Line —director→ Sam Reyes');
  });
});

describe('"A will sing the OST for the drama X. The song, titled Y, ..."', () => {
  it('makes the OST described first the song named next, with its singer and drama', () => {
    const facts = factLines(run('date 2024-03-02 Singer Ines Varga has been tapped to sing the OST for the upcoming QTV drama Silver Line. The song, titled "Harbor Lights", will be released on March 10.'));
    expect(facts).toContain('Harbor Lights —performer→ Ines Varga');
    expect(facts).toContain('Harbor Lights —soundtrack_of→ Silver Line');
    expect(facts).toContain('Harbor Lights —publication_date→ March 10');
  });
  it('does not reach past another song named in between', () => {
    const facts = factLines(run('date 2024-03-02 Ines Varga will sing the OST for the drama Silver Line. Her last single "Paper Moon" topped the charts. The song, titled "Harbor Lights", is out on March 10.'));
    expect(facts).not.toContain('Harbor Lights —soundtrack_of→ Silver Line');
  });
});

describe('"written for Northwind\'s debut album, Glass Coast"', () => {
  it('types the owner of an album set in apposition after a comma, and places the song on it', () => {
    const doc = run('Night Train is a song written by Mara Lind for Northwind\'s debut album, Glass Coast (1999).');
    expect(entity(doc, 'Northwind')).toBeDefined();
    expect(factLines(doc)).toContain('Glass Coast —performer→ Northwind');
    expect(factLines(doc)).toContain('Night Train —part_of→ Glass Coast');
  });
});

describe('"Former member A left in 2010" in a band article', () => {
  it('makes A a member of the band in context', () => {
    const facts = factLines(run('Northwind is a rock band from Oslo. Its members are Mara Lind and Tom Alder. Former member Ines Varga left in 2010.'));
    expect(facts).toContain('Ines Varga —member_of→ Northwind');
  });
  it('does not read a member mid-sentence as opening one', () => {
    const facts = factLines(run('Northwind is a rock band from Oslo. The label signed former member Ines Varga as a solo act.'));
    expect(facts).not.toContain('Ines Varga —member_of→ Northwind');
  });
});

describe('"A has been cast in NWTV\'s upcoming fantasy drama X"', () => {
  it('reads the possessive channel before words ending in a screen cue as the broadcaster, and still casts A', () => {
    const facts = factLines(run('date 2024-03-02 Kim Ha-neul has been cast in NWTV\'s upcoming fantasy drama Silver Line.'));
    expect(facts).toContain('Silver Line —original_broadcaster→ NWTV');
    expect(facts).toContain('Silver Line —cast_member→ Kim Ha-neul');
  });
  it('leaves a possessive before ordinary words alone', () => {
    const doc = run('date 2024-03-02 NWTV\'s chief executive praised Silver Line.');
    expect(factLines(doc)).not.toContain('Silver Line —original_broadcaster→ NWTV');
  });
});

describe('"A and B have teamed up for a new single, X"', () => {
  it('makes both acts performers of X and collaborators, typing the one-word act', () => {
    const facts = factLines(run('date 2024-03-02 Quorvane and Mara Lind have teamed up for a new single, "Paper Moon", out this Friday.'));
    expect(facts).toContain('Paper Moon —performer→ Quorvane');
    expect(facts).toContain('Paper Moon —performer→ Mara Lind');
    expect(facts).toContain('Quorvane —collaborated_with→ Mara Lind');
  });
});

describe('"A is returning with her third studio album, X, on D"', () => {
  it('dates the album named between the comeback and the date', () => {
    expect(factLines(run('date 2024-03-02 Ines Varga is returning with her third studio album, Glass Coast, on April 12.'))).toContain('Glass Coast —publication_date→ April 12');
  });
});

describe('"Directed by A and written by B, it stars C"', () => {
  it('credits the director and the writer of a fronted pair of credits to the work the pronoun names', () => {
    const facts = factLines(run('Silver Line is a television series that aired on QTV in 2016. Directed by Sam Reyes and written by Ines Varga, it stars Kim Ha-neul.'));
    expect(facts).toContain('Silver Line —director→ Sam Reyes');
    expect(facts).toContain('Silver Line —screenwriter→ Ines Varga');
    expect(facts).not.toContain('Silver Line —director→ Ines Varga');
  });
});

describe('"It was later covered by Northwind on their 1995 album Glass Coast"', () => {
  it('types the covering act, so the album is theirs and not the original singer\'s', () => {
    const facts = factLines(run('"Paper Moon" is a ballad first recorded by Mara Lind in 1972. It was later covered by Quorvane on their 1995 album Glass Coast.'));
    expect(facts).toContain('Glass Coast —performer→ Quorvane');
    expect(facts).not.toContain('Glass Coast —performer→ Mara Lind');
  });
});

describe('"A was a songwriter, best known for writing X for B"', () => {
  it('credits A with the song\'s words and music, and B with singing it', () => {
    const facts = factLines(run('Tom Alder (1941 – 2009) was a Quorvish songwriter, best known for writing "Paper Moon" for Mara Lind.'));
    expect(facts).toContain('Paper Moon —composer→ Tom Alder');
    expect(facts).toContain('Paper Moon —lyricist→ Tom Alder');
    expect(facts).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('does not take the owner before a possessive as the singer', () => {
    const facts = factLines(run('Tom Alder wrote "Paper Moon" for Mara Lind\'s second album.'));
    expect(facts).not.toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('"the drama X, which is set to air on C in July"', () => {
  it('dates the drama past the channel named between the verb and the date', () => {
    const facts = factLines(run('date 2021-05-10 Mara Lind will make her acting debut in the drama Night Train, which is set to air on QTV in July.'));
    expect(facts).toContain('Night Train —publication_date→ July');
    expect(facts).toContain('Night Train —original_broadcaster→ QTV');
  });
});

describe('"X, its Korean remake of the Japanese drama of the same name"', () => {
  it('makes the source a second entity of the same name, with its own country, and the remake based on it', () => {
    const doc = run('date 2022-05-02 Northwind Pictures has set a premiere date for Glass Harbor, its Korean remake of the Japanese drama of the same name. The Japanese Glass Harbor was written by Tom Alder and ran on QTV in 2009.');
    const out = doc.output!;
    const harbors = out.entities.filter((e) => e.type === 'TVSeries' && e.name === 'Glass Harbor');
    expect(harbors.map((e) => e.attributes?.country).sort()).toEqual(['Japan', 'South Korea']);
    const [korean, japanese] = ['South Korea', 'Japan'].map((c) => harbors.find((e) => e.attributes?.country === c)!.id);
    const has = (s: string, p: string, o: string) => out.facts.some((f) => f.subject === s && f.predicate === p && f.object === o);
    expect(has(korean, 'based_on', japanese)).toBe(true);
    const alder = out.entities.find((e) => e.name === 'Tom Alder')!.id;
    expect(has(japanese, 'screenwriter', alder)).toBe(true);
    expect(has(korean, 'screenwriter', alder)).toBe(false);
  });
  it('gives a film of the same name the description\'s year', () => {
    const doc = run('Night Train is a 2021 film based on the 1998 novel of the same name by Mara Lind.');
    const books = doc.output!.entities.filter((e) => e.name === 'Night Train');
    expect(books.map((e) => `${e.type} ${e.attributes?.year}`).sort()).toEqual(['Book 1998', 'Film 2021']);
    expect(factLines(doc)).toContain('Night Train —based_on→ Night Train');
  });
});

describe('a remake named only by descriptions ("Mara Lind\'s remake", "the South Korean original")', () => {
  const text = 'date 2020-03-06 Ten years after Tom Alder\'s film Night Train shocked audiences, Hollywood has made its own. Mara Lind\'s remake opens in American theaters next Friday. The South Korean original, a thriller released in 2010, starred Ben Quorvik. The remake was produced by Tomas Beldar. Sara Vell plays the detective. Whether it can escape the shadow of the 2010 film is another matter.';
  it('makes the remake a second work of the same name and gives each its own credits', () => {
    const out = run(text, '2020-03-06').output!;
    const trains = out.entities.filter((e) => e.type === 'Film' && e.name === 'Night Train');
    expect(trains).toHaveLength(2);
    const original = trains.find((e) => e.attributes?.country === 'South Korea')!;
    const remake = trains.find((e) => e !== original)!;
    const credits = (film: typeof remake) => out.facts.filter((f) => f.subject === film.id).map((f) => `${f.predicate} ${out.entities.find((e) => e.id === f.object)!.name}`);
    expect(credits(original)).toEqual(expect.arrayContaining(['cast_member Ben Quorvik', 'director Tom Alder', 'publication_date 2010']));
    expect(credits(remake)).toEqual(expect.arrayContaining(['producer Tomas Beldar', 'cast_member Sara Vell']));
    expect(credits(remake)).not.toContain('cast_member Ben Quorvik');
    expect(credits(original)).not.toContain('cast_member Sara Vell');
    expect(remake.attributes?.year).toBe(2020);
  });
  it('keeps one work when nothing sets the remake apart from the work named', () => {
    const out = run('The film Night Train opens on Friday. The remake stars Sara Vell as a detective.').output!;
    expect(out.entities.filter((e) => e.name === 'Night Train')).toHaveLength(1);
  });
});

describe('a remake known only by descriptions is based on the work it was made from', () => {
  it('links "Mara Lind\'s remake" to the film named before it', () => {
    const out = run('date 2020-03-06 Ten years after Tom Alder\'s film Night Train shocked audiences, Hollywood has made its own. Mara Lind\'s remake opens in American theaters next Friday.', '2020-03-06').output!;
    const trains = out.entities.filter((e) => e.name === 'Night Train');
    expect(trains).toHaveLength(2);
    const [original, remake] = trains;
    expect(out.facts.filter((f) => f.predicate === 'based_on').map((f) => [f.subject, f.object])).toEqual([[remake.id, original.id]]);
  });
});

describe('"Its Korean remake" after a named drama, and "the South Korean original"', () => {
  it('makes the remake a second work with its own country and cast', () => {
    const out = run('The drama Glass Harbor aired on QTV in 2016. Its Korean remake premieres next month and stars Sara Vell.').output!;
    const harbors = out.entities.filter((e) => e.name === 'Glass Harbor');
    expect(harbors).toHaveLength(2);
    const remake = harbors.find((e) => e.attributes?.country === 'South Korea')!;
    const vell = out.entities.find((e) => e.name === 'Sara Vell')!;
    expect(out.facts.some((f) => f.subject === remake.id && f.predicate === 'cast_member' && f.object === vell.id)).toBe(true);
    expect(out.facts.filter((f) => f.predicate === 'cast_member' && f.object === vell.id)).toHaveLength(1);
  });
  it('does not split the drama for "its remake" when "its" is a studio\'s', () => {
    const out = run('The drama Glass Harbor aired on QTV in 2016. Northwind Studio will soon start its remake with Sara Vell.').output!;
    expect(out.entities.filter((e) => e.name === 'Glass Harbor')).toHaveLength(1);
  });
  it('gives the original the country its description states', () => {
    const doc = run("date 2020-03-06 Tom Alder's film Night Train shocked audiences in 2010. Mara Lind's remake opens next Friday. The South Korean original starred Ben Quorvik.", '2020-03-06');
    const original = doc.output!.entities.find((e) => e.name === 'Night Train' && e.attributes?.country === 'South Korea')!;
    expect(original).toBeDefined();
    expect(factLines(doc)).toContain('Night Train —country_of_origin→ South Korea');
  });
});

describe('"the 2012 original" in an article about an instalment "X: Y" of a series', () => {
  it('is the series\' first work, named X, not the instalment', () => {
    const doc = run('date 2021-04-16 When Night Train: The Last Stop opens in cinemas next Friday, the credits will roll over a Northwind song. The band has supplied a theme for every film of the series. The band formed in 2005 in Oslo. Its singer is Tom Alder. They signed with Harbor Records in 2008. Their breakthrough came with a single in 2010. Paper Moon was the theme of the 2012 original, directed by Mara Lind.', '2021-04-16');
    const facts = factLines(doc);
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
    expect(facts).toContain('Night Train —director→ Mara Lind');
    expect(facts).toContain('Paper Moon —soundtrack_of→ Night Train');
    expect(facts).not.toContain('Night Train: The Last Stop —director→ Mara Lind');
  });
});

describe('"the film X, directed by A and starring B"', () => {
  it('casts B in X, past the director credit', () => {
    const doc = run('Paper Moon was the theme of the film Night Train, directed by Mara Lind and starring Tom Alder as a swordsman.');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Tom Alder');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Mara Lind');
  });
});

describe('a person named in one sentence with an apposition ("A, the producer he met in 1990,") is still named in passing', () => {
  it('leaves "The 60-year-old" after a heading to the artist the article keeps naming', () => {
    const doc = run('date 2021-10-20 Tom Alder released the album Harbor Nights on Friday. Tom Alder recorded it at home. The lead single, Glass Coast, came out in May. Tom Alder wrote the music, and Mara Lind, the producer he met in 1990, mixed the record.\n\nFriends old and new\n\nThe 60-year-old has filled the rest of the album with guests. Sara Vell joins him on Paper Moon.', '2021-10-20');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tom Alder');
    expect(factLines(doc)).not.toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('"X is a Korean remake of the 2009 original"', () => {
  it('makes the original a second work of the same name, with its own year and credits', () => {
    const out = run('The drama Glass Harbor is a Korean remake of the 2009 original. The original was directed by Tom Alder. The remake stars Sara Vell.').output!;
    const harbors = out.entities.filter((e) => e.name === 'Glass Harbor');
    expect(harbors).toHaveLength(2);
    const original = harbors.find((e) => e.attributes?.year === 2009)!;
    const remake = harbors.find((e) => e !== original)!;
    const objectOf = (s: string, p: string) => out.facts.filter((f) => f.subject === s && f.predicate === p).map((f) => out.entities.find((e) => e.id === f.object)!.name);
    expect(objectOf(remake.id, 'based_on')).toEqual(['Glass Harbor']);
    expect(objectOf(original.id, 'director')).toEqual(['Tom Alder']);
    expect(objectOf(remake.id, 'director')).toEqual([]);
    expect(objectOf(remake.id, 'cast_member')).toEqual(['Sara Vell']);
  });
});

describe('"The channel has paired director A, who made ..., with screenwriter B"', () => {
  it('credits A and B to the drama in context, not to the work named in the aside', () => {
    const doc = run("The drama Glass Harbor premieres in May. The channel has paired director Mara Lind, who made last year's Paper Moon for the network, with screenwriter Tom Alder.");
    const facts = factLines(doc);
    expect(facts).toContain('Glass Harbor —director→ Mara Lind');
    expect(facts).toContain('Glass Harbor —screenwriter→ Tom Alder');
    expect(facts).not.toContain('Paper Moon —screenwriter→ Tom Alder');
  });
});

describe('"director A, who made last year\'s X for the network"', () => {
  it('gives the drama X the network it was made for', () => {
    const doc = run('date 2020-05-01 Harbor Channel has set a premiere date for the drama Glass Coast. The cable channel has hired director Mara Lind, who made last year\'s drama Paper Moon for the network.', '2020-05-01');
    expect(factLines(doc)).toContain('Paper Moon —original_broadcaster→ Harbor Channel');
  });
});

describe('"X, the thriller that won in Oslo in January, finally reaches audiences this Friday"', () => {
  it('dates the film by the day it reaches audiences, past the aside and its own date', () => {
    const doc = run('date 2021-03-01 The film Night Train, the thriller that won in Oslo in January, finally reaches audiences this Friday.', '2021-03-01');
    const out = doc.output!;
    const dates = out.facts.filter((f) => f.predicate === 'publication_date').map((f) => out.entities.find((e) => e.id === f.object)!.value);
    expect(dates).toEqual(['2021-03-05']);
  });
});

describe('"It should not be confused with X, the 2019 drama in which A plays ..."', () => {
  it('casts A in X, the work the clause describes, not the film in context', () => {
    const doc = run('The film Night Train opens on Friday. It should not be confused with Glass Coast, the 2019 drama in which Tom Alder plays an ageing pianist.');
    expect(factLines(doc)).toContain('Glass Coast —cast_member→ Tom Alder');
    expect(factLines(doc)).not.toContain('Night Train —cast_member→ Tom Alder');
  });
});

describe('a range of two dates written with a dash', () => {
  it('reads each end as a date of its own, the first taking the year written after it', () => {
    const life = run('Mara Lind (3 May 1921 – 14 June 1988) was a Norwegian songwriter.');
    expect(entity(life, '3 May 1921')?.value).toBe('1921-05-03');
    expect(entity(life, '14 June 1988')?.value).toBe('1988-06-14');
    const months = run('The album Paper Moon was recorded in Oslo during October – November 1980 by Northwind.');
    expect(entity(months, 'October')?.value).toBe('1980-10');
    expect(entity(months, 'November 1980')?.value).toBe('1980-11');
    const dated = run('date 2021-03-01 The album Paper Moon was recorded during October – November 2019.', null);
    expect(entity(dated, 'October')?.value).toBe('2019-10');
  });
});

describe('a lone family name of a known person in a list of writers', () => {
  it('is the person before the list passes its type on ("written by Lind, Guy Marsh and Tomas Beldar")', () => {
    const doc = run('"Paper Moon" is a song performed by Norwegian singer Mara Lind. Lind has performed the song on every tour since. The song was written by Lind, Guy Marsh and Tomas Beldar.');
    expect(entity(doc, 'Guy Marsh')?.type).toBe('Person');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Paper Moon —lyricist→ Guy Marsh', 'Paper Moon —lyricist→ Tomas Beldar']));
  });
});

describe('a rank or title before a person\'s full name', () => {
  it('is no part of the name ("as Detective Tomas Beldar", "Vice Admiral Mara Lind"); one word after a title keeps it', () => {
    const doc = run('Night Train is a 2004 police drama. It stars Tom Alder as Detective Tomas Beldar and Ada Quist as Vice Admiral Mara Lind.');
    expect(entity(doc, 'Tomas Beldar')?.type).toBe('Person');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(entity(doc, 'Detective Tomas Beldar')).toBeUndefined();
    const one = run('Night Train is a 2004 police drama. Tom Alder plays Dr. Quorvan.');
    expect(entity(one, 'Dr. Quorvan')?.type).toBe('Person');
  });
  it('reads "Dr. Penelope Vale (Mara Quist)" as a character and the actor, two people, not one with an alias', () => {
    const doc = run('Night Train is a 2004 police drama. The episode marks the first appearance of Dr. Penelope Vale (Mara Quist).');
    expect(entity(doc, 'Penelope Vale')?.aliases ?? []).not.toContain('Mara Quist');
    expect(entity(doc, 'Mara Quist')?.type).toBe('Person');
  });
});

describe('a quoted title with small words that ends in an initial and its full stop', () => {
  it('is a quoted title ("Songs of Mara Q." is the fifth episode ...), not a run of capitals the copula cannot type', () => {
    const doc = run('"Songs of Mara Q." is the fifth episode of the second season of the drama series Night Train. It aired on Harbor TV on March 4, 2012.');
    expect(entity(doc, 'Songs of Mara Q')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Songs of Mara Q —original_broadcaster→ Harbor TV');
  });
});

describe('"a cover of a song from a solo album by A of Swedish rock band B"', () => {
  it('ends the name before "of" and a demonym, and does not make A perform the cover', () => {
    const doc = run('"Quiet Coast" is a cover of a song from a solo album by Tomas Beldar of Swedish rock band Northwind.');
    expect(entity(doc, 'Tomas Beldar')?.type).toBe('Person');
    expect(entity(doc, 'Tomas Beldar of')).toBeUndefined();
    expect(factLines(doc)).not.toContain('Quiet Coast —performer→ Tomas Beldar');
    const own = run('"Quiet Coast" is a song from a solo album by Tomas Beldar.');
    expect(factLines(own)).toContain('Quiet Coast —performer→ Tomas Beldar');
  });
});

describe('"X is a blues single written and released as a single by A in 1955"', () => {
  it('dates X past the credit of "released as a single by"', () => {
    const doc = run('"Paper Moon" is a folk single written and released as a single by Mara Lind in 1961 on the Harbor label.');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ 1961');
  });
});

describe('"from their 2009 release Set in Glass"', () => {
  it('reads a dated release as a work, keeping a preposition inside its title, with its year and owner', () => {
    const doc = run('Mara Lind played a guest solo for the rock band Northwind on an instrumental song from their 2009 release Set in Glass.');
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Set in Glass —performer→ Northwind', 'Set in Glass —publication_date→ 2009']));
  });
  it('needs the year: "after its release Tomas Beldar toured" types no work', () => {
    const doc = run('The album Paper Moon came out in May. After its release Tomas Beldar toured Norway.');
    expect(entity(doc, 'Tomas Beldar')?.type).toBe('Person');
  });
});

describe('a one-word name that ends a list of two people or more', () => {
  it('is a person too ("written by Mara Lind, Tom Alder and Quorvex", "A B, C D, Quorvi and others")', () => {
    const doc = run('The song "Paper Moon" was written by Mara Lind, Tom Alder and Quorvex.');
    expect(entity(doc, 'Quorvex')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Paper Moon —lyricist→ Quorvex');
    const cast = run('Night Train is a 2012 drama film. Its cast included Mara Lind, Tom Alder, Quorvi and others.');
    expect(entity(cast, 'Quorvi')?.type).toBe('Person');
  });
});

describe('"the US version of Life in Glass"', () => {
  it('reads the name after "version of" whole, prepositions inside, as a work of the article\'s kind', () => {
    const doc = run('Tom Alder is an American actor. He starred in the drama series Night Train and played a detective in the US version of Life in Glass.');
    expect(['TVSeries', 'Film']).toContain(entity(doc, 'Life in Glass')?.type);
  });
  it('leaves an owner\'s possessive after "version of" alone ("the film version of A.B. Quorv\'s X")', () => {
    const doc = run('Tom Alder is an American actor. He starred in the 2002 film version of A.B. Quorv\'s The Glass Machine.');
    expect(entity(doc, 'A.B. Quorv')?.type).not.toBe('Film');
  });
});

describe('a title with a contraction written as two tokens ("Got ta Tell You")', () => {
  it('keeps the contraction inside the title', () => {
    const doc = run('The song "Paper Moon" was released on her first album Got ta Find Glass.');
    expect(entity(doc, 'Got ta Find Glass')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Got ta Find Glass');
  });
});

describe('"A sequel, Y, was released" after a song is named', () => {
  it('makes the sequel follow the film in context, never the film\'s theme song', () => {
    const doc = run('Glass Harbor is a 2013 mystery film directed by Mara Lind. The film premiered in June. The film\'s theme, "Paper Moon", was performed by Tomas Beldar. A sequel, Silver Coast, was released in 2016.');
    const facts = factLines(doc);
    expect(facts).not.toContain('Silver Coast —follows→ Paper Moon');
    expect(facts).toContain('Silver Coast —follows→ Glass Harbor');
  });
});

describe('a quoted remark before a speech verb', () => {
  it('is no song title ("Her voice carries the whole song," he said), while a quoted title before "said" still is', () => {
    const doc = run('The singer Tomas Beldar released "Paper Moon" in May. "Mara\'s voice carries the whole song," he said. "Glass Harbor," said Lind, "was next."');
    expect(entity(doc, "Mara's voice carries the whole song")).toBeUndefined();
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Song');
  });
});

describe('"written by A and composed by B"', () => {
  it('makes A the lyricist only and B the composer, and the other way round', () => {
    const doc = run('The title track "Paper Moon" is a ballad written by leader Mara Lind and composed by producer Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —lyricist→ Mara Lind');
    expect(facts).toContain('Paper Moon —composer→ Tom Alder');
    expect(facts).not.toContain('Paper Moon —composer→ Mara Lind');
    const reversed = factLines(run('Glass Harbor is a ballad composed by Tom Alder and written by Mara Lind.'));
    expect(reversed).toContain('Glass Harbor —lyricist→ Mara Lind');
    expect(reversed).toContain('Glass Harbor —composer→ Tom Alder');
  });
});

describe('"on the X chart" and "X by A has held the No. 1 spot on C"', () => {
  it('types a name between "on the" and a lower-case "chart" as a chart', () => {
    const doc = run('The single "Paper Moon" peaked at number three on the Quorvalisten chart. Its follow-up reached number 20 on the Hot Prairie Songs chart.');
    expect(entity(doc, 'Quorvalisten')?.type).toBe('Chart');
    expect(entity(doc, 'Hot Prairie Songs')?.type).toBe('Chart');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorvalisten');
  });
  it('charts a song whose artist stands between it and the verb', () => {
    const doc = run('date 2027-05-03 "Paper Moon" by Norwegian rock band Northwind has held the No. 1 spot on the Quorvex Top 50 for a third week.');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorvex Top 50');
  });
});

describe('"A\'s song, taken from their album X, was released in May through L"', () => {
  it('gives the album named in the aside neither the date nor the label', () => {
    const doc = run('date 2027-05-03 The band Northwind topped the chart with "Paper Moon". Northwind\'s song, taken from their album Glass Harbor, was released in February through Quorvex Records.');
    const facts = factLines(doc);
    expect(facts).not.toContain('Glass Harbor —record_label→ Quorvex Records');
    expect(facts.some((f) => f.startsWith('Glass Harbor —publication_date→'))).toBe(false);
  });
});

describe('"produced by the band\'s longtime collaborator A"', () => {
  it('makes A the producer and no member, while "Northwind\'s drummer B" is still a member', () => {
    const doc = run("Irish folk band Northwind have revealed their fourth album, Glass Harbor. The record was produced by the band's longtime collaborator Mara Lind. Northwind's drummer Tom Alder wrote most of it.");
    const facts = factLines(doc);
    expect(facts).toContain('Glass Harbor —producer→ Mara Lind');
    expect(facts).not.toContain('Glass Harbor —producer→ Northwind');
    expect(facts).not.toContain('Mara Lind —member_of→ Northwind');
    expect(facts).toContain('Tom Alder —member_of→ Northwind');
  });
});

describe('"The Quorv Kings are an American band" opening an article', () => {
  it('keeps the opening "The" of a band named before a plural copula', () => {
    const doc = run('The Quorv Kings are an American alternative country band from Austin, formed in 1998 by singer Tom Alder. The band signed to Harbor Road Records in 2003.');
    expect(entity(doc, 'The Quorv Kings')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Tom Alder —member_of→ The Quorv Kings');
    expect(factLines(doc)).toContain('The Quorv Kings —genre→ alternative country');
  });
});

describe('"Her third album, X, was released ... It was produced by A"', () => {
  it('reads the description with an owner pronoun inside as standing for X, so "It" is X', () => {
    const doc = run('Mara Lind is a Swedish singer. Her debut album, Glass Heart, came out in 2013. Her third album, Quiet Harbor, was released on 2 October 2020 through Quorvex Records. It was produced by Tom Alder.');
    const facts = factLines(doc);
    expect(facts).toContain('Quiet Harbor —producer→ Tom Alder');
    expect(facts).not.toContain('Glass Heart —producer→ Tom Alder');
  });
  it('lets "He" after "His first film, X, starred B" continue the owner, not B', () => {
    const doc = run('Tom Alder is an American film director. His first film, Glass Harbor, was released in 1996, and starred Mara Lind in an early role. He went on to direct and write the screenplay for Paper Moon in 2001.');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —director→ Tom Alder');
    expect(facts).not.toContain('Paper Moon —director→ Mara Lind');
  });
});

describe('", while drummer B co-wrote X" after a person', () => {
  it('keeps the person before the clause out of a list with B, while "A and veteran actor C" is still a list', () => {
    const doc = run('The album Glass Harbor came out in May. Most of the songs were written by lead vocalist Tom Alder, while drummer Mara Lind co-wrote "Paper Moon".');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —composer→ Mara Lind');
    expect(facts).not.toContain('Paper Moon —composer→ Tom Alder');
    const list = factLines(run('The film Night Train stars Mara Lind, Tom Alder and veteran actor Eva Moor.'));
    expect(list).toContain('Night Train —cast_member→ Eva Moor');
  });
});

describe('"The album was preceded by the lead single Y, released in June 1996"', () => {
  it('dates the single, not the album the sentence opens with', () => {
    const doc = run('Night Train is the third album by the band Northwind. The album was preceded by the lead single "Paper Moon", released in June 1996.');
    const facts = factLines(doc);
    expect(facts).toContain('Paper Moon —publication_date→ June 1996');
    expect(facts).not.toContain('Night Train —publication_date→ June 1996');
  });
});

describe('"The series was broadcast in the United States by C"', () => {
  it('gives a series no country from a channel abroad that carried it', () => {
    const doc = run('Glass Harbor is a Canadian comedy-drama television series that aired on Quorv TV from 2015 to 2019. The series was broadcast in the United States by Harbor One.');
    const facts = factLines(doc);
    expect(facts).toContain('Glass Harbor —country_of_origin→ Canada');
    expect(facts).not.toContain('Glass Harbor —country_of_origin→ United States');
  });
});

describe('"The film\'s theme song, X," and "Its theme song, X,"', () => {
  it('makes X the soundtrack of the work that owns the theme', () => {
    const film = run('Night Train is a 2013 British mystery film directed by Tom Alder. The film\'s theme song, "Paper Moon", was performed by the singer Mara Lind.');
    expect(factLines(film)).toContain('Paper Moon —soundtrack_of→ Night Train');
  });
  it('reads "Its" that opens the sentence as the previous sentence\'s subject, not the company named last', () => {
    const doc = run('Glass Harbor is a Canadian comedy-drama television series created by Mara Lind. The series was produced by Quorvex Productions and filmed in Oslo. Its theme song, "Cold Front", was written and performed by the duo Northwind.');
    expect(factLines(doc)).toContain('Cold Front —soundtrack_of→ Glass Harbor');
  });
});

describe('"the drama" after a series named among someone\'s credits', () => {
  it('resolves a description inside a clause to the series the article is about, not the credit', () => {
    const doc = run('date 2026-04-22 Mara Lind has sung "Paper Moon", the third OST for the romance drama Glass Harbor. The drama airs every Saturday. Lind previously sang "Quiet Rain" for the 2023 series Winter Vow. "Paper Moon" was composed by Tom Alder, who also wrote the drama\'s first OST, "Your Season". The drama, which premiered on April 5, has been praised.');
    const facts = factLines(doc);
    expect(facts).toContain('Your Season —soundtrack_of→ Glass Harbor');
    expect(facts).not.toContain('Your Season —soundtrack_of→ Winter Vow');
    expect(facts).not.toContain('Winter Vow —publication_date→ April 5');
  });
  it('reads titles listed in brackets after a person as credits, not as the person\'s other names', () => {
    const doc = run('The drama Glass Harbor is directed by Tom Alder (Winter Vow, Silver Coast). Mara Lind sang for the 2023 series Winter Vow.');
    expect(entity(doc, 'Tom Alder')?.aliases ?? []).not.toContain('Winter Vow, Silver Coast');
    expect(entity(doc, 'Winter Vow')?.type).toBe('TVSeries');
  });
});

describe('"aired on C from D1 to D2" and "a cover of X, originally recorded by A"', () => {
  it('dates a series by the first day of its run', () => {
    const doc = run('Glass Harbor is a Canadian comedy-drama television series created by Mara Lind that aired on Quorv TV from 8 January 2015 to 20 March 2019.');
    const date = doc.output!.facts.find((f) => f.predicate === 'publication_date');
    expect(date && doc.output!.entities.find((e) => e.id === date.object)?.value).toBe('2015-01-08');
  });
  it('gives the original its performer, while "the next part of X, sung by A" still does not', () => {
    const doc = run('The band Northwind revealed their album Glass Harbor. It includes a cover of "River Dark", originally recorded by Scottish singer Mara Lind in 1979.');
    expect(factLines(doc)).toContain('River Dark —performer→ Mara Lind');
    const part = run('The next part of "Paper Moon", sung by Tom Alder, is out.');
    expect(factLines(part)).not.toContain('Paper Moon —performer→ Tom Alder');
  });
});

describe('comeback news: "led by the title track X" and "A debuted in 2021 with X"', () => {
  it('puts the title track on the album in context', () => {
    const doc = run('date 2026-09-08 Girl group Northwind will return on October 2 with their sixth mini album, Glass Harbor. The album carries six tracks, led by the title track "Paper Moon".');
    expect(factLines(doc)).toContain('Paper Moon —part_of→ Glass Harbor');
  });
  it('credits the act with the record it debuted with', () => {
    const doc = run('date 2026-09-08 Girl group Northwind will return on October 2. Northwind debuted in 2021 with "Paper Moon".');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Northwind');
  });
});

describe('"B composed the closing track, X"', () => {
  it('credits the composer of a song named after its cue noun and a comma', () => {
    const doc = run('The album Glass Harbor came out in May. Lead singer Mara Lind wrote most of the lyrics, while fiddler Tom Alder composed the closing track, "Low Water".');
    expect(factLines(doc)).toContain('Low Water —composer→ Tom Alder');
  });
});

describe('"The film, which stars A and B, opens in cinemas on D"', () => {
  it('does not type a person\'s name before "opens in cinemas" as a film', () => {
    const doc = run('date 2023-06-01 Night Train is a new drama film. The film, which stars Mara Lind and Tom Alder, opens in cinemas on July 14.');
    expect(entity(doc, 'Tom Alder')?.type).toBe('Person');
  });
});

describe('"Actress A and actor B have been confirmed as the leads of X"', () => {
  it('casts both leads', () => {
    const facts = factLines(run('date 2023-06-01 Actress Mara Lind and actor Tom Alder have been confirmed as the leads of Silver Line, a new romance set to premiere on QTV this fall.'));
    expect(facts).toContain('Silver Line —cast_member→ Mara Lind');
    expect(facts).toContain('Silver Line —cast_member→ Tom Alder');
  });
});

describe('"X, the debut album by A, entered the C chart"', () => {
  it('does not type the person before "entered" a song', () => {
    const doc = run('date 2023-06-01 Glass Coast, the debut album by Ines Varga, entered the Quorvex Albums Chart at number one last week.');
    expect(entity(doc, 'Ines Varga')?.type).toBe('Person');
    expect(factLines(doc)).not.toContain('Ines Varga —charted_in→ Quorvex Albums Chart');
  });
});

describe('"Northwind won Best Group"', () => {
  it('reads an award category ending in a company word as an award', () => {
    expect(entity(run('date 2023-06-01 At the Quorvex Music Awards, Northwind won Best Group.'), 'Best Group')?.type).toBe('Award');
  });
});

describe('"Mara Lind climbs to No. 2 on the Quorvex Top 40"', () => {
  it('does not type a person-shaped name a song by the chart move after it', () => {
    expect(entity(run('date 2023-06-01 Mara Lind climbs to No. 2 on the Quorvex Top 40 with "Paper Moon".'), 'Mara Lind')?.type).toBe('Person');
  });
});

describe('"X, the third part of the OST for the drama Y"', () => {
  it('reads X as part of Y\'s soundtrack when "the OST" is a description', () => {
    expect(factLines(run('date 2023-06-01 Singer Ines Varga has released "Paper Moon", the third part of the OST for the QTV drama Silver Line.'))).toContain('Paper Moon —soundtrack_of→ Silver Line');
  });
});

describe('"The OST album for X, featuring songs by A"', () => {
  it('makes no album named "OST"', () => {
    const doc = run('date 2023-06-01 The OST album for Silver Line, featuring songs by Ines Varga and Northwind, will be released on June 20.');
    expect(doc.output!.entities.some((e) => e.name === 'OST')).toBe(false);
  });
});

describe('an actor\'s filmography: "the films A (1999), B (2005) and C\'s D (2011)"', () => {
  it('types every item of a plural film cue\'s dated list as a film, in a series-heavy article too', () => {
    const doc = run('Tom Alder is an English actor. He is known for the series Glass Harbor (2003-2009) and for the films Iron Gate (1999), The Surveyor (2005) and Winter\'s Quorv (2011). He led the series for six series. In 2005 he appeared in The Surveyor. In 1999 he starred in Iron Gate, a war drama directed by Mara Lind.');
    expect(entity(doc, 'The Surveyor')?.type).toBe('Film');
    expect(entity(doc, "Winter's Quorv")?.type).toBe('Film');
    expect(doc.output!.entities.filter((e) => e.name === 'Iron Gate').map((e) => e.type)).toEqual(['Film']);
    expect(factLines(doc)).toContain('Iron Gate —director→ Mara Lind');
  });
  it('keeps a title with a possessive or a place whole before its year, but not a person\'s work', () => {
    const doc = run('She made her debut in the film Midnight in Oslo (2006), directed by Tom Alder. Mara Lind\'s Night Train (2001) was a hit.');
    expect(factLines(doc)).toContain('Midnight in Oslo —director→ Tom Alder');
    expect(factLines(doc)).toContain('Night Train —performer→ Mara Lind');
  });
});

describe('other names in an entry\'s opening brackets: "(born X; 1978), also known as Y" and "(Spanish: "X")"', () => {
  it('keeps a birth name and a stage name as aliases of the one person', () => {
    const doc = run('Mara Lind (born Mara Elise Lindqvist; 12 June 1978), also known as Marli, is an American singer. Lind signed to Quorv Records in 1997.');
    expect(doc.output!.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Mara Lind']);
    expect(entity(doc, 'Mara Lind')?.aliases).toEqual(expect.arrayContaining(['Mara Elise Lindqvist', 'Marli']));
  });
  it('keeps a foreign title in brackets as an alias of the work, so its facts are not doubled', () => {
    const doc = run('"Paper Moon" (Spanish: "Luna de Papel") is a song recorded by Mexican singer Mara Lind. It was released through Quorv Music.');
    expect(doc.output!.entities.filter((e) => e.type === 'Song').map((e) => e.name)).toEqual(['Paper Moon']);
    expect(factLines(doc)).toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('encyclopedia precision: foreign broadcasters, clause-joining ", and", "with lyrics by", a second clause\'s release', () => {
  it('does not take a broadcaster abroad ("In the United States, the series was broadcast on C") as the original', () => {
    const doc = run('Glass Harbor is a British drama series that aired on Channel North from 2015. In the United States, the series was broadcast on Quorv TV from 2016. In Australia it aired on Harbor One.');
    const lines = factLines(doc);
    expect(lines).toContain('Glass Harbor —original_broadcaster→ Channel North');
    expect(lines).not.toContain('Glass Harbor —original_broadcaster→ Quorv TV');
    expect(lines).not.toContain('Glass Harbor —original_broadcaster→ Harbor One');
  });
  it('reads ", and" after a single name as joining two clauses, not a list', () => {
    const doc = run('Tom Alder then formed the duo Quorv & Vex with singer Mara Lind, and Vince Hale joined the band Drifting Owls.');
    const lines = factLines(doc);
    expect(lines).toContain('Mara Lind —member_of→ Quorv & Vex');
    expect(lines).toContain('Vince Hale —member_of→ Drifting Owls');
    expect(lines).not.toContain('Vince Hale —member_of→ Quorv & Vex');
    expect(lines).not.toContain('Mara Lind —member_of→ Drifting Owls');
  });
  it('keeps "written by A with lyrics by B" from making A the lyricist', () => {
    const lines = factLines(run('"Paper Moon", written by Tom Alder with lyrics by Mara Lind, was recorded by Irish singer Vince Hale in 2001.'));
    expect(lines).toContain('Paper Moon —composer→ Tom Alder');
    expect(lines).toContain('Paper Moon —lyricist→ Mara Lind');
    expect(lines).not.toContain('Paper Moon —lyricist→ Tom Alder');
  });
  it('does not give the composer the label that released the soundtrack album in a second clause', () => {
    const lines = factLines(run('Night Train is a 2009 film. The score was composed by Tom Alder, and the soundtrack album was released by Quorv Records.'));
    expect(lines).not.toContain('Tom Alder —record_label→ Quorv Records');
  });
});

describe('"A Japanese remake, X (2017), was directed by A" and romanised titles with "na"', () => {
  it('keeps a romanised title whole and makes the remake named after its description based on the work in context', () => {
    const doc = run('Night Train is a 2009 American drama film directed by Tom Alder. A Japanese remake, Yoru na Kisha (2017), was directed by Vince Hale and stars Mara Lind.');
    const lines = factLines(doc);
    expect(entity(doc, 'Yoru na Kisha')?.type).toBe('Film');
    expect(lines).toContain('Yoru na Kisha —based_on→ Night Train');
    expect(lines).toContain('Yoru na Kisha —director→ Vince Hale');
  });
});

describe('soundtrack songs in encyclopedia entries: "Its theme tune, X," and "The soundtrack album of X ... includes the song Y"', () => {
  it('reads a theme tune after the owner\'s possessive', () => {
    const lines = factLines(run('Glass Harbor is a British crime drama series. Its theme tune, "Low Water", was composed by Tom Alder.'));
    expect(lines).toContain('Low Water —soundtrack_of→ Glass Harbor');
  });
  it('reads the songs a named soundtrack album includes', () => {
    const lines = factLines(run('Night Train is a 1996 film. The soundtrack album of Night Train was released by Quorv Records in 1996 and includes the song "Paper Moon", performed by Mara Lind.'));
    expect(lines).toContain('Paper Moon —soundtrack_of→ Night Train');
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
  });
});

describe('an album\'s personnel and a duo\'s album in a singer\'s entry', () => {
  it('reads "Band: A (vocals, guitar), B (bass) and C (drums)" as the band\'s members', () => {
    const lines = factLines(run('Glass Harbor is the third album by the rock band Northwind. Northwind: Tom Alder (vocals, guitar), Mara Lind (bass), Vince Hale (drums) and Petra Quill (fiddle).'));
    for (const p of ['Tom Alder', 'Mara Lind', 'Vince Hale', 'Petra Quill']) expect(lines).toContain(`${p} —member_of→ Northwind`);
  });
  it('does not give the singer\'s one label to her duo\'s album', () => {
    const lines = factLines(run('Mara Lind is an American singer. Lind signed to Quorv Records in 1997. Her debut album, Paper Saints, was released in 1998. In 2012 she formed the duo Lind & Vance with guitarist Jonah Vance. Their only album, Twin Rivers, was released in 2013.'));
    expect(lines).toContain('Paper Saints —record_label→ Quorv Records');
    expect(lines).not.toContain('Twin Rivers —record_label→ Quorv Records');
  });
});

describe('"A sequel, Y, ... A Japanese remake, Z, ..." in a film\'s entry', () => {
  it('makes the remake based on the original, not on the sequel named between them', () => {
    const lines = factLines(run('Night Train is a 2009 American drama film directed by Tom Alder. A sequel, Return to the Train, was released in 2014. A Japanese remake, Yoru na Kisha (2017), was directed by Vince Hale.'));
    expect(lines).toContain('Yoru na Kisha —based_on→ Night Train');
    expect(lines).not.toContain('Yoru na Kisha —based_on→ Return to the Train');
  });
});

describe('"Supporting cast members include A, B and C"', () => {
  it('credits every name of a sentence-opening cast list to the work in context', () => {
    const lines = factLines(run('Glass Harbor is a 2019 South Korean television series starring Mara Lind and Tom Alder. Supporting cast members include Vince Hale, Petra Quill and Jonah Vance.'));
    for (const p of ['Vince Hale', 'Petra Quill', 'Jonah Vance']) expect(lines).toContain(`Glass Harbor —cast_member→ ${p}`);
  });
});

describe('gen-news: a plural occupation opening the sentence', () => {
  it('is no part of the first name of the list it opens ("Actors A and B have been cast")', () => {
    const doc = run('Actors Bora Seong and Tomo Ril have been cast in the film Night Train.');
    expect(entity(doc, 'Actors Bora Seong')).toBeUndefined();
    expect(factLines(doc)).toContain('Night Train —cast_member→ Bora Seong');
  });
});

describe('gen-news: "the QTV weekend drama X"', () => {
  it('reads past a plain modifier word between the channel and the series cue', () => {
    const doc = run('Singer Mara Lind sang "Paper Moon", the theme of the QBC weekend drama Glass Harbor.');
    expect(factLines(doc)).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
    expect(factLines(doc)).not.toContain('Paper Moon —soundtrack_of→ QBC');
    const named = run('Singer Mara Lind sang "Paper Moon", the theme of the Quorv TV late-night series Glass Harbor.');
    expect(factLines(named)).toContain('Paper Moon —soundtrack_of→ Glass Harbor');
  });
});

describe('gen-news: "The ballad, produced by A, is the lead single from her album X"', () => {
  it('does not type the producer closing the aside as the copula\'s subject, nor make the album his', () => {
    const doc = run('Singer Mara Lind has a new song. The ballad, produced by Tom Alder, is the lead single from her upcoming album Glass Harbor.');
    expect(entity(doc, 'Tom Alder')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Glass Harbor —performer→ Mara Lind');
    expect(factLines(doc)).not.toContain('Glass Harbor —performer→ Tom Alder');
  });
});

describe('gen-news: "written by the duo\'s guitarist A"', () => {
  it('credits the person named after an owner\'s possessive, not the owner', () => {
    const doc = run('Pop duo Northwind will sing the theme. The track "Paper Moon" was written by the duo\'s guitarist Tom Alder.');
    expect(factLines(doc)).toContain('Paper Moon —lyricist→ Tom Alder');
    expect(factLines(doc)).not.toContain('Paper Moon —lyricist→ Northwind');
    const named = run('Pop duo Northwind will sing the theme. The track "Paper Moon" was written by Northwind\'s guitarist Tom Alder.');
    expect(factLines(named)).not.toContain('Paper Moon —composer→ Northwind');
  });
  it('still reads an owner whose possessive opens a clause about someone else', () => {
    const doc = run('The drama Glass Harbor premieres on Friday. The series is Mara Lind\'s first drama since she was discharged from the army in April.');
    expect(factLines(doc)).toContain('Glass Harbor —cast_member→ Mara Lind');
  });
});

describe('gen-news: "the EP holds six songs" is no chart move', () => {
  it('gives the article\'s one chart only to songs a chart word moves', () => {
    const doc = run('date 2026-03-01 Girl group Northwind will release the EP Glass Harbor next week. The EP holds six songs, led by the title track "Paper Moon". Their last single "River Dark" peaked at number four on the Quorv Digital Chart.');
    expect(factLines(doc)).toContain('River Dark —charted_in→ Quorv Digital Chart');
    expect(factLines(doc)).not.toContain('Paper Moon —charted_in→ Quorv Digital Chart');
  });
});

describe('gen-news: "a sequel to the 2023 hit X" in a film article', () => {
  it('types the hit a sequel is made from as a film, and reads the sequel', () => {
    const doc = run('The action film Night Train stayed at number one at the box office. The film stars Mara Lind. It is a sequel to the 2023 hit Glass Harbor. The movie opened in June.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Night Train —follows→ Glass Harbor');
  });
  it('leaves "the hit X" a song elsewhere', () => {
    const doc = run('Singer Mara Lind performed the 2019 hit "Paper Moon" on stage.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
  });
});

describe('gen-news: "the Top 10 of the X Chart"', () => {
  it('names the chart without the rank band before "of"', () => {
    const doc = run('Their album Glass Harbor also fell out of the Top 10 of the Quorv Albums Chart.');
    expect(entity(doc, 'Quorv Albums Chart')?.type).toBe('Chart');
    expect(factLines(doc)).toContain('Glass Harbor —charted_in→ Quorv Albums Chart');
  });
});

describe('gen-news: a family name that is also a word, opening a later sentence', () => {
  it('is the person named before it ("Actors Park Bora ... Park, who won ...")', () => {
    const doc = run('Actors Park Bora and Tomo Ril have been cast in the film Night Train. Park, who won best actress last year for her role in the thriller Red Tide, plays the farmer.');
    expect(factLines(doc)).toContain('Red Tide —cast_member→ Park Bora');
  });
  it('stays a word when no such person was named', () => {
    const doc = run('The film Night Train stars Tomo Ril. Park scenes were shot in Oslo.');
    expect(entity(doc, 'Park')).toBeUndefined();
  });
});

describe('an occupation between "stars" and the name, after an aside on the work', () => {
  it('credits the people named after "the actress", "actor" or "singer-turned-actress"', () => {
    const lines = factLines(run('The drama Glass Harbor, which premieres on NWTV next month, stars the actress Ilse Varga and the actor Tomas Brede.'));
    expect(lines).toContain('Glass Harbor —cast_member→ Ilse Varga');
    expect(lines).toContain('Glass Harbor —cast_member→ Tomas Brede');
    expect(factLines(run('The film Night Train, which opens in May, stars singer-turned-actress Ilse Varga.'))).toContain('Night Train —cast_member→ Ilse Varga');
  });
});

describe('a description after a remake names its original in the same sentence', () => {
  it('continues the remake the sentence was about, not the work it was made from', () => {
    const lines = factLines(run('Glass Harbor is a 2019 American remake of the 1995 French film Paper Moon. The film stars Mara Lind and was directed by Tom Alder.'));
    expect(lines).toContain('Glass Harbor —cast_member→ Mara Lind');
    expect(lines).toContain('Glass Harbor —director→ Tom Alder');
    expect(lines).not.toContain('Paper Moon —cast_member→ Mara Lind');
  });
  it('still takes the original when nothing else was the subject', () => {
    const lines = factLines(run('A studio is developing a remake of the 1995 film Paper Moon. The film starred Mara Lind.'));
    expect(lines).toContain('Paper Moon —cast_member→ Mara Lind');
  });
});

describe('"remade as" with an untyped title or a described one', () => {
  it('types the new title a screen work and dates it', () => {
    const lines = factLines(run('Night Train is a 1998 South Korean thriller film. It was remade in 2012 as Last Stop.'));
    expect(lines).toContain('Last Stop —based_on→ Night Train');
    expect(lines).toContain('Last Stop —publication_date→ 2012');
  });
  it('reads past "the American film" before the new title', () => {
    const lines = factLines(run('Night Train is a 1998 South Korean thriller film. The film was remade in 2012 as the American film Last Stop.'));
    expect(lines).toContain('Last Stop —based_on→ Night Train');
    expect(lines).toContain('Last Stop —publication_date→ 2012');
  });
});

describe('a cued title before "on" and a date', () => {
  it('ends the title before "on June 2" or "on Friday", which date the release', () => {
    const doc = run('Boy group Northwind will make a comeback with their fifth mini album Cold Light on June 2. They return with the single Night Bus on Friday.', '2025-05-20');
    expect(entity(doc, 'Cold Light')?.type).toBe('Album');
    expect(entity(doc, 'Night Bus')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Cold Light —publication_date→ June 2');
    expect(factLines(doc)).toContain('Night Bus —publication_date→ Friday');
  });
  it('still reads a preposition inside a cued title', () => {
    expect(entity(run('The band recorded the album Songs for Quiet Harbors in Oslo.'), 'Songs for Quiet Harbors')?.type).toBe('Album');
  });
});

describe('guesses: a song takes its album\'s year only when it was taken from the album', () => {
  it('dates a song taken from a dated album', () => {
    const doc = run('"Paper Moon" is a song by singer Mara Lind, taken from her third studio album, Night Train (2000).');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ 2000');
  });
  it('does not date the singles an album spawned, nor a song later included on an album', () => {
    const doc = run('Singer Mara Lind released her debut album, Night Train, in 2013. The album spawned the singles "Paper Moon" and "Glass Harbor". "River Dark" was later included on her 2016 album Salt Coast.');
    const lines = factLines(doc);
    expect(lines).toContain('Paper Moon —part_of→ Night Train');
    expect(lines.filter((l) => /^(Paper Moon|Glass Harbor|River Dark) —publication_date→/.test(l))).toEqual([]);
  });
});

describe('guesses: the article\'s one label is not guessed for an artist who left it', () => {
  const signed = 'Mara Lind is an American singer. Lind signed to Harbor Records in 1997. Her debut album, Night Train, was released in 1998.';
  it('guesses the label for the album of an artist who stayed', () => {
    expect(factLines(run(signed))).toContain('Night Train —record_label→ Harbor Records');
  });
  it('guesses no label once a sentence says the artist left it', () => {
    const lines = factLines(run(`${signed} In 2004 she left Harbor Records and joined Quorv Sound, which released her third album, Glass Coast, in 2005.`));
    expect(lines.filter((l) => /^(Night Train|Glass Coast) —record_label→ Harbor Records$/.test(l))).toEqual([]);
  });
});

describe('guesses: confidence ranks a reading by how often its rule is right', () => {
  const confidenceOf = (text: string, line: string): number | undefined => {
    const doc = run(text).output!;
    const name = (id: string) => doc.entities.find((e) => e.id === id)?.name;
    return doc.facts.find((f) => `${name(f.subject)} —${f.predicate}→ ${name(f.object as string)}` === line)?.confidence;
  };
  it('holds a band member named by a role word in the band\'s article at 0.7, above the label guessed for the whole article', () => {
    const text = 'Northwind are a British rock band formed in 1999 by singer Mara Lind. The band signed to Harbor Records in 2001. Their debut album Night Train featured drummer Tom Alder and bassist Ines Vale.';
    expect(confidenceOf(text, 'Tom Alder —member_of→ Northwind')).toBe(0.7);
    expect(confidenceOf(text, 'Night Train —record_label→ Harbor Records')).toBeLessThan(0.7);
  });
  it('holds a song\'s country taken from its singer\'s nationality, and release order taken from a list, below 0.7', () => {
    expect(confidenceOf('Paper Moon is a song recorded by Swedish singer Mara Lind.', 'Paper Moon —country_of_origin→ Sweden')).toBe(0.6);
    expect(confidenceOf('The album spawned three singles: "Paper Moon", "Glass Coast" and "River Dark".', 'Glass Coast —follows→ Paper Moon')).toBe(0.5);
  });
  it('holds a date in brackets after a title at 0.8', () => {
    expect(confidenceOf('Mara Lind starred in the film Night Train (2004).', 'Night Train —publication_date→ 2004')).toBe(0.8);
  });
});

describe('guesses: the album an article opens on and songs named only in denials', () => {
  const opening = 'Night Train is the third album by the band Northwind. The album\'s title is taken from the lyrics of "Paper Moon".';
  it('takes a song the article merely names for a track of its album', () => {
    expect(factLines(run(opening))).toContain('Paper Moon —part_of→ Night Train');
  });
  it('does not when every sentence naming the song denies something of it', () => {
    const lines = factLines(run(`${opening} Neither did it feature the live favourite "Glass Coast", which the band never recorded.`));
    expect(lines).toContain('Paper Moon —part_of→ Night Train');
    expect(lines).not.toContain('Glass Coast —part_of→ Night Train');
  });
  it('reads a denial in the sentence, not in a title ("Love Without Rain")', () => {
    expect(factLines(run(`${opening} Fans also praised "Love Without Rain".`))).toContain('Love Without Rain —part_of→ Night Train');
  });
});

describe('guesses: another name of a work gets no article-wide credit', () => {
  it('credits the article\'s one artist with a song it names, but not with a song\'s former or translated title', () => {
    const lines = factLines(run('Northwind are a British rock band. In 2003 the band recorded "Paper Moon". The song was originally titled "Glass Coast". Their breakthrough came with "Tiempo Azul" ("Blue Weather"). Fans still ask for "River Dark" at concerts.'));
    expect(lines).toContain('River Dark —performer→ Northwind');
    expect(lines.filter((l) => /^(Glass Coast|Blue Weather) —/.test(l))).toEqual([]);
  });
});

describe('guesses: a work\'s label is its artist\'s only when the artist performs it alone', () => {
  it('gives the label of a solo single to its singer', () => {
    expect(factLines(run('Singer Mara Lind released the single "Paper Moon" through Harbor Records in May.'))).toContain('Mara Lind —record_label→ Harbor Records');
  });
  it('gives the label of a duet to neither singer', () => {
    const lines = factLines(run('Paper Moon is a duet by Mara Lind and Tom Alder. It was released through Harbor Records in 2004.'));
    expect(lines).toContain('Paper Moon —record_label→ Harbor Records');
    expect(lines.filter((l) => /^(Mara Lind|Tom Alder) —record_label→/.test(l))).toEqual([]);
  });
});

describe('guesses: an artist\'s label from the one work they perform alone', () => {
  it('is held above the article-wide guesses', () => {
    const doc = run('Night Train is an album by the band Northwind. The album was released by Harbor Records in 1998.').output!;
    const name = (id: string) => doc.entities.find((e) => e.id === id)?.name;
    const fact = doc.facts.find((f) => name(f.subject) === 'Northwind' && f.predicate === 'record_label' && name(f.object as string) === 'Harbor Records');
    expect(fact?.evidence[0].ruleId).toBe('chain.artist-label');
    expect(fact!.confidence).toBeGreaterThan(0.6);
  });
});

describe('a chart verb after "title by act"', () => {
  it('types the title a song and the act its performer, not the act a song', () => {
    const doc = run('Paper Moon by Northwind topped the Lumen Chart this week. The song also debuted at No. 5 on the Harbor Hot 100.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Northwind');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Lumen Chart');
    expect(factLines(doc).some((line) => line.startsWith('Northwind —charted_in'))).toBe(false);
  });
  it('does so for a person and a chart move too', () => {
    const lines = factLines(run('Paper Moon by Mara Lind climbs to No. 2 on the Lumen Chart.'));
    expect(lines).toContain('Paper Moon —performer→ Mara Lind');
    expect(lines).toContain('Paper Moon —charted_in→ Lumen Chart');
  });
});

describe('the work an award category was given for', () => {
  it('is of the kind the category names ("Best Northern Album for X")', () => {
    const doc = run('Mara Lind won Best Female Vocalist at the Lumen Music Awards, while Northwind took home Best Northern Album for Cold Light.');
    expect(entity(doc, 'Cold Light')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Cold Light —award_received→ Best Northern Album');
  });
  it('is no work after a plain noun ("wrote a song for X")', () => {
    expect(entity(run('Tom Alder wrote a song for Mara Lind last year.'), 'Mara Lind')?.type).toBe('Person');
  });
});

describe('gen-ency3: an encyclopedia lead title before a parenthesis, and titles set off by commas', () => {
  it('keeps a possessive title whole when a native title in parentheses comes before the copula', () => {
    const doc = run("The Ferryman's Son (French: Le Fils du passeur) is a 1994 French drama film directed by Tomo Ril. It stars Mara Lind.");
    expect(entity(doc, "The Ferryman's Son")?.type).toBe('Film');
    expect(factLines(doc)).toContain("The Ferryman's Son —director→ Tomo Ril");
    expect(factLines(doc)).toContain("The Ferryman's Son —cast_member→ Mara Lind");
  });
  it('does not join a person\'s name and an honour before a birth aside', () => {
    const doc = run('Tomo Ril, OBE (born 3 May 1931) is an English actor. He starred in the film Night Train.');
    expect(entity(doc, 'Tomo Ril, OBE')).toBeUndefined();
  });
  it('reads "from the" inside a title set off by commas after a work\'s cue noun', () => {
    const doc = run('The film Glass Harbor came out in 1990. A soundtrack album, Songs from the Lighthouse, was released by Quorv Records in 1991.');
    expect(entity(doc, 'Songs from the Lighthouse')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Songs from the Lighthouse —record_label→ Quorv Records');
  });
  it('reads a preposition inside such a title ("a sequel, The Harbor in Winter,")', () => {
    const doc = run('The film Glass Harbor came out in 1980. A sequel film, The Harbor in Winter, was released in 1985 and stars Mara Lind.');
    expect(entity(doc, 'The Harbor')).toBeUndefined();
    expect(factLines(doc)).toContain('The Harbor in Winter —follows→ Glass Harbor');
  });
});

describe('gen-ency3: a company suffix word inside a work\'s or a band\'s name', () => {
  it('types "X Academy is a ... series" by the copula, not as a company', () => {
    const doc = run('Glass Academy (Japanese: Garasu Gakuen) is a Japanese anime television series directed by Tomo Ril.');
    expect(entity(doc, 'Glass Academy')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Glass Academy —director→ Tomo Ril');
  });
  it('types "the band X Radio" a band', () => {
    const doc = run('Mara Lind is married to the drummer Tomo Ril, a member of the band Paper Radio.');
    expect(entity(doc, 'Paper Radio')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Tomo Ril —member_of→ Paper Radio');
  });
  it('keeps a company named with its suffix a company', () => {
    const doc = run('The album Night Train was released by Harbor Radio Group in 2001.');
    expect(entity(doc, 'Harbor Radio Group')?.type).toBe('Organization');
  });
});

describe('gen-ency3: a song\'s label is not given to the singers who covered it', () => {
  it('gives the label to the one performer only', () => {
    const doc = run('"Paper Moon" is a 1998 song recorded by American singer Mara Lind. It was released in March 1998 through Harbor Records. In 2004, Irish singer Tomo Ril recorded a version of the song.');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tomo Ril');
    expect(factLines(doc)).not.toContain('Tomo Ril —record_label→ Harbor Records');
  });
  it('still gives an album\'s label to its one performer', () => {
    const doc = run('Night Train is an album by the band Northwind. The album was released by Harbor Records in 1998.');
    expect(factLines(doc)).toContain('Northwind —record_label→ Harbor Records');
  });
});

describe('gen-ency3: voice types and instrumentalists before a name are people', () => {
  it('types "Welsh tenor X" a person', () => {
    const doc = run('"Paper Moon" was later recorded by Welsh tenor Tomo Ril and reached number 22 on the Quorv Top 40.');
    expect(entity(doc, 'Tomo Ril')?.type).toBe('Person');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tomo Ril');
  });
});

describe('gen-ency3: "the Irish folk trio the X Sisters"', () => {
  it('types a band whose name opens with a lower-case "the" after a band cue noun', () => {
    const doc = run('Mara Lind released Glass Harbor (2014), a collaboration with the Irish folk trio the Quorv Sisters.');
    expect(entity(doc, 'Quorv Sisters')?.type).toBe('Band');
  });
});

describe('gen-ency3: "moved to L, which released their third album X", "After signing with L, the band ..."', () => {
  it('reads the label of the band and of the album', () => {
    const doc = run('After signing with Glass Records in 2003, the band Northwind released its debut album, Night Train (2004). In 2010 Northwind moved to Harbor Records, which released their third album, Paper Moon, in 2011.');
    expect(factLines(doc)).toContain('Northwind —record_label→ Glass Records');
    expect(factLines(doc)).toContain('Northwind —record_label→ Harbor Records');
    expect(factLines(doc)).toContain('Paper Moon —record_label→ Harbor Records');
  });
});

describe('gen-ency3: metal subgenres, neo-noir, crime drama, bluegrass as genres of their own', () => {
  it('reads "alternative metal band" as alternative metal, not heavy metal', () => {
    const doc = run('Northwind are an American alternative metal band formed in 2001.');
    expect(factLines(doc)).toContain('Northwind —genre→ alternative metal');
    expect(factLines(doc)).not.toContain('Northwind —genre→ heavy metal');
  });
  it('reads "a crime drama television series" whole', () => {
    const doc = run('Glass Harbor is a Canadian crime drama television series created by Mara Lind.');
    expect(factLines(doc)).toContain('Glass Harbor —genre→ crime drama');
    expect(factLines(doc)).not.toContain('Glass Harbor —genre→ crime');
  });
});

describe('gen-ency3: "X is the soundtrack album to the 2015 American neo-noir film Y"', () => {
  it('reads the film a lead\'s soundtrack album belongs to past several modifiers', () => {
    const doc = run('Glass Harbor: Music from the Film is the soundtrack album to the 2015 American neo-noir film Glass Harbor. It was released by Quorv Records.');
    expect(factLines(doc)).toContain('Glass Harbor: Music from the Film —soundtrack_of→ Glass Harbor');
  });
});

describe('gen-ency3: "peaked at number 4 on the A chart and number 31 on the B"', () => {
  it('reads both charts', () => {
    const doc = run('"Paper Moon" is a 1998 song by Mara Lind. "Paper Moon" peaked at number 4 on the Quorv Country Songs chart and number 31 on the Quorv Top 50.');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorv Country Songs');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorv Top 50');
  });
});

describe('gen-ency3: "The music is composed by X" before any song is named', () => {
  it('gives no song a composer from a series\' score', () => {
    const doc = run('Glass Academy is a Japanese anime television series directed by Tomo Ril. The music is composed by Mara Lind. The opening theme is "Paper Moon" by the band Northwind.');
    expect(factLines(doc)).not.toContain('Paper Moon —composer→ Mara Lind');
  });
  it('still reads it after the song is named', () => {
    const doc = run('The single Paper Moon is out today. The music was composed by Mara Lind.');
    expect(factLines(doc)).toContain('Paper Moon —composer→ Mara Lind');
  });
});

describe('gen-ency3: "guitarists A and B" in a line-up', () => {
  it('reads every member of a line-up with a plural role word', () => {
    const doc = run('Northwind are an American rock band. The band consists of vocalist Tomo Ril, guitarists Mara Lind and Vince Hale, and drummer Tom Alder.');
    for (const p of ['Tomo Ril', 'Mara Lind', 'Vince Hale', 'Tom Alder']) expect(factLines(doc)).toContain(`${p} —member_of→ Northwind`);
  });
});

describe('gen-ency3: "a cover of X by the Danish singer Y"', () => {
  it('reads Y as a performer of X', () => {
    const doc = run('The album includes "Paper Moon" by Tomo Ril and a cover of "Glass Harbor" by the Danish singer Mara Lind.');
    expect(factLines(doc)).toContain('Glass Harbor —performer→ Mara Lind');
    expect(factLines(doc)).not.toContain('Glass Harbor —performer→ Tomo Ril');
  });
  it('still reads no performer from "a remix of X by Y"', () => {
    const doc = run('A remix of "Glass Harbor" by the producer Tomo Ril was released in 2004.');
    expect(factLines(doc)).not.toContain('Glass Harbor —performer→ Tomo Ril');
  });
});

describe('gen-ency3: "Vasker\'s Glass Harbor (2001)" after "Tomo Vasker"', () => {
  it('keeps a family name the article gave a person out of a dated title', () => {
    const doc = run("The label signed the singer Tomo Vasker in 1999, whose second album, Glass Harbor, came out in 2001. Its releases include Vasker's Glass Harbor (2001) and Paper Moon (2008).");
    expect(entity(doc, "Vasker's Glass Harbor")).toBeUndefined();
    expect(factLines(doc)).toContain('Glass Harbor —performer→ Tomo Vasker');
  });
  it('still keeps a possessive inside a dated title when no such person was named', () => {
    const doc = run("The Cartographer (2005) and Winter's Ledger (2011) are films by the director Mara Lind.");
    expect(doc.entities.some((e) => e.name === "Winter's Ledger")).toBe(true);
  });
});

describe('gen-ency3: an award category that goes on after "in a"', () => {
  it('reads "the X Award for Best Song in a Game" whole', () => {
    const doc = run('"Paper Moon" is a song by Northwind. "Paper Moon" won the Quorv Award for Best Song in a Game in 2018.');
    expect(factLines(doc)).toContain('Paper Moon —award_received→ Quorv Award for Best Song in a Game');
  });
  it('does not take "in" with a year or a bare place after a category', () => {
    const doc = run('Mara Lind won the Quorv Award for Best Duet in 2004 in Oslo.');
    expect(entity(doc, 'Quorv Award for Best Duet')?.type).toBe('Award');
  });
});

describe('gen-ency3: "X was released as a single on DATE by L and peaked at number 6 on the C"', () => {
  it('reads the chart past the date and the label', () => {
    const doc = run('"Paper Moon" was released as a single on 24 April 2019 by Harbor Records and peaked at number 6 on the Quorv Top 40.');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Quorv Top 40');
  });
  it('does not pass another work named between', () => {
    const doc = run('"Paper Moon" was released in 2019 with the album Glass Harbor and reached number 2 on the Quorv Albums Chart.');
    expect(factLines(doc)).not.toContain('Paper Moon —charted_in→ Quorv Albums Chart');
  });
});

describe('gen-news3: quoted remarks are no titles', () => {
  it('reads a remark before a speaker with role words or a description as speech, not a song', () => {
    const doc = run('Rock band Northwind will release the album Glass Harbor next week. "This is the best record we have made," frontman Tomo Ril said. "I wrote it in two nights," the singer said.');
    expect(entity(doc, 'This is the best record we have made')).toBeUndefined();
    expect(entity(doc, 'I wrote it in two nights')).toBeUndefined();
    expect(factLines(doc)).toContain('Glass Harbor —performer→ Northwind');
  });
  it('never makes a name of a pronoun opening a quoted remark', () => {
    const doc = run('Girl group Northwind recorded the song "Paper Moon" for the show. "We sang it like we were on a trip," Mara Lind said. He added: "It is a puzzle film, at heart."');
    expect(entity(doc, 'We')).toBeUndefined();
    expect(entity(doc, 'It')).toBeUndefined();
    expect(factLines(doc)).toContain('Paper Moon —performer→ Northwind');
    expect(factLines(doc)).not.toContain('Paper Moon —performer→ We');
  });
  it('keeps a quoted title in title case before a speech verb', () => {
    const doc = run('Singer Mara Lind released "Paper Moon" last week, Tomo Ril said.');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Song');
  });
});

describe('gen-news3: what "written by" is about', () => {
  it('gives a writer to the main work, not to a work in a "who" aside before it', () => {
    const doc = run('The drama Glass Harbor will be directed by Mara Lind, who directed the 2021 series Paper Moon, and written by Tomo Ril.');
    expect(factLines(doc)).not.toContain('Paper Moon —screenwriter→ Tomo Ril');
    expect(factLines(doc)).toContain('Paper Moon —director→ Mara Lind');
  });
  it('reads "Its music is being written by A" as no screenplay, and a role word after ", and" as a new clause', () => {
    const doc = run('The film Night Train opens in May. Its music is being written by composer Tomo Ril, and singer Mara Lind will sing the closing theme.');
    expect(factLines(doc).filter((l) => l.includes('screenwriter'))).toEqual([]);
  });
  it('still reads "the series is written by A"', () => {
    const doc = run('The drama Glass Harbor premieres in May. The series is written by Tomo Ril.');
    expect(factLines(doc)).toContain('Glass Harbor —screenwriter→ Tomo Ril');
  });
});

describe('gen-news3: fronted credit clauses in a box-office report', () => {
  it('reads "Directed by A and starring B and C, the film ..."', () => {
    const doc = run('The spy thriller Night Train opened at No. 1 at the box office. Directed by Mara Lind and starring Tomo Ril and Kim Ha-neul, the film follows a retired agent.');
    expect(factLines(doc)).toContain('Night Train —director→ Mara Lind');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Tomo Ril');
    expect(factLines(doc)).toContain('Night Train —cast_member→ Kim Ha-neul');
  });
  it('reads "Starring B as a struggling jazz pianist, the film ..." without the credit word in the name or the role\'s genre on the film', () => {
    const doc = run('The horror film Glass Harbor fell to third place. Also new, the musical drama Paper Moon opened in fourth place with $9 million. Starring Tomo Ril as a struggling jazz pianist, the film was adapted from a novel.');
    expect(entity(doc, 'Tomo Ril')?.type).toBe('Person');
    expect(entity(doc, 'Starring Tomo Ril')).toBeUndefined();
    expect(entity(doc, 'Paper Moon')?.type).toBe('Film');
    expect(factLines(doc)).toContain('Paper Moon —cast_member→ Tomo Ril');
    expect(factLines(doc).filter((l) => l.endsWith('→ jazz'))).toEqual([]);
  });
  it('keeps "the crime drama X" a series where series are named', () => {
    const doc = run('The crime drama Glass Harbor airs on Channel Nine. The series stars Tomo Ril.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
});

describe('gen-news3: a singer\'s career retrospective', () => {
  it('keeps "in the" inside a title after a year\'s possessive or a cue noun', () => {
    const doc = run('The album that made her a star was 1986\'s Lamp in the Harbor. Its title track won an award. The band also scored the film Songs from the Lighthouse.');
    expect(entity(doc, 'Lamp in the Harbor')?.type).toBe('Album');
    expect(entity(doc, 'Songs from the Lighthouse')?.type).toBe('Film');
  });
  it('stops a title before "in the 1960s" or a known place', () => {
    const doc = run('Tomo Ril starred in the series Glass Harbor in the 1960s. He starred in the film Paper Moon in the United States.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
    expect(entity(doc, 'Paper Moon')?.type).toBe('Film');
  });
  it('gives no release date from a clause after the works ("before breaking up in 1980")', () => {
    const doc = run('Mara Lind joined the folk group Northwind in 1976. The group released two albums, Glass Fields and Harbor Songs, before breaking up in 1980.');
    expect(factLines(doc).filter((l) => l.includes('publication_date'))).toEqual([]);
  });
  it('still reads "released X, their third album, on April 17"', () => {
    const doc = run('date 2015-03-02 The band Northwind will release Night Train, their third album, on April 17.');
    expect(factLines(doc)).toContain('Night Train —publication_date→ April 17');
  });
});

describe('gen-news3: an anime named after its school', () => {
  it('types "the TV anime X Academy" as a series, and "TV" alone as nothing', () => {
    const doc = run('The upcoming TV anime Starlight Academy premieres on July 6 on Kite TV. The opening theme, "Comet Road," is sung by the band Northwind.');
    expect(entity(doc, 'Starlight Academy')?.type).toBe('TVSeries');
    expect(entity(doc, 'TV')).toBeUndefined();
    expect(entity(doc, 'Kite TV')?.type).toBe('Organization');
  });
  it('keeps a school an organisation without a work\'s cue noun before it', () => {
    const doc = run('Mara Lind studied at the Harbor Music Academy before joining the band Northwind.');
    expect(entity(doc, 'Harbor Music Academy')?.type).toBe('Organization');
  });
});

describe('gen-news3: an OST line-up with sub-headings and a byline', () => {
  it('keeps "A feat. B" in one sentence and credits both singers', () => {
    const doc = run('The drama Glass Harbor has a strong soundtrack.\n\nPart 4: "Paper Moon" by Mara Lind feat. Tomo Ril\n\nThe fourth part paired Mara Lind with singer Tomo Ril.');
    expect(doc.sentences.some((s) => doc.text.slice(s.start, s.end) === 'Part 4: "Paper Moon" by Mara Lind feat. Tomo Ril')).toBe(true);
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tomo Ril');
  });
  it('reads a byline line without its "By"', () => {
    const doc = run('Every song from the drama Glass Harbor so far\n\nBy Hana Lind\n\nThe drama airs on Channel Nine.');
    expect(entity(doc, 'Hana Lind')?.type).toBe('Person');
    expect(entity(doc, 'By Hana Lind')).toBeUndefined();
  });
});

describe('gen-news3: soundtrack news', () => {
  it('types the title before "OST" as the drama whose soundtrack it is', () => {
    const doc = run('Every song from the \'Glass Harbor\' OST so far\n\nWith its final episode airing this Thursday, Glass Harbor is one of the most talked-about dramas of the year. The series stars Tomo Ril.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
    expect(factLines(doc)).toContain('Glass Harbor —cast_member→ Tomo Ril');
  });
  it('gives the drama no release date of its soundtrack', () => {
    const doc = run('date 2028-03-09 \'Glass Harbor\' Original Soundtrack arrives March 20\n\nThe original soundtrack album for the fantasy drama Glass Harbor will be released on March 20. The drama\'s first OST arrived on February 3.');
    expect(factLines(doc).filter((l) => l.startsWith('Glass Harbor —publication_date→'))).toEqual([]);
  });
  it('still dates a work released on a date', () => {
    const doc = run('date 2028-03-09 The drama Glass Harbor premiered on March 2. The film Paper Moon will be released on April 20.');
    expect(factLines(doc)).toContain('Glass Harbor —publication_date→ March 2');
    expect(factLines(doc)).toContain('Paper Moon —publication_date→ April 20');
  });
});

describe('gen-news3: a work named after the clause that credits it', () => {
  it('gives a role "in which" A played to that film, not to the work in context', () => {
    const doc = run('The drama Glass Harbor will air in February. The pair first met on the set of the 2025 film Paper Moon, in which Tomo Ril played a postman.');
    expect(factLines(doc)).toContain('Paper Moon —cast_member→ Tomo Ril');
    expect(factLines(doc)).not.toContain('Glass Harbor —cast_member→ Tomo Ril');
  });
  it('reads "X, the 2019 drama in which A plays ..."', () => {
    const doc = run('The remake Glass Harbor opens today. It should not be confused with Paper Moon, the 2019 drama in which Tomo Ril plays a pianist.');
    expect(factLines(doc)).toContain('Paper Moon —cast_member→ Tomo Ril');
  });
  it('takes the theme named after "the opening theme for the anime X," as the theme', () => {
    const doc = run('The ending theme "Moon Room" is sung by Mara Lind. The band Northwind previously provided the opening theme for the 2025 anime Glass Harbor, "Iron Bell," which topped the charts.');
    expect(factLines(doc)).toContain('Iron Bell —soundtrack_of→ Glass Harbor');
    expect(factLines(doc)).toContain('Iron Bell —performer→ Northwind');
    expect(factLines(doc)).not.toContain('Moon Room —soundtrack_of→ Glass Harbor');
  });
});

describe('gen-news3: labels with a genre, duets after a credit aside', () => {
  it('reads "signed to the hip-hop label X"', () => {
    const doc = run('Rapper Tomo Ril, who is signed to the hip-hop label Orbit Works, released the album Night Bus.');
    expect(factLines(doc)).toContain('Tomo Ril —record_label→ Orbit Works');
  });
  it('gives "a duet with B" to no producer named in an aside before it', () => {
    const doc = run('Singer Mara Lind released her final album, Last Lamp, in 2019. The record, produced by her son Tomo Ril, included a duet with singer Kim Ha-neul.');
    expect(factLines(doc).filter((l) => l.includes('collaborated_with') && l.includes('Tomo Ril'))).toEqual([]);
  });
  it('still reads "A teamed up with B"', () => {
    const doc = run('The band Northwind teamed up with the singer Mara Lind.');
    expect(factLines(doc)).toContain('Northwind —collaborated_with→ Mara Lind');
  });
});

describe('gen-news3: a casting headline', () => {
  it('reads "X gets live-action drama, A to lead" without making A the drama', () => {
    const doc = run("'Glass Harbor' webtoon gets live-action drama, Tomo Ril to lead\n\nActress Tomo Ril has been confirmed in the title role. The series will be directed by Mara Lind.");
    expect(entity(doc, 'Tomo Ril')?.type).toBe('Person');
    expect(factLines(doc).filter((l) => l.startsWith('Tomo Ril —'))).toEqual([]);
  });
  it('still types "her sixth studio album, Night Train"', () => {
    const doc = run('Singer Mara Lind released her sixth studio album, Night Train, in May.');
    expect(entity(doc, 'Night Train')?.type).toBe('Album');
  });
});

describe('gen-news3: a line-up with a plural role word', () => {
  it('reads "consists of A, guitarists B and C, bassist D and drummer E" as one list of members', () => {
    const doc = run('The rock band Northwind was formed in 2014. Northwind consists of Tomo Ril, guitarists Josh Alder and Mateo Lind, bassist Nia Vance and drummer Owen Hart.');
    for (const p of ['Tomo Ril', 'Josh Alder', 'Mateo Lind', 'Nia Vance', 'Owen Hart']) expect(factLines(doc)).toContain(`${p} —member_of→ Northwind`);
  });
  it('keeps "directed by A and stars B" two credits', () => {
    const doc = run('A remake, Glass Harbor (2017), was directed by Mara Lind and stars Tomo Ril.');
    expect(factLines(doc)).not.toContain('Glass Harbor —director→ Tomo Ril');
  });
});

describe('gen-news3: membership before a participle, roles that have gone to people', () => {
  it('reads "A sang in choirs before joining the folk group X"', () => {
    const doc = run('Born in 1957, Mara Lind sang in church choirs before joining the folk group Northwind in 1976.');
    expect(factLines(doc)).toContain('Mara Lind —member_of→ Northwind');
  });
  it('reads "Supporting roles have gone to A, B and veteran actress C" for the drama in context', () => {
    const doc = run('Tomo Ril has been cast as the lead of the drama Glass Harbor. Supporting roles have gone to Mara Lind, Josh Alder and veteran actress Kim Ha-neul.');
    for (const p of ['Mara Lind', 'Josh Alder', 'Kim Ha-neul']) expect(factLines(doc)).toContain(`Glass Harbor —cast_member→ ${p}`);
  });
});

describe('gen-news3: a compound role word opening a sentence', () => {
  it('reads "Singer-actress A of the girl group X" with A a person of her own', () => {
    const doc = run('The drama Glass Harbor airs in May. Singer-actress Mara Lind of the girl group Northwind will also appear.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
    expect(entity(doc, 'Singer-actress Mara Lind')).toBeUndefined();
  });
});

describe('covering another act\'s hit', () => {
  it('keeps the owner of the hit an act and "her" the singer who covered it', () => {
    const lines = factLines(run("Singer Mara Lind covered Northwind's 1999 hit Paper Moon on her new album Silver Line."));
    expect(lines).toContain('Paper Moon —performer→ Northwind');
    expect(lines).toContain('Silver Line —performer→ Mara Lind');
    expect(lines.some((line) => line.startsWith('Northwind —performer'))).toBe(false);
  });
  it('still gives "his" to an owner in apposition to the subject', () => {
    const doc = run("Kim Dae-ho, Tom Alder's friend from his student years, opened the concert.");
    expect(entity(doc, 'Tom Alder')?.mentions.some((m) => m.text === 'his')).toBe(true);
  });
});

describe('an owner of a band role', () => {
  it('is a band ("Northwind\'s frontman A"), and A its member', () => {
    const doc = run("Northwind's frontman Ola Strand will release his first solo album, Cold Light, in May.");
    expect(entity(doc, 'Northwind')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Ola Strand —member_of→ Northwind');
  });
  it('is a person when the owner has a person\'s name ("Mara Lind\'s guitarist")', () => {
    expect(entity(run("Mara Lind's guitarist Tom Alder joined the tour."), 'Mara Lind')?.type).toBe('Person');
  });
});

describe('a genre noun heading a definite phrase before its verb', () => {
  it('is the work the article is about ("The thriller is a remake of ...")', () => {
    const lines = factLines(run("Director Tom Alder's new film Last Stop, starring Ilse Varga, opened at number one. The thriller is a remake of the 2015 Danish film Night Train."));
    expect(lines).toContain('Last Stop —based_on→ Night Train');
    expect(lines).toContain('Last Stop —genre→ thriller');
  });
  it('stays a genre word elsewhere ("fans of the thriller genre")', () => {
    const doc = run('The film Last Stop opened on Friday. Fans of the thriller genre loved it.');
    expect(doc.mentions.some((m) => m.kind === 'description' && /thriller/.test(m.text))).toBe(false);
  });
});

describe('gen-news4: guests and possessors are no members or performers', () => {
  it('reads "A, who joined them on Song" as a guest on the song, not a member of the band', () => {
    const doc = run('The rock band Northwind played a long set. For the encore the band brought out singer Mara Lind, who joined them on "Paper Moon," their collaboration from last year.');
    expect(factLines(doc)).not.toContain('Mara Lind —member_of→ Northwind');
  });
  it('keeps "A joined the band X" a membership', () => {
    const doc = run('Tom Alder joined the rock band Northwind in 2001.');
    expect(factLines(doc)).toContain('Tom Alder —member_of→ Northwind');
  });
  it('does not credit the possessor in "A, the band\'s youngest member, performed Song"', () => {
    const doc = run('The rock band Northwind played a long set. Tomo Ril, the band\'s youngest member, performed "Paper Moon," a song he wrote with Mara Lind.');
    // The article-level fallback may still guess the band; the verb rule must not read the possessor as the singer.
    const rules = doc.facts.filter((f) => f.predicate === 'performer').flatMap((f) => f.evidence.map((e) => e.ruleId));
    expect(rules).not.toContain('performer.verb');
  });
});

describe('gen-news4: a solo singer\'s backing musician', () => {
  it('does not make "her longtime guitarist A" a member of the band the article is about', () => {
    const doc = run('Mara Lind will release "Paper Moon" next month. She produced it with her longtime guitarist Tomo Ril, and it features the Swedish band Northwind on backing vocals. "I have loved that band since I was sixteen," she said of the trio. Their album Glass Harbor changed her writing.');
    expect(factLines(doc)).not.toContain('Tomo Ril —member_of→ Northwind');
  });
  it('keeps "guitarist A" in an article about one band a member', () => {
    const doc = run('The Swedish band Northwind will tour in May. The band recorded the album in Oslo, and guitarist Tomo Ril said the trio wrote it in a week.');
    expect(factLines(doc)).toContain('Tomo Ril —member_of→ Northwind');
  });
});

describe('gen-news4: a person credited after "by" is not the next sentence\'s "he"', () => {
  it('reads "The album was produced by A and peaked at two. He also sang X" with he the article\'s singer', () => {
    const doc = run('Tomo Ril of the band Northwind released his first album, Glass Harbor, last October. The album was produced by Josh Alder and peaked at number two on the Lumen Chart. He also sang "Paper Moon" for the soundtrack of the 2025 drama Cold Tide.');
    expect(factLines(doc)).not.toContain('Paper Moon —performer→ Josh Alder');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Tomo Ril');
  });
  it('still lets "he" mean the producer when no one else is there', () => {
    const doc = run('The album Glass Harbor was produced by Josh Alder. He also sang "Paper Moon" on it.');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Josh Alder');
  });
});

describe('gen-news4: a comma inside the closing quote, an occupation after "sung by"', () => {
  it('reads \'"Song," sung by singer A, reached number three on the C\' as charted on C', () => {
    const doc = run('The drama Glass Harbor has a strong soundtrack. "Paper Moon," sung by singer Mara Lind, reached number three on the Lumen Chart last week.');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Lumen Chart');
    expect(factLines(doc)).toContain('Paper Moon —performer→ Mara Lind');
  });
  it('reads the same with the comma outside the quotes', () => {
    const doc = run('The song Paper Moon, sung by singer Mara Lind, reached number three on the Lumen Chart last week.');
    expect(factLines(doc)).toContain('Paper Moon —charted_in→ Lumen Chart');
  });
});

describe('same-named works: a work "of the same name" made from a named one', () => {
  /** Facts as lines with each end's type, so that two same-named entities tell apart. */
  const typedLines = (doc: ReturnType<typeof run>) => {
    const out = doc.output!;
    const at = (id: string) => { const e = out.entities.find((x) => x.id === id)!; return `${e.name} (${e.type})`; };
    return out.facts.map((f) => `${at(f.subject)} —${f.predicate}→ ${at(f.object)}`);
  };
  it('reads "The novel was adapted into a 2016 film of the same name, directed by A and starring B" as a second work', () => {
    const doc = run('Paper Moon is a 2014 novel by Mara Lind. The novel was adapted into a 2016 film of the same name, directed by Tom Alder and starring Jun Vale. The film was produced by Harbor Films.');
    const lines = typedLines(doc);
    expect(lines).toContain('Paper Moon (Film) —based_on→ Paper Moon (Book)');
    expect(lines).toContain('Paper Moon (Film) —director→ Tom Alder (Person)');
    expect(lines).toContain('Paper Moon (Film) —cast_member→ Jun Vale (Person)');
    expect(lines).toContain('Paper Moon (Film) —producer→ Harbor Films (Organization)');
  });
  it('reads "The drama is based on the webtoon of the same name" with the webtoon a book of that name', () => {
    const doc = run('Glass Harbor is a South Korean drama starring Jun Vale. The drama is based on the webtoon of the same name by Mara Lind.');
    expect(typedLines(doc)).toContain('Glass Harbor (TVSeries) —based_on→ Glass Harbor (Book)');
  });
  it('makes no work of "a film" that is not "of the same name"', () => {
    const doc = run('Paper Moon is a 2014 novel by Mara Lind. The novel was adapted into a film in 2016.');
    expect(doc.output!.entities.filter((e) => e.name === 'Paper Moon')).toHaveLength(1);
  });
});

describe('same-named works: a remake titled in a fronted phrase', () => {
  it('reads "The Korean remake of X has wrapped. Titled Y in Korean, the film is directed by A and stars B" for Y, made from X', () => {
    const doc = run('The Korean remake of the Spanish thriller Last Stop has wrapped filming, its distributor Harbor Pictures said. Titled Silver Rain in Korean, the film is directed by Tom Alder and stars Jun Vale as a lawyer. The original film was directed by Mara Lind.');
    expect(entity(doc, 'Silver Rain')?.type).toBe('Film');
    expect(entity(doc, 'Titled Silver Rain')).toBeUndefined();
    const lines = factLines(doc);
    expect(lines).toContain('Silver Rain —based_on→ Last Stop');
    expect(lines).toContain('Silver Rain —director→ Tom Alder');
    expect(lines).toContain('Silver Rain —cast_member→ Jun Vale');
    expect(lines).toContain('Last Stop —director→ Mara Lind');
    expect(lines).not.toContain('Last Stop —director→ Tom Alder');
    expect(lines).not.toContain('Last Stop —based_on→ Last Stop');
  });
  it('types a fronted title by the series description after it', () => {
    const doc = run('Titled Glass Harbor, the series follows a lighthouse keeper.');
    expect(entity(doc, 'Glass Harbor')?.type).toBe('TVSeries');
  });
});

describe('same-named works: a pronoun names the work, credits of the original', () => {
  const typedLines = (doc: ReturnType<typeof run>) => {
    const out = doc.output!;
    const at = (id: string) => { const e = out.entities.find((x) => x.id === id)!; return `${e.name} (${e.type}${e.attributes?.year ? ` ${e.attributes.year}` : ''})`; };
    return out.facts.map((f) => `${at(f.subject)} —${f.predicate}→ ${at(f.object)}`);
  };
  it('reads "It is based on the manga series of the same name" as a book of that name', () => {
    const doc = run('Glass Harbor is a Japanese anime television series directed by Tom Alder. It is based on the manga series of the same name written and illustrated by Mara Lind.');
    expect(typedLines(doc)).toContain('Glass Harbor (TVSeries) —based_on→ Glass Harbor (Book)');
  });
  it('reads "In 2005 it was adapted into a film of the same name directed by A" for the film', () => {
    const doc = run('Paper Moon is a 1998 novel by Mara Lind. In 2005 it was adapted into a film of the same name directed by Tom Alder.');
    const lines = typedLines(doc);
    expect(lines.some((l) => /^Paper Moon \(Film.*—based_on→ Paper Moon \(Book/.test(l))).toBe(true);
    expect(lines.some((l) => /^Paper Moon \(Film.*—director→ Tom Alder/.test(l))).toBe(true);
  });
  it('gives "a remake of the 2012 film of the same name directed by A" to the original, not the remake', () => {
    const doc = run('Night Train is a 2020 British drama film directed by Tom Alder. It is a remake of the 2012 Danish film of the same name directed by Mara Lind.');
    const lines = typedLines(doc);
    expect(lines).toContain('Night Train (Film 2012) —director→ Mara Lind (Person)');
    expect(lines).not.toContain('Night Train (Film 2020) —director→ Mara Lind (Person)');
    expect(lines).toContain('Night Train (Film 2020) —director→ Tom Alder (Person)');
  });
  it('keeps "a remake of the film of the same name and was directed by A" the remake\'s', () => {
    const doc = run('Night Train is a 2020 British film. It is a remake of the 2012 Danish film of the same name and was directed by Mara Lind.');
    expect(typedLines(doc)).toContain('Night Train (Film 2020) —director→ Mara Lind (Person)');
  });
});

describe('same-named works: "A film adaptation, also titled X,"', () => {
  it('types X a film after "adaptation, also titled"', () => {
    const doc = run('Glass Harbor is a 2004 stage musical by Mara Lind. A film adaptation, also titled Glass Harbor, was released in 2016. It was directed by Tom Alder.');
    expect(doc.output!.entities.some((e) => e.name === 'Glass Harbor' && e.type === 'Film')).toBe(true);
    expect(factLines(doc)).toContain('Glass Harbor —director→ Tom Alder');
  });
});

describe('same-named works: "X, based on the webtoon of the same name,"', () => {
  it('types X a screen work of the article\'s kind and makes the webtoon a book of its name', () => {
    const doc = run('Paper Moon, based on the webtoon of the same name, will air on tvN in June. The drama stars Jun Vale and Mara Lind.');
    const out = doc.output!;
    const series = out.entities.find((e) => e.name === 'Paper Moon' && e.type === 'TVSeries');
    const book = out.entities.find((e) => e.name === 'Paper Moon' && e.type === 'Book');
    expect(series && book).toBeTruthy();
    expect(out.facts.some((f) => f.subject === series!.id && f.predicate === 'based_on' && f.object === book!.id)).toBe(true);
  });
});

describe('gen-ency4: titles holding a preposition or a possessive', () => {
  it('reads the opening title "Live at the Quarry Hall is a live album" whole', () => {
    const doc = run('Live at the Quarry Hall is the first live album by the rock band Northwind. It was released in 2001.');
    expect(entity(doc, 'Live at the Quarry Hall')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Live at the Quarry Hall —performer→ Northwind');
    expect(entity(doc, 'Quarry Hall')).toBeUndefined();
  });
  it('keeps a known place after the preposition apart ("Northwind from Oslo is a band")', () => {
    const doc = run('Northwind from Oslo is a band.');
    expect(entity(doc, 'Northwind from Oslo')).toBeUndefined();
  });
  it('reads "came with The Tinsmith\'s Orchard, a 2001 fantasy film" whole', () => {
    const doc = run("Mara Lind's breakthrough came with The Tinsmith's Orchard, a 2001 fantasy film directed by Tomo Ril.");
    expect(factLines(doc)).toContain("The Tinsmith's Orchard —director→ Tomo Ril");
    expect(entity(doc, 'Orchard')).toBeUndefined();
  });
  it('reads a title with "in the" before its native form in parentheses', () => {
    const doc = run('The film Paper Moon was released in 2004. In 2012, the film was remade in Austria as Harbor in the Rain (German: Hafen im Regen), starring Mara Lind.');
    expect(factLines(doc)).toContain('Harbor in the Rain —based_on→ Paper Moon');
    expect(entity(doc, 'Harbor')).toBeUndefined();
  });
});

describe('gen-ency4: more occupations written before a name', () => {
  it('reads "Crooner A recorded it" with A a person and the song his', () => {
    const doc = run('"Paper Moon" is a 1962 song by Mara Lind. Crooner Tomo Ril recorded it for his 1965 album Songs for Winter.');
    expect(entity(doc, 'Tomo Ril')?.type).toBe('Person');
    expect(entity(doc, 'Crooner Tomo Ril')).toBeUndefined();
    expect(factLines(doc)).toContain('Songs for Winter —performer→ Tomo Ril');
  });
});

describe('gen-ency4: a year after a preposition, sub-units that consist of people', () => {
  it('keeps the year out of a company\'s name ("In 2018 Quarry Records signed them")', () => {
    const doc = run('Northwind is a rock band from Norway. In 2018 Quarry Records signed the band.');
    expect(entity(doc, 'Quarry Records')?.type).toBe('Organization');
    expect(entity(doc, '2018 Quarry Records')).toBeUndefined();
  });
  it('types a name followed by ", consisting of A, B and C" as a group with those members', () => {
    const doc = run('In 2018 the agency introduced two sub-units. Glass Moon, consisting of Mara Lind, Tomo Ril and Nia Vance, debuted with the single "Night Swim" in July 2018.');
    expect(entity(doc, 'Glass Moon')?.type).toBe('Band');
    for (const p of ['Mara Lind', 'Tomo Ril', 'Nia Vance']) expect(factLines(doc)).toContain(`${p} —member_of→ Glass Moon`);
  });
  it('leaves "X, consisting of three discs" alone', () => {
    const doc = run('The album Paper Moon by Mara Lind was reissued in 2010 as Paper Moon Deluxe, consisting of three discs.');
    expect(entity(doc, 'Paper Moon Deluxe')?.type).not.toBe('Band');
  });
});

describe('a language labelling a native title', () => {
  it('names no country ("(German: ...)")', () => {
    const doc = run('Harbor in the Rain (German: Hafen im Regen) is a 2004 Austrian film directed by Tom Alder.');
    expect(entity(doc, 'Germany')).toBeUndefined();
    expect(factLines(doc)).toContain('Harbor in the Rain —country_of_origin→ Austria');
  });
});

describe('collaborations named by a joint work or a possessive', () => {
  it('reads "a joint single with B", "A and B released a joint single" and "A\'s first collaboration with B"', () => {
    expect(factLines(run('Mara Lind released a joint single with Tom Alder.'))).toContain('Mara Lind —collaborated_with→ Tom Alder');
    expect(factLines(run('Mara Lind and Tom Alder released a joint single, Paper Moon, on Friday.'))).toContain('Mara Lind —collaborated_with→ Tom Alder');
    expect(factLines(run("The single is Mara Lind's first collaboration with the band Northwind."))).toContain('Mara Lind —collaborated_with→ Northwind');
  });
});

describe('gender of "she", "he" and "the actress"', () => {
  it('is not a man\'s given name for "she" nor a woman\'s for "he"', () => {
    const she = run('Director Tom Alder cast Ilse Varga in the film Last Stop. She plays a nurse.');
    expect(entity(she, 'Ilse Varga')?.mentions.some((m) => m.text === 'She')).toBe(true);
    const actress = run('The film Night Train stars Mara Lind and Tom Alder. The actress plays a pilot.');
    expect(entity(actress, 'Tom Alder')?.mentions.some((m) => m.text === 'The actress')).toBe(false);
  });
  it('says nothing for names that open with an East Asian family name', () => {
    const doc = run('The drama stars Kim Sora and Lee Dohyun. Lee plays a farmer. It is his first drama since 2019.');
    expect(entity(doc, 'Lee Dohyun')?.mentions.some((m) => m.text === 'his')).toBe(true);
  });
});

describe('countries inside a run of capitalised words', () => {
  it('leaves no name of "South" or "and" behind "in South Korea and Taiwan"', () => {
    const doc = run('"Paper Moon" is a song by Mara Lind. "Paper Moon" reached number one in South Korea and Taiwan, and number five in Japan.');
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['Japan', 'Mara Lind', 'Paper Moon', 'South Korea', 'Taiwan']);
    expect(factLines(doc).filter((line) => !line.startsWith('Paper Moon'))).toEqual([]);
  });
});

describe('the pronoun "I"', () => {
  it('is no name inside a quoted remark', () => {
    const doc = run('Tom Alder called Mara Lind "the kindest singer I have ever worked with".');
    expect(entity(doc, 'I')).toBeUndefined();
  });
});
