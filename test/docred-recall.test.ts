// Regression tests for the docred-recall round: encyclopedia shapes whose facts were missed, from made-up sentences.
import { describe, expect, it } from 'vitest';
import { run, entity, factLines } from './helpers.ts';

describe('screen works named after a character ("as C in T")', () => {
  it('types each work of "his roles as A in X and B in Y" and credits the actor', () => {
    const doc = run('Tom Alder is an English actor. He is known for his roles as Jack Rook in Glass Harbor and Mara Vell in Night Coast.');
    expect(entity(doc, 'Glass Harbor')?.type).toMatch(/Film|TVSeries/);
    expect(entity(doc, 'Night Coast')?.type).toMatch(/Film|TVSeries/);
    expect(factLines(doc)).toEqual(expect.arrayContaining(['Glass Harbor —cast_member→ Tom Alder', 'Night Coast —cast_member→ Tom Alder']));
  });
  it('reads a longer list after "played"', () => {
    const doc = run('Tom Alder is an English actor. He also played Kim Dove in Paper Moon, Lena Fox in Salt Road and Ivo Crane in Blue Lantern.');
    for (const work of ['Paper Moon', 'Salt Road', 'Blue Lantern']) expect(factLines(doc)).toContain(`${work} —cast_member→ Tom Alder`);
  });
  it('takes no co-star after "opposite" for a character, nor an owner before "\'s" for the work', () => {
    const doc = run('Mia Cole is an actress. She played the queen opposite Tom Alder in NWTV\'s Glass Crown.');
    expect(['Film', 'TVSeries']).not.toContain(entity(doc, 'NWTV')?.type);
  });
  it('leaves a place after "as C in" alone', () => {
    const doc = run('Tom Alder is an English actor. He starred as Jack Rook in London and later moved to Paris.');
    expect(['Film', 'TVSeries']).not.toContain(entity(doc, 'London')?.type);
  });
});
