// The shape of a diff between two runs: what `facts diff --json` prints and
// what the text formatter reads. docs/diff.md documents it field by field.
import type { EntityType, Predicate } from '../contract.ts';

/** An entity as one side of the diff names it; `id` is that side's local id. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  /** The parts of the identity besides type and name, so a reader sees why two same-named entities differ. */
  value?: string;
  year?: number;
  country?: string;
  /** entityIdentity(): type, folded name (or Date value), year, country. */
  identity: string;
}

/** A fact as one side of the diff has it, with its ends resolved to entities. */
export interface FactRef {
  id: string;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  confidence: number;
}

/** One quoted piece of evidence, without offsets: offsets move whenever text above them is edited. */
export interface EvidenceQuote {
  text: string;
  ruleId?: string;
}

/** A fact on both sides whose confidence or evidence differs (`--changes`). */
export interface FactChange {
  old: FactRef;
  new: FactRef;
  /** Present when the confidence differs. */
  confidence?: { old: number; new: number };
  /** Present when the set of quoted evidence differs. */
  evidence?: { added: EvidenceQuote[]; removed: EvidenceQuote[] };
}

export type ArticleStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ArticleDiff {
  /** The article's key: its file name without `.facts.json`. */
  article: string;
  status: ArticleStatus;
  oldFile: string | null;
  newFile: string | null;
  entities: { added: EntityRef[]; removed: EntityRef[] };
  /** `changed` is present only when changes were asked for. */
  facts: { added: FactRef[]; removed: FactRef[]; changed?: FactChange[] };
}

/** A file that could not be compared, and why. */
export interface DiffError {
  file: string;
  reason: string;
}

export interface DiffTotals {
  articles: { compared: number; changed: number; added: number; removed: number; unchanged: number; failed: number };
  entities: { added: number; removed: number };
  /** `changed` is present only when changes were asked for. */
  facts: { added: number; removed: number; changed?: number };
}

export interface DiffOptions {
  /** Also compare confidence and evidence of facts present on both sides. */
  changes: boolean;
}
