// The corpus graph from per-article documents: group entities by identity,
// join variants (join.ts), name each merged entity once (entities.ts), gather
// the facts (facts.ts), and sort everything so the same input gives the same bytes.
import { byCodeUnits } from '../export/graph.ts';
import { Clusters } from './clusters.ts';
import { mergedEntity } from './entities.ts';
import { mergeFacts } from './facts.ts';
import { identityGroups, joinAliases, joinUnderspecified, type JoinCounts } from './join.ts';
import type { Occurrences } from './occurrences.ts';
import type { MergedEntity, MergedFact } from './types.ts';

export interface MergedGraph {
  entities: MergedEntity[];
  facts: MergedFact[];
  stats: {
    articles: number;
    entityOccurrences: number;
    factOccurrences: number;
    joins: JoinCounts;
    selfLoops: number;
  };
}

/** Clusters named; two clusters that come out with one identity are the same entity and are joined. */
function nameClusters(clusters: Clusters, occurrences: Occurrences): Map<number, MergedEntity> {
  for (;;) {
    const named = new Map<number, MergedEntity>();
    const rootOfIdentity = new Map<string, number>();
    let collided = false;
    for (const [root, members] of clusters.members()) {
      const entity = mergedEntity(clusters, members, occurrences.entities);
      const other = rootOfIdentity.get(entity.identity);
      if (other !== undefined) {
        clusters.unite(other, root, true);
        collided = true;
      }
      rootOfIdentity.set(entity.identity, root);
      named.set(root, entity);
    }
    if (!collided) return named;
  }
}

export function mergeOccurrences(occurrences: Occurrences): MergedGraph {
  const groups = identityGroups(occurrences.entities);
  const clusters = new Clusters(groups);
  const joins: JoinCounts = { underspecified: joinUnderspecified(clusters), alias: 0 };
  joins.alias = joinAliases(clusters, occurrences.entities);
  const named = nameClusters(clusters, occurrences);

  const groupOfOccurrence = new Map<number, number>();
  groups.forEach((g, i) => g.occurrences.forEach((o) => groupOfOccurrence.set(o, i)));
  const entityOf = (occurrence: number) => named.get(clusters.find(groupOfOccurrence.get(occurrence)!))!;
  const { facts, selfLoops } = mergeFacts(occurrences.facts, entityOf);

  const entities = [...named.values()].sort((a, b) => byCodeUnits(a.identity, b.identity));
  const identityOf = new Map(entities.map((e) => [e.id, e.identity]));
  facts.sort((a, b) => byCodeUnits(identityOf.get(a.subject)!, identityOf.get(b.subject)!)
    || byCodeUnits(a.predicate, b.predicate)
    || byCodeUnits(identityOf.get(a.object)!, identityOf.get(b.object)!));
  return {
    entities,
    facts,
    stats: {
      articles: occurrences.articles,
      entityOccurrences: occurrences.entities.length,
      factOccurrences: occurrences.facts.length,
      joins,
      selfLoops,
    },
  };
}
