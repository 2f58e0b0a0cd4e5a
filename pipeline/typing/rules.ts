// A mention's type and the rule that set it: how strong each family of rules is (a shape outweighs a cue,
// a cue a role, and so on), and the types of titled works that several typing passes weigh.
import type { EntityType, Mention } from '../types.ts';

export const STRENGTH: Record<string, number> = { shape: 4, cue: 3, copula: 3, role: 2, list: 2, relation: 2, document: 1, fallback: 0 };

/** The types of titled works, whose copula noun outweighs a company's suffix word in the name. */
export const WORK_TYPES = new Set<EntityType>(['Song', 'Album', 'Film', 'TVSeries', 'Book']);

export function setType(m: Mention, type: EntityType, rule: string): void {
  m.type = type;
  m.typeRule = rule;
}

export function strengthOf(rule: string | null): number {
  if (!rule) return -1;
  // The rule's family is its first dotted part ("cue" of "list.cue.film"); asked often, so cut without split().
  const dot = rule.indexOf('.');
  return STRENGTH[dot < 0 ? rule : rule.slice(0, dot)] ?? 1;
}
