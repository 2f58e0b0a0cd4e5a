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

describe('missing phrasings', () => {
  it('reads the writers after a producer\'s credit ("produced by A and co-written by B, C and D")', () => {
    const lines = factLines(run('The song "Paper Cities" was produced by Kaspar Holm and co-written by Delia Morrow, Holm and songwriter Nadia Price.'));
    for (const writer of ['Delia Morrow', 'Kaspar Holm', 'Nadia Price']) {
      expect(lines).toContain(`Paper Cities —lyricist→ ${writer}`);
      expect(lines).toContain(`Paper Cities —composer→ ${writer}`);
    }
    expect(lines).toContain('Paper Cities —producer→ Kaspar Holm');
  });
  it('gives "whose single X" to the album the clause hangs on', () => {
    const lines = factLines(run('Delia Morrow broke through with her second album, Lantern Year (2028), whose single "Cold Front" reached No. 3.'));
    expect(lines).toContain('Cold Front —part_of→ Lantern Year');
  });
  it('reads "A is also back with a new album, X" as A\'s record, not the article\'s other singer\'s', () => {
    const lines = factLines(run('Singer Delia Morrow has released her album Small Weather. Her label mate Owen Trask is also back with a new album, Ridgeline. Its first single, "Tall Grass", is out now.'));
    expect(lines).toContain('Ridgeline —performer→ Owen Trask');
    expect(lines).toContain('Tall Grass —part_of→ Ridgeline');
    expect(lines).not.toContain('Ridgeline —performer→ Delia Morrow');
    expect(lines).not.toContain('Tall Grass —performer→ Delia Morrow');
  });
  it('gives a sequel\'s returning and new cast to the sequel ("reprise their roles", "is also back", "Joining them are")', () => {
    const lines = factLines(run('Filming has begun on Night Couriers 2, the sequel to the 2028 action comedy film Night Couriers. Tomas Vidal and Keira Bannon reprise their roles as rival couriers, and Lionel Park, who played their boss, is also back. Joining them are Mira Solis and Jonah Fenn. The sequel is directed by Petra Lane.'));
    for (const actor of ['Tomas Vidal', 'Keira Bannon', 'Lionel Park', 'Mira Solis', 'Jonah Fenn']) expect(lines).toContain(`Night Couriers 2 —cast_member→ ${actor}`);
    expect(lines).toContain('Night Couriers —cast_member→ Tomas Vidal');
    expect(lines).not.toContain('Night Couriers —cast_member→ Mira Solis');
    expect(lines).toContain('Night Couriers 2 —director→ Petra Lane');
    expect(lines).not.toContain('Night Couriers —director→ Petra Lane');
  });
  it('reads the channel that ordered a series ("N has ordered the drama X", "X, which N ordered")', () => {
    const lines = factLines(run('The streamer Halcyon Plus has ordered the drama Copper Coast. The comedy series Tin Town, which Halcyon Plus ordered last year, returns in May.', '2031-06-03'));
    expect(lines).toContain('Copper Coast —original_broadcaster→ Halcyon Plus');
    expect(lines).toContain('Tin Town —original_broadcaster→ Halcyon Plus');
  });
  it('reads the members of a pair fronted before it and of "the production duo of A and his cousin B"', () => {
    const lines = factLines(run('Made up of singer Tessa Bright and multi-instrumentalist Cole Mercer, the duo The Long Acre have scored their first hit. The song was produced by Skyhook, the production duo of Marcus Lyle and his cousin Dane Lyle.'));
    expect(lines).toContain('Tessa Bright —member_of→ The Long Acre');
    expect(lines).toContain('Cole Mercer —member_of→ The Long Acre');
    expect(lines).toContain('Marcus Lyle —member_of→ Skyhook');
    expect(lines).toContain('Dane Lyle —member_of→ Skyhook');
  });
  it('does not make a relative named after "and his wife" a cast member of a list read by "portrayed by"', () => {
    const lines = factLines(run('The film Night Harbor stars Tom Alder. The author was portrayed by Rip Dorn and his wife Mona by Ellen Vance.'));
    expect(lines).not.toContain('Night Harbor —cast_member→ Mona');
  });
});

describe('guests on a theme song', () => {
  it('does not credit the singers of "new songs" on a soundtrack as performers of the theme named before it', () => {
    const lines = factLines(run('Irish folk band The Harbour Owls have recorded the theme song for Kite Season, the animated family film. The track, "Wind at Our Backs", closes the film\'s soundtrack album. The soundtrack also features new songs by Danish singer Freja Holm and the Chicago soul band The Silver Alibi.'));
    expect(lines).toContain('Wind at Our Backs —performer→ The Harbour Owls');
    expect(lines).not.toContain('Wind at Our Backs —performer→ Freja Holm');
    expect(lines).not.toContain('Wind at Our Backs —performer→ The Silver Alibi');
  });
  it('still reads "an album of songs by A" for an album', () => {
    const lines = factLines(run('Night Harbor is a compilation album of songs by Mara Lind.'));
    expect(lines).toContain('Night Harbor —performer→ Mara Lind');
  });
});
