// A work whose title is another work's title with a number after it ("Night
// Train 2", "Night Train II", "Night Train Part 3") continues that work: the
// second follows the first, the third the second. Encyclopedia articles name
// a sequel or a second season so and seldom say "the sequel to" as well.
import type { Entity, EntityType, Fact } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';
import { numberedTitle, ROMAN } from '../names.ts';

/** The kinds a work and its sequel share. */
const KIND: Partial<Record<EntityType, string>> = { Film: 'screen', TVSeries: 'screen', Album: 'record', Song: 'record' };

export function addNumberedSequels(entities: Entity[], firstSentenceOf: (entity: number) => number, add: FactAdder): void {
  const works = entities.filter((e) => e.mentionIds.length && KIND[e.type]);
  const byTitle = new Map<string, Entity[]>();
  for (const e of works) {
    const key = `${KIND[e.type]}|${e.name.toLowerCase()}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), e]);
  }
  for (const e of works) {
    const numbered = numberedTitle(e.name);
    if (!numbered || numbered.n < 2) continue;
    const { base, n } = numbered;
    // The one before: the base title for a second, "X 2" (or "X II") for a third.
    const before = n === 2 ? [base] : [`${base} ${n - 1}`, `${base} ${ROMAN[n - 2]}`];
    const found = before.flatMap((title) => byTitle.get(`${KIND[e.type]}|${title.toLowerCase()}`) ?? []);
    // Two works of that title (a film and its remake) leave the original unknown.
    if (found.length !== 1) continue;
    add(e.index, 'follows', found[0].index, 0.7, [{ sentence: firstSentenceOf(e.index), ruleId: 'article.numbered-sequel' }]);
  }
}
