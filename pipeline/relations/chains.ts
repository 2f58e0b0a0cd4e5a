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
  /** The first premise must be read by a rule this matches (its evidence's rule id). */
  firstPremiseRule?: RegExp;
  /** The second premise's subject has no other object by its predicate (a work with one performer). */
  soleSecondObject?: boolean;
  /**
   * The variable (the album) must not be a record the text says holds songs by various artists: a soundtrack's or
   * a compilation's songs come out on their own singers' labels, not on the album's.
   */
  notVariousArtists?: Variable;
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
    // (The songs of "a soundtrack album with songs by various artists" were wrong 6 in 6 on the made-up sets.)
    notVariousArtists: 'y',
    example: 'The album Night Train was released through Harbor Records. The single Paper Moon is the second single from the album Night Train.',
  },
  {
    id: 'chain.artist-label',
    premises: [['x', 'record_label', 'y'], ['x', 'performer', 'z']],
    conclusion: ['z', 'record_label', 'y'],
    // Right 22 in 23 on the dev and made-up sets once the work has one performer: held as sure as the album chains.
    discount: 0.9,
    // A duet or a cover is put out by one of its artists' labels, which the text does not say: the label is the
    // artist's only for a work that artist performs alone.
    soleSecondObject: true,
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
    // Only a song said to be taken from or recorded for its album ("X is a song ... from her album Y (2000)") came out
    // with it. An album that "spawned" or "included" singles, or a song "later included on" an album, says nothing of
    // when the song came out: singles precede their album, often by a year, and older songs are collected later
    // (1 right in 11 on the dev and made-up sets, against 6 in 8 for songs taken from their album).
    firstPremiseRule: /^part_of\.(?:taken-from|recorded-for)$/,
    example: 'Paper Moon is a song by Mara Lind, taken from her third studio album, Night Train (2000).',
  },
];
