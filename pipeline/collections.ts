// Small helpers for the maps of lists the stages build; appending in place
// keeps grouping linear where copying the list on every append would not be.

/** Appends a value to the list kept under a key, creating the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
