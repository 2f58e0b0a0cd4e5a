// One merged entity per cluster: its canonical name and identity, its stable id,
// and everything the articles said of it, each list sorted so runs are byte-identical.
import type { EntityAttributes } from '../contract.ts';
import { foldName } from '../fold.ts';
import { entityIdentity, stableId } from '../identity.ts';
import { byCodeUnits } from '../export/graph.ts';
import type { Clusters } from './clusters.ts';
import type { EntityOccurrence } from './occurrences.ts';
import type { EntitySource, MergedEntity } from './types.ts';

/** The most frequent of `values`; ties go to the first in code-unit order. */
function mostFrequent<T extends string | number>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = (a: T, b: T) => (typeof a === 'number' ? (a as number) - (b as number) : byCodeUnits(String(a), String(b)));
  return [...counts].sort(([a, ca], [b, cb]) => cb - ca || order(a, b))[0]?.[0];
}

/**
 * Between equally frequent spellings, the plainest: no possessive, quotes or
 * surrounding punctuation ("Northwind’s"), then not shouted ("NORTHWIND").
 */
function spellingPenalty(name: string): number {
  if (/^[\p{P}\s]|[\p{P}\s]$|['’]s$/u.test(name)) return 2;
  return /\p{Ll}/u.test(name) ? 0 : 1;
}

function canonicalName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort(([a, ca], [b, cb]) => cb - ca || spellingPenalty(a) - spellingPenalty(b) || byCodeUnits(a, b))[0]![0];
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort(byCodeUnits);

/** "E2" before "E10". */
function byLocalId(a: EntitySource, b: EntitySource): number {
  return byCodeUnits(a.article, b.article) || a.entity.length - b.entity.length || byCodeUnits(a.entity, b.entity);
}

function mergedAttributes(occurrences: EntityOccurrence[], year: string | undefined, country: string | undefined): EntityAttributes {
  const genre = sortedUnique(occurrences.flatMap((o) => o.attributes.genre ?? []));
  const roles = sortedUnique(occurrences.flatMap((o) => o.attributes.roles ?? []));
  const members = mostFrequent(occurrences.flatMap((o) => (o.attributes.members === undefined ? [] : [o.attributes.members])));
  return {
    ...(country === undefined ? {} : { country }),
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(genre.length ? { genre } : {}),
    ...(members === undefined ? {} : { members }),
    ...(roles.length ? { roles } : {}),
  };
}

/**
 * The merged entity of one cluster. Its name comes from the group most articles
 * name (never one that is another's alias), spelt as most of them wrote it; its
 * identity is that name with the cluster's one year and country.
 */
export function mergedEntity(clusters: Clusters, members: number[], entities: EntityOccurrence[]): MergedEntity {
  const groups = members.map((g) => clusters.groups[g]!);
  const occurrences = groups.flatMap((g) => g.occurrences.map((o) => entities[o]!));
  // A group named by another's alias ("Mara" beside "Mara Lind", alias "Mara") never gives the name.
  const aliasKeys = new Set(occurrences.flatMap((o) => o.aliases.map(foldName)));
  const named = groups.filter((g) => !aliasKeys.has(g.key));
  const head = [...(named.length ? named : groups)].sort((a, b) => b.articles.size - a.articles.size
    || b.occurrences.length - a.occurrences.length || b.key.length - a.key.length || byCodeUnits(a.identity, b.identity))[0]!;
  const name = canonicalName(head.occurrences.map((o) => entities[o]!.name));
  const value = mostFrequent(head.occurrences.flatMap((o) => (entities[o]!.value === undefined ? [] : [entities[o]!.value!])));
  const year = clusters.yearOf(members[0]!);
  const country = clusters.countryOf(members[0]!);
  const attributes = mergedAttributes(occurrences, year, country);
  const identity = entityIdentity({ type: head.type, name, ...(value === undefined ? {} : { value }), attributes });
  const articles = sortedUnique(occurrences.map((o) => o.article));
  return {
    id: stableId(identity),
    identity,
    type: head.type,
    name,
    ...(value === undefined ? {} : { value }),
    aliases: sortedUnique(occurrences.flatMap((o) => [o.name, ...o.aliases])).filter((alias) => alias !== name),
    attributes,
    support: articles.length,
    articles,
    sources: occurrences.map((o) => ({ article: o.article, entity: o.localId })).sort(byLocalId),
  };
}
