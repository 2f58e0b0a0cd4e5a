// Classes of extraction error found by made-up encyclopedia articles annotated the Re-DocRED way
// (credits beside a cast, labels beside a producer, pronouns after a list of credits, fronted phrases),
// each pinned with sentences of our own.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('cast lists beside other credits', () => {
  const doc = run('She later appeared in the American film Cold Harbor (2016), directed by Julian Haas, and starred alongside Aiden Brooke in the Netflix miniseries The Quiet Tide (2020).');
  it('does not cast the director named before "and starred ... in X"', () => {
    expect(factLines(doc)).toContain('Cold Harbor —director→ Julian Haas');
    expect(factLines(doc)).not.toContain('The Quiet Tide —cast_member→ Julian Haas');
  });
  it('reads "starred alongside B in X" as B in the cast of X', () => {
    expect(factLines(doc)).toContain('The Quiet Tide —cast_member→ Aiden Brooke');
  });
});

describe('labels beside a producer credit', () => {
  it('gives "was produced by A and released through L" the label to the album, not to A', () => {
    const doc = run("The band's fourth album, The Long Quiet (2012), was produced by Tomasz Kell and released through Emberline Records in Australia.");
    expect(factLines(doc)).toContain('The Long Quiet —record_label→ Emberline Records');
    expect(factLines(doc)).not.toContain('Tomasz Kell —record_label→ Emberline Records');
  });
});

describe('pronouns after a sentence of credits', () => {
  it('takes "His" for the artist the article keeps naming when every person before was credited', () => {
    const doc = run('Tomás Arriaga is a Spanish singer. He released his debut album, Mar Abierto, in May 2012. '
      + 'It included the singles "Luz de Faro" and "Nunca Más", all written by Arriaga with producer Iker Montaña. '
      + 'His second album, Tierra Roja (2014), was recorded in Madrid.');
    expect(factLines(doc)).toContain('Tierra Roja —performer→ Tomás Arriaga');
    expect(factLines(doc)).not.toContain('Tierra Roja —performer→ Iker Montaña');
  });
});

describe('fronted prepositional phrases', () => {
  it('does not read "In the episode, A" as an episode titled A', () => {
    const doc = run('Glass Tide is the seventh episode of the drama Hollowcrest. In the episode, Edwin Marlowe (Julian Pryce) learns the truth.');
    expect(entity(doc, 'Edwin Marlowe')?.type).toBe('Person');
  });
  it('still reads "On their debut album, X," and "In the film, X," as titles', () => {
    const doc = run('On their debut album, Glass Coast, the band Quill Harbor tried jazz. In the film, Night Train, a spy goes home.');
    expect(entity(doc, 'Glass Coast')?.type).toBe('Album');
    expect(entity(doc, 'Night Train')?.type).toBe('Film');
  });
});
