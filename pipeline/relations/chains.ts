// Facts that follow from two others: a song on an album is performed by
// whoever performs the album. Each chain is two premises sharing a variable
// and a conclusion; a concluded fact quotes both premises' evidence and is
// held less sure than either.
import type { Predicate } from '../types.ts';

type Variable = 'x' | 'y' | 'z';
type Triple = [Variable, Predicate, Variable];

export interface Chain {
  id: string;
  premises: [Triple, Triple];
  conclusion: Triple;
  /** Multiplies the lower premise confidence. */
  discount: number;
  /** When set, the conclusion's object must have a value this matches. */
  objectValue?: RegExp;
  /** The conclusion's object is a date that must not lie after the article's own date. */
  notAfterPublished?: boolean;
  /** Premises read from a sentence only, not article-level guesses ("article.*" rules): a guessed track takes no date. */
  statedPremisesOnly?: boolean;
  /**
   * The second premise is the only one of its predicate its subject has: a song's label is its one
   * performer's, not that of a singer who covered it later.
   */
  soleSecondPremise?: boolean;
  /** A made-up example; tests run it. */
  example: string;
}

export const CHAINS: Chain[] = [
  {
    id: 'chain.album-performer',
    premises: [['x', 'part_of', 'y'], ['y', 'performer', 'z']],
    conclusion: ['x', 'performer', 'z'],
    discount: 0.9,
    example: 'Night Train is the third album by the band Northwind. The single Paper Moon is the second single from the album Night Train.',
  },
  {
    id: 'chain.album-label',
    premises: [['x', 'part_of', 'y'], ['y', 'record_label', 'z']],
    conclusion: ['x', 'record_label', 'z'],
    discount: 0.85,
    example: 'The album Night Train was released through Harbor Records. The single Paper Moon is the second single from the album Night Train.',
  },
  {
    id: 'chain.artist-label',
    premises: [['x', 'record_label', 'y'], ['x', 'performer', 'z']],
    conclusion: ['z', 'record_label', 'y'],
    discount: 0.8,
    soleSecondPremise: true,
    example: 'Night Train is an album by the band Northwind. The album was released by Harbor Records in 1998.',
  },
  {
    id: 'chain.album-date',
    premises: [['x', 'part_of', 'y'], ['y', 'publication_date', 'z']],
    conclusion: ['x', 'publication_date', 'z'],
    discount: 0.75,
    // A single comes out weeks before its album: the album's year is the single's too, its day is not.
    objectValue: /^\d{4}$/,
    // "The album is due on October 2": its singles are out already, before the album.
    notAfterPublished: true,
    statedPremisesOnly: true,
    example: 'The album Night Train came out in 2000. The single Paper Moon is the second single from the album Night Train.',
  },
];
