// Running totals over the articles of a diff, kept as the articles stream by.
import type { ArticleDiff, DiffOptions, DiffTotals } from './types.ts';

export function emptyTotals(options: DiffOptions): DiffTotals {
  return {
    articles: { compared: 0, changed: 0, added: 0, removed: 0, unchanged: 0, failed: 0 },
    entities: { added: 0, removed: 0 },
    facts: options.changes ? { added: 0, removed: 0, changed: 0 } : { added: 0, removed: 0 },
  };
}

export function addArticle(totals: DiffTotals, diff: ArticleDiff): void {
  totals.articles.compared++;
  totals.articles[diff.status]++;
  totals.entities.added += diff.entities.added.length;
  totals.entities.removed += diff.entities.removed.length;
  totals.facts.added += diff.facts.added.length;
  totals.facts.removed += diff.facts.removed.length;
  if (totals.facts.changed !== undefined) totals.facts.changed += diff.facts.changed?.length ?? 0;
}

export function addFailure(totals: DiffTotals): void {
  totals.articles.failed++;
}

/** True when the runs differ: what `--exit-code` turns into exit status 1. */
export function hasDifference(totals: DiffTotals): boolean {
  const { articles } = totals;
  return articles.changed + articles.added + articles.removed > 0;
}
