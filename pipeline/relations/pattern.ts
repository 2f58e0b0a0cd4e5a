// The small language the predicate tables are written in. A sentence is
// rewritten as a template where each mention is a placeholder ⟦Type#id⟧ (a
// list of same-typed mentions is ⟦Type#3+4+5⟧), and a phrasing is a regular
// expression over that template with a few macros:
//   {s:Song|Album}  the subject, a placeholder of one of these types
//   {o:Band|Person} the object
//   {np}            up to four plain words or modifier placeholders ("the upcoming ⟦Country#2⟧")
//   {gap}           any short stretch without another entity ("was a song written and")
//   {w0-3}          zero to three plain words
//   {any}           any placeholder
//   's              a possessive ("Northwind'", "their" are both rewritten to ⟦Band#1⟧ 's)
import type { EntityType, Predicate } from '../types.ts';

export interface Phrasing {
  id: string;
  pattern: string;
  confidence: number;
  /** A made-up sentence this phrasing is for; tests run every example. */
  example: string;
}

export interface PredicateRules {
  predicate: Predicate;
  subject: EntityType[];
  object: EntityType[];
  phrasings: Phrasing[];
}

export interface CompiledPhrasing extends Phrasing {
  predicate: Predicate;
  regex: RegExp;
}

const MODIFIER = '⟦(?:Country|Genre|Date)#[\\d+]+⟧';
const WORD = "[^\\s⟦⟧]+";
// A noun-phrase word: not a preposition or conjunction, so {np} never reaches into another phrase.
const NP_WORD = "(?!(?:about|of|for|to|with|by|from|in|on|at|and|or|but|which|that|who|after|before|as)\\b)[^\\s⟦⟧,.;:]+";

export function compilePattern(pattern: string): RegExp {
  const source = pattern
    .replace(/\{([so]):([A-Za-z|]+)\}/g, (_, role: string, types: string) => `⟦(?:${types})#(?<${role}>[\\d+]+)⟧`)
    .replace(/\{np\}/g, `(?:(?:${NP_WORD}|${MODIFIER}) ){0,4}?`)
    .replace(/\{gap\}/g, `(?:[^⟦⟧]|${MODIFIER}){0,80}?`)
    .replace(/\{w(\d)-(\d)\}/g, (_, a: string, b: string) => `(?:${WORD} ){${a},${b}}?`)
    .replace(/\{any\}/g, '⟦[^⟧]+⟧')
    .replace(/ /g, '\\s*');
  return new RegExp(source, 'giu');
}

export function compileRules(rules: PredicateRules[]): CompiledPhrasing[] {
  return rules.flatMap((r) => r.phrasings.map((p) => ({ ...p, predicate: r.predicate, regex: compilePattern(p.pattern) })));
}
