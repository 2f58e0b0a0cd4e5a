// Regressions for the seventh round of made-up news (gen-news7): typing slips that cost whole
// articles their facts. Each test is a class of error that round found, written from small
// sentences of our own with invented names.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

function mentionTypes(doc: ReturnType<typeof run>, name: string): (string | null)[] {
  return doc.mentions.filter((m) => m.kind === 'name' && m.text === name).map((m) => m.type);
}

describe('a name a cue typed keeps its type in a mixed list', () => {
  it('does not make a person of a band listed beside a singer in a headline', () => {
    const doc = run('Nora Quill and TIDE WAVE join forces on "Orbit"\n\nAmerican pop singer Nora Quill and South Korean boy band TIDE WAVE have teamed up for a new single. '
      + '"Orbit" will be released this Friday.\n\nThe song was written by Quill, TIDE WAVE\'s Jaemin and songwriter Tess Moro.');
    expect(mentionTypes(doc, 'TIDE WAVE').every((t) => t === 'Band')).toBe(true);
  });
  it('does not pass a person\'s borrowed type to a neighbour whose words are no person\'s name', () => {
    const doc = run('Lakeside Fest adds Copper Wren, Haruki Sone to bill\n\nJapanese singer-songwriter Haruki Sone will make his debut. '
      + 'Topping the new names are Copper Wren. The Welsh folk band will play songs from their album Slow Rivers.');
    expect(entity(doc, 'Copper Wren')?.type).toBe('Band');
  });
});

describe('a band named right before its description', () => {
  it('types an untyped name ending the sentence before "The Scottish quartet ..." as a band', () => {
    const doc = run('Few acts have lasted as long as Paper Lantern Club. The Welsh quartet released its debut album, Cold Kettles, in 2015.');
    expect(entity(doc, 'Paper Lantern Club')?.type).toBe('Band');
    expect(factLines(doc)).toContain('Cold Kettles —performer→ Paper Lantern Club');
  });
  it('leaves a known person\'s name before a band description alone', () => {
    const doc = run('The song was mixed by Tom Alder. The band recorded it in Oslo.');
    expect(entity(doc, 'Tom Alder')?.type).toBe('Person');
  });
});

describe('a plural noun with an "of" phrase opening a sentence', () => {
  it('is no band before a plural verb ("Organisers of X have added")', () => {
    const doc = run('Organisers of the Lakeside Fest have added two acts. Copper Wren will headline.');
    expect(doc.mentions.some((m) => m.type === 'Band' && /^Organisers/.test(m.text))).toBe(false);
  });
});

describe('a fronted participle clause', () => {
  it('does not read "Directed by A, the Korean film starred B" as A being the film', () => {
    const doc = run('The remake of Glass Harbor was announced. Directed by Moon Ji-ho, the Korean film starred Han Bora and was a hit in 2018.');
    expect(entity(doc, 'Moon Ji-ho')?.type).toBe('Person');
  });
});

describe('album cue words', () => {
  it('reads "their second full-length release, X" as an album', () => {
    const doc = run('Boy group NEONFALL won the grand prize for their second full-length release, Silver Kites.');
    expect(entity(doc, 'Silver Kites')?.type).toBe('Album');
    expect(factLines(doc)).toContain('Silver Kites —performer→ NEONFALL');
  });
  it('reads "a single album titled X" as an album', () => {
    const doc = run('Singer Hana Roh will debut on May 3 with a single album titled Blue Petal.');
    expect(entity(doc, 'Blue Petal')?.type).toBe('Album');
  });
});
