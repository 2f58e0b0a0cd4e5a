// Regressions for gaps the news10 and docred9 rounds found (the "leftovers6" round): each test is a class of
// error, written from small sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

function dateValue(doc: ReturnType<typeof run>, name: string): string | undefined {
  return doc.output!.entities.find((e) => e.type === 'Date' && e.name === name)?.value;
}

describe('wrong facts', () => {
  it('reads a compound number word before "years ago" whole, not its last word alone', () => {
    const doc = run('Quill Harbour released its debut album Tin Sky thirty-five years ago. The group split twenty-one years ago.', '2030-03-12');
    expect(dateValue(doc, 'thirty-five years ago')).toBe('1995');
    expect(dateValue(doc, 'twenty-one years ago')).toBe('2009');
    expect(dateValue(doc, 'five years ago')).toBeUndefined();
    expect(dateValue(doc, 'one years ago')).toBeUndefined();
  });
  it('reads "a hundred and five years ago" and number words chrono does not know ("twenty years ago")', () => {
    const doc = run('The hall opened a hundred and five years ago. The band formed twenty years ago.', '2030-03-12');
    expect(dateValue(doc, 'a hundred and five years ago')).toBe('1925');
    expect(dateValue(doc, 'twenty years ago')).toBe('2010');
  });
  it('does not take the year of a prize a work won for its release ("In 2017 it won the X Award")', () => {
    const lines = factLines(run('Quiet Meridian is a 2015 drama film directed by Talia Voss. In 2017 it won the Silver Reel Award. In 2018 it received the Harborline Prize.'));
    expect(lines).toContain('Quiet Meridian —publication_date→ 2015');
    expect(lines).not.toContain('Quiet Meridian —publication_date→ 2017');
    expect(lines).not.toContain('Quiet Meridian —publication_date→ 2018');
    expect(lines).toContain('Quiet Meridian —award_received→ Silver Reel Award');
  });
  it('gives "their fourth album" to the band that toured, not the band it toured with', () => {
    const lines = factLines(run('Harbor Vale are a rock trio. In 2029 the trio went on a tour with the Welsh band Copper Finch, and their fourth album, Drift Signal, came out in June.'));
    expect(lines).toContain('Drift Signal —performer→ Harbor Vale');
    expect(lines).not.toContain('Drift Signal —performer→ Copper Finch');
  });
  it('gives "Its lead single" to the album named last, not a label or an EP named in a fronted clause', () => {
    const viaLabel = factLines(run('Singer Juno Halvard, whose EP Tin Roof came out last year, will release her debut album Harbour Lights via Marrow Records. Its lead single, "Undertow", arrives on Friday.', '2031-02-02'));
    expect(viaLabel).toContain('Undertow —part_of→ Harbour Lights');
    const fronted = factLines(run('Quill Harbour are an indie pop duo. After self-releasing the EP Cardboard Moons in 2009, they signed to Feather Records, which issued their debut album, Static Orchard, in 2011. Its lead single, "Porch Lamp", reached number 31 on the Northwind Alternative chart.'));
    expect(fronted).toContain('Porch Lamp —part_of→ Static Orchard');
    expect(fronted).not.toContain('Porch Lamp —part_of→ Cardboard Moons');
  });
  it('types a film score named after "Her first film score" as an album, not a film', () => {
    const doc = run('Composer Aila Moreno has written the score for the thriller Black Lagoon Road. Her first film score, Sparrow Hours, was released in 2027 by Tideline Records.');
    expect(entity(doc, 'Sparrow Hours')?.type).toBe('Album');
    expect(factLines(doc)).not.toContain('Black Lagoon Road —publication_date→ 2027');
  });
});

describe('self-titled records and bands with no cue word', () => {
  it('types a name that "put out their first record" as a band', () => {
    const doc = run('When Quorvine put out their first record in 2019, few expected them to last.');
    expect(entity(doc, 'Quorvine')?.type).toBe('Band');
  });
  it('does not type two names that put out their record together as one band', () => {
    const doc = run('Mara Lind and Tom Alder put out their duet in May.');
    expect(entity(doc, 'Mara Lind')?.type).toBe('Person');
  });
  it('keeps "their self-titled debut, X" an album apart from the band X, performed by it', () => {
    const doc = run('When The Paper Kestrels put out their first record in 2022, they played pubs. Their self-titled debut, The Paper Kestrels, was produced by Wes Tamblyn.');
    const named = doc.output!.entities.filter((e) => e.name === 'The Paper Kestrels').map((e) => e.type).sort();
    expect(named).toEqual(['Album', 'Band']);
    const lines = factLines(doc);
    expect(lines).toContain('The Paper Kestrels —performer→ The Paper Kestrels');
    expect(lines).toContain('The Paper Kestrels —producer→ Wes Tamblyn');
  });
  it('reads "the band\'s self-titled album, X" as an album though the band is typed only by verbs', () => {
    const doc = run('Glasswing Parade are back. Glasswing Parade have toured for a year. The band\'s self-titled album, Glasswing Parade, was released in 1985.');
    const named = doc.output!.entities.filter((e) => e.name === 'Glasswing Parade').map((e) => e.type).sort();
    expect(named).toEqual(['Album', 'Band']);
  });
  it('types a self-titled record as an album even when its name ends in a company word', () => {
    const doc = run('The band\'s self-titled debut album, Foxglove Radio, was produced by Isla Grant.');
    expect(doc.output!.entities.find((e) => e.name === 'Foxglove Radio' && e.type === 'Album')).toBeDefined();
  });
});
