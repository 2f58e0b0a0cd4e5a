// Pairs the items of two lists by a key in linear time: one hash map over the
// old side, one pass over the new side. Keys may repeat (a run can emit two
// entities that fold alike), so each key holds a queue and pairs first with
// first, second with second — a multiset difference, never a nested loop.

export interface JoinResult<T> {
  /** Items on both sides, as [old, new], in the new side's order. */
  both: [T, T][];
  /** Items only on the new side, in its order. */
  added: T[];
  /** Items only on the old side, in its order. */
  removed: T[];
}

export function hashJoin<T extends object>(oldItems: readonly T[], newItems: readonly T[], keyOf: (item: T) => string): JoinResult<T> {
  const waiting = new Map<string, T[]>();
  for (const item of oldItems) {
    const key = keyOf(item);
    const queue = waiting.get(key);
    if (queue) queue.push(item);
    else waiting.set(key, [item]);
  }
  const both: [T, T][] = [];
  const added: T[] = [];
  const matched = new Set<T>();
  for (const item of newItems) {
    const partner = waiting.get(keyOf(item))?.shift();
    if (partner === undefined) {
      added.push(item);
    } else {
      both.push([partner, item]);
      matched.add(partner);
    }
  }
  const removed = oldItems.filter((item) => !matched.has(item));
  return { both, added, removed };
}
