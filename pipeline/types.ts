// The document that flows through the stages. Each stage adds its own layer
// and never rewrites an earlier one, so offsets made by the reader stay true.
import type { EntityType, Predicate, EntityAttributes, FactsDocument } from '../src/contract.ts';

export type { EntityType, Predicate, EntityAttributes };

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Universal part of speech from wink-nlp (PROPN, NOUN, VERB, PUNCT, SPACE ...). */
  pos: string;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  /** A line with no sentence punctuation on its own, like a sub-heading. */
  heading: boolean;
}

/** How a mention refers: by name, by a description ("the movie"), by pronoun, or as a value. */
export type MentionKind = 'name' | 'description' | 'pronoun' | 'value';

export interface Mention extends Span {
  id: number;
  text: string;
  sentence: number;
  kind: MentionKind;
  /** Best type so far and the rule that chose it; typing and coreference refine it. */
  type: EntityType | null;
  typeRule: string | null;
  /** Normalised value: ISO date for Date mentions, canonical name for Country/Genre. */
  value?: string;
  /** Attributes read from the words around the mention ("2018 Japanese drama X"). */
  attributes: EntityAttributes;
  /** Words of a description or pronoun that restrict what it can refer to ("Korean", "two"). */
  plural?: boolean;
  /** For descriptions and pronouns: the types they can refer to. */
  candidateTypes?: EntityType[];
  quoted?: boolean;
  /** For a name in parentheses right after another ("X (The Other Title)"): the start offset of that name; both name one thing. */
  aliasOf?: number;
  /** Value mentions (year, country, genre) that modify this one: "a 2018 Japanese drama". */
  modifiers?: number[];
  /** Set by coreference: the entity this mention refers to. */
  entity?: number;
}

export interface Entity {
  index: number;
  type: EntityType;
  name: string;
  aliases: string[];
  value?: string;
  attributes: EntityAttributes;
  mentionIds: number[];
  /** Set by coreference for a remake it knows only by descriptions ("Mara Lind's remake"): the entity it was made from. */
  madeFrom?: number;
}

export interface Evidence {
  sentence: number;
  ruleId: string;
}

export interface Fact {
  subject: number;
  predicate: Predicate;
  object: number;
  confidence: number;
  evidence: Evidence[];
  qualifiers?: Record<string, string | number>;
}

export interface Warning {
  severity: 'info' | 'warning';
  span: Span | null;
  source: string;
  ruleId: string;
  reason: string;
}

export interface ArticleMeta {
  id: string;
  source: string | null;
  sha256: string;
  published: string | null;
}

/** One article on its way through the stages; later layers are absent until their stage runs. */
export interface ArticleDoc {
  /** The article exactly as given: what every offset, mention and evidence quote of the output refers to. */
  input: string;
  /** What the stages read: the input with soft line breaks and typeset spaces as plain spaces (pipeline/reading-text.ts), so offsets are the same in both. */
  text: string;
  meta: ArticleMeta;
  /** The date header's span ("date 2021-02-17", or "Published: ..." under a headline): read for the date, never as text. */
  header: { start: number; end: number } | null;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  facts: Fact[];
  warnings: Warning[];
  output?: FactsDocument;
}

export type Stage = (doc: ArticleDoc) => ArticleDoc;
