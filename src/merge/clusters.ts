// Union–find over identity groups, refusing any union that would make one
// entity of two things: two different years, two different countries, or two
// entities the same article keeps apart (the article's coreference decided).
import type { EntityType } from '../contract.ts';

/** All occurrences with one entityIdentity: the unit the merge joins. */
export interface IdentityGroup {
  identity: string;
  type: EntityType;
  key: string;
  year?: string;
  country?: string;
  occurrences: number[];
  articles: Set<string>;
}

interface ClusterFacts {
  years: Set<string>;
  countries: Set<string>;
  articles: Set<string>;
}

export class Clusters {
  private readonly parent: number[];
  private readonly facts: ClusterFacts[];

  constructor(readonly groups: IdentityGroup[]) {
    this.parent = groups.map((_, i) => i);
    this.facts = groups.map((g) => ({
      years: new Set(g.year === undefined ? [] : [g.year]),
      countries: new Set(g.country === undefined ? [] : [g.country]),
      articles: new Set(g.articles),
    }));
  }

  find(group: number): number {
    let root = group;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[group] !== root) [group, this.parent[group]] = [this.parent[group]!, root];
    return root;
  }

  /** The one year and one country of a cluster, where it has them. */
  yearOf(group: number): string | undefined {
    return [...this.facts[this.find(group)]!.years][0];
  }

  countryOf(group: number): string | undefined {
    return [...this.facts[this.find(group)]!.countries][0];
  }

  /** Whether joining would keep at most one year and one country and no article on both sides. */
  canUnite(a: number, b: number): boolean {
    const [x, y] = [this.facts[this.find(a)]!, this.facts[this.find(b)]!];
    if (x === y) return false;
    if (new Set([...x.years, ...y.years]).size > 1) return false;
    if (new Set([...x.countries, ...y.countries]).size > 1) return false;
    const [small, large] = x.articles.size <= y.articles.size ? [x.articles, y.articles] : [y.articles, x.articles];
    for (const article of small) if (large.has(article)) return false;
    return true;
  }

  /** Joins two clusters when canUnite allows it (or when `force`, for two clusters that came out with one identity). */
  unite(a: number, b: number, force = false): boolean {
    if (!force && !this.canUnite(a, b)) return false;
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    // The lower index stays the root, so the result does not depend on which side asked.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    const [into, from] = [this.facts[root]!, this.facts[child]!];
    for (const year of from.years) into.years.add(year);
    for (const country of from.countries) into.countries.add(country);
    for (const article of from.articles) into.articles.add(article);
    return true;
  }

  /** Groups by cluster root, each list in group order. */
  members(): Map<number, number[]> {
    const members = new Map<number, number[]>();
    this.groups.forEach((_, i) => {
      const root = this.find(i);
      const list = members.get(root) ?? [];
      list.push(i);
      members.set(root, list);
    });
    return members;
  }
}
