// What one article's page is made from: the document, its text (or why there
// is none), and the gold judgement when --gold was given.
import type { FactsDocument } from '../contract.ts';
import type { Counts, MissedEntity, MissedFact } from '../eval.ts';

/** The article text the offsets point into, or the reason it could not be read. */
export type ArticleText =
  | { available: true; text: string; file: string; /** Set when the file's sha256 is not the document's. */ changed: boolean }
  | { available: false; reason: string };

/** How one predicted fact fares against the gold. */
export type FactVerdict =
  | { status: 'correct' }
  | { status: 'wrong'; reason: string }
  /** Matches only an optional gold fact: counts neither for nor against. */
  | { status: 'optional' }
  /** Coarse-types gold does not score this predicate (no Wikidata property). */
  | { status: 'unscored' };

export interface GoldJudgement {
  file: string;
  coarse: boolean;
  /** By fact id. */
  verdicts: Map<string, FactVerdict>;
  missedFacts: MissedFact[];
  missedEntities: MissedEntity[];
  facts: Counts;
  entities: Counts;
}

/** Gold for one article: judged, absent from the gold folder, or unreadable. */
export type ArticleGold =
  | { state: 'judged'; judgement: GoldJudgement }
  | { state: 'absent'; file: string }
  | { state: 'unreadable'; file: string; reason: string };

export interface ArticleView {
  /** File name without `.facts.json`: names the page and pairs the gold file. */
  name: string;
  /** The `.facts.json` file the document was read from. */
  file: string;
  doc: FactsDocument;
  text: ArticleText;
  /** Undefined when no gold folder was given. */
  gold?: ArticleGold;
}
