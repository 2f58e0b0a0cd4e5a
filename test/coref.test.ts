// Regression tests for coreference of descriptions and pronouns in news: sized and placed band
// descriptions, gendered pronouns, and which work or band "the drama" and "the band" mean.
// Every sentence is made up.
import { describe, expect, it } from 'vitest';
import { run, factLines } from './helpers.ts';

describe('band descriptions with a size or a place', () => {
  it('reads "the trio" as the band whose three members the article listed, not the band named last', () => {
    const doc = run('Boy band Corvel Drive and girl group Moonvale will headline the Tidewick Festival. Corvel Drive members Kang Min-ho, Yoon Tae-il and Seo Jun-woo wrote the band\'s first album, Tidemark. Moonvale debuted in 2024 with the single "Paper Crownlet". The trio will also release a new single, "Salt Roadway", in September.', '2027-07-01');
    expect(factLines(doc)).toContain('Salt Roadway —performer→ Corvel Drive');
    expect(factLines(doc)).not.toContain('Salt Roadway —performer→ Moonvale');
  });
  it('reads "the seven-member group" as the band of that size', () => {
    const doc = run('Seven-member group Velvorbit will release the single "Neon Harborline" in March. Lumenfield also manages the girl group Skylanter. The seven-member group also sang "Blue Linework", the theme song of the drama Midnight Clinicum.', '2027-03-02');
    expect(factLines(doc)).toContain('Blue Linework —performer→ Velvorbit');
    expect(factLines(doc)).not.toContain('Blue Linework —performer→ Skylanter');
  });
  it('reads a size said later in the article ("X, a five-member band from Perth")', () => {
    const doc = run('Rock band Emberlane has signed with Northwick Records. The label also manages the duo Glassheron. The quintet\'s new album, Ash Roadway, comes out in November. Emberlane, a five-member band from Perth, released its debut EP Small Firelight in 2025.', '2027-10-14');
    expect(factLines(doc)).toContain('Ash Roadway —performer→ Emberlane');
    expect(factLines(doc)).not.toContain('Ash Roadway —performer→ Glassheron');
  });
  it('reads "the Tokyo quartet" as the band the article placed in Tokyo', () => {
    const doc = run('Tokyo rock band Kumolight will join the British band The Hollow Pinewood on tour. The Hollow Pinewood formed in Manchester and released their album Northern Statica in April. The Tokyo quartet\'s latest single, "Paper Lanternlight", topped the chart last month.', '2027-05-11');
    expect(factLines(doc)).toContain('Paper Lanternlight —performer→ Kumolight');
    expect(factLines(doc)).not.toContain('Paper Lanternlight —performer→ The Hollow Pinewood');
  });
  it('reaches back to the headline\'s band when every band in reach has another size', () => {
    const doc = run('Lumarra singer sings drama theme\n\nYoon Seo-ah of the girl group Lumarra will sing the theme of the drama Winter Orchid. The ballad was composed by Greenrook, a producer duo. It airs in May. The drama stars Park Jae-hyun. It is set in Busan. It has sixteen episodes. The show is written by Han Eun-joo.\n\nThe six-member group debuted in 2022 with the single "Starlit Paradelight".', '2027-03-09');
    expect(factLines(doc)).toContain('Starlit Paradelight —performer→ Lumarra');
    expect(factLines(doc)).not.toContain('Starlit Paradelight —performer→ Greenrook');
  });
});

describe('"the drama" and "the film" after a work from someone\'s past', () => {
  it('reads "the drama" as the headline\'s drama, not "the 2019 hit drama Y" named in passing', () => {
    const doc = run('Jang Woo-jin to lead \'Moonlit Ferrywood\'\n\nActor Jang Woo-jin will star in the new drama Moonlit Ferrywood, which airs on KBC from May. Jang rose to fame with the 2019 hit drama Golden Alleyway. The drama is written by Oh Se-ra.', '2027-03-15');
    expect(factLines(doc)).toContain('Moonlit Ferrywood —screenwriter→ Oh Se-ra');
    expect(factLines(doc)).not.toContain('Golden Alleyway —screenwriter→ Oh Se-ra');
  });
  it('reads "the series" after "her earlier works include the dramas A and B" as the new series', () => {
    const doc = run('Lee Na-rae cast in \'Blue Hour Clinica\'\n\nSinger-actress Lee Na-rae has been cast in the series Blue Hour Clinica. Her earlier works include the dramas Paper Moonrise and Summer Ledgerline. The series will be directed by Go Tae-min.', '2027-08-02');
    expect(factLines(doc)).toContain('Blue Hour Clinica —director→ Go Tae-min');
    expect(factLines(doc)).not.toContain('Summer Ledgerline —director→ Go Tae-min');
  });
  it('reads "the film\'s theme song" after "whose previous film Y" as the film the article is about', () => {
    const doc = run('Clara Vossen to star in \'Winter Ledgerly\'\n\nActress Clara Vossen has joined the cast of the thriller Winter Ledgerly. The film is directed by Thomas Reinholt, whose previous film Quiet Ferrow won an award in 2025. She will also sing the film\'s theme song, "Low Tidewater".', '2027-02-08');
    expect(factLines(doc)).toContain('Low Tidewater —soundtrack_of→ Winter Ledgerly');
    expect(factLines(doc)).not.toContain('Low Tidewater —soundtrack_of→ Quiet Ferrow');
  });
});

describe('"the band" beside another band in its own clause', () => {
  it('does not read "the band\'s" right after "the duo Y produced" as Y', () => {
    const doc = run('Rock band Emberwick has signed with Northwick Records. The label\'s best-selling act, the duo Glassheron, produced the band\'s upcoming album Ash Roadway.', '2027-10-14');
    expect(factLines(doc)).toContain('Ash Roadway —performer→ Emberwick');
    expect(factLines(doc)).not.toContain('Ash Roadway —performer→ Glassheron');
  });
});
