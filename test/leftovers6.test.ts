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
