// Which identity groups become one merged entity. Exact identity (type, folded
// name, year, country) always joins; then two rules join variants, each only
// when unambiguous and never against Clusters' checks:
//   - a group without a year or country joins the same-named group that has
//     them ("Northwind" joins "Northwind (Norway)"), unless another namesake could be meant;
//   - a group whose name is another group's alias joins it ("Mara" → "Mara Lind"
//     with alias "Mara"), when exactly one group has that alias and one that name.
import { foldName } from '../fold.ts';
import { byCodeUnits } from '../export/graph.ts';
import { Clusters, type IdentityGroup } from './clusters.ts';
import type { EntityOccurrence } from './occurrences.ts';

export interface JoinCounts {
  /** Unions made by the year/country rule and by the alias rule. */
  underspecified: number;
  alias: number;
}

/** Occurrences grouped by exact identity, the groups sorted by identity so indexes are the same every run. */
export function identityGroups(entities: EntityOccurrence[]): IdentityGroup[] {
  const byIdentity = new Map<string, IdentityGroup>();
  entities.forEach((e, i) => {
    let group = byIdentity.get(e.identity);
    if (!group) {
      const dated = e.type !== 'Date';
      group = {
        identity: e.identity,
        type: e.type,
        key: e.key,
        ...(dated && e.attributes.year !== undefined ? { year: String(e.attributes.year) } : {}),
        ...(dated && e.attributes.country !== undefined ? { country: e.attributes.country } : {}),
        occurrences: [],
        articles: new Set(),
      };
      byIdentity.set(e.identity, group);
    }
    group.occurrences.push(i);
    group.articles.add(e.article);
  });
  return [...byIdentity.values()].sort((a, b) => byCodeUnits(a.identity, b.identity));
}

function compatible(a: IdentityGroup, b: IdentityGroup): boolean {
  const sameOrMissing = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || x === y;
  return sameOrMissing(a.year, b.year) && sameOrMissing(a.country, b.country);
}

const nameKey = (g: Pick<IdentityGroup, 'type' | 'key'>) => `${g.type}\u0000${g.key}`;

/** Groups by type and folded name, in identity order. */
function sameNamed(groups: IdentityGroup[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = buckets.get(nameKey(g)) ?? [];
    list.push(i);
    buckets.set(nameKey(g), list);
  });
  return buckets;
}

/**
 * Two same-named groups join when neither's year or country contradicts the
 * other's, and each of them could be one thing with all its compatible
 * namesakes: an undated "Signal" beside a 2016 and a 2018 "Signal" joins neither.
 */
export function joinUnderspecified(clusters: Clusters): number {
  const { groups } = clusters;
  let joined = 0;
  for (const bucket of sameNamed(groups).values()) {
    if (bucket.length < 2 || groups[bucket[0]!]!.type === 'Date') continue;
    const partners = new Map(bucket.map((g) => [g, bucket.filter((o) => o !== g && compatible(groups[g]!, groups[o]!))]));
    const unambiguous = (g: number) => {
      const list = partners.get(g)!;
      return list.every((a) => list.every((b) => compatible(groups[a]!, groups[b]!)));
    };
    for (const g of bucket) {
      if (!unambiguous(g)) continue;
      for (const o of partners.get(g)!) if (o > g && unambiguous(o) && clusters.unite(g, o)) joined += 1;
    }
  }
  return joined;
}

/** A group named as another group's alias joins it, when exactly one cluster has the alias and one other has the name. */
export function joinAliases(clusters: Clusters, entities: EntityOccurrence[]): number {
  const { groups } = clusters;
  const owners = new Map<string, Set<number>>();
  const named = new Map<string, Set<number>>();
  const add = (index: Map<string, Set<number>>, key: string, root: number) => {
    const set = index.get(key) ?? new Set();
    set.add(root);
    index.set(key, set);
  };
  groups.forEach((group, g) => {
    if (group.type === 'Date') return;
    const root = clusters.find(g);
    add(named, nameKey(group), root);
    for (const o of group.occurrences) {
      for (const alias of entities[o]!.aliases) {
        const key = foldName(alias);
        if (key && key !== group.key) add(owners, nameKey({ type: group.type, key }), root);
      }
    }
  });
  let joined = 0;
  for (const key of [...owners.keys()].sort(byCodeUnits)) {
    const owner = owners.get(key)!;
    const others = [...(named.get(key) ?? [])].filter((root) => !owner.has(root));
    if (owner.size !== 1 || others.length !== 1) continue;
    if (clusters.unite([...owner][0]!, others[0]!)) joined += 1;
  }
  return joined;
}
