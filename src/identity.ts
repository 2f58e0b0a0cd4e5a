// Identity of entities and facts across runs and articles. Ids such as "E3"
// are local to one document and may change between runs; what stays is the
// type, the folded name and, for same-named works, the year and country.
import { createHash } from 'node:crypto';
import { foldName } from './fold.ts';
import { SYMMETRIC_PREDICATES, type EntityRecord, type Predicate } from './contract.ts';

/** "Song|paper moon|2021|" — type, folded name (or Date value), year, country. */
export function entityIdentity(entity: Pick<EntityRecord, 'type' | 'name' | 'value' | 'attributes'>): string {
  const name = entity.type === 'Date' && entity.value ? entity.value : foldName(entity.name);
  const year = entity.type === 'Date' ? '' : (entity.attributes?.year ?? '');
  const country = entity.type === 'Date' ? '' : (entity.attributes?.country ?? '');
  return `${entity.type}|${name}|${year}|${country}`;
}

/** Subject identity, predicate, object identity; symmetric predicates are ordered so either direction is the same fact. */
export function factIdentity(subject: string, predicate: Predicate, object: string): string {
  const [a, b] = SYMMETRIC_PREDICATES.has(predicate) && object < subject ? [object, subject] : [subject, object];
  return `${a}\u0000${predicate}\u0000${b}`;
}

/** A short id derived only from an identity: the same entity gets the same id in every run. */
export function stableId(identity: string, prefix = ''): string {
  return prefix + createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
