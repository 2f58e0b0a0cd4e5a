// A work dated twice, once to the month ("out in April") and once to the day
// ("out on April 14"), was dated once: the month is the same date said with
// less detail, and a dataset would read two release dates.
import type { Entity, Fact } from '../types.ts';
import { pushTo } from '../collections.ts';

export function keepMostSpecificDates(facts: Fact[], entities: Entity[]): Fact[] {
  const datesOf = new Map<number, string[]>();
  for (const f of facts) {
    const value = f.predicate === 'publication_date' ? entities[f.object].value : undefined;
    if (value) pushTo(datesOf, f.subject, value);
  }
  return facts.filter((f) => {
    const value = f.predicate === 'publication_date' ? entities[f.object].value : undefined;
    // "2023-04" is said more exactly by "2023-04-14". A bare year stays: encyclopedias date a
    // work by its year apart from its full date, and datasets keep both.
    return !value || !/^\d{4}-\d{2}$/.test(value) || !datesOf.get(f.subject)!.some((other) => other.startsWith(`${value}-`));
  });
}
