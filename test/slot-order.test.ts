// The slot-order prefilter skips a phrasing when no placeholder of its first slot's types stands
// before one of its second slot's: that must hold of every match, or a sentence it would read is skipped.
import { describe, expect, it } from 'vitest';
import { compilePattern, topLevelSlotOrder } from '../pipeline/relations/pattern.ts';
import { PREDICATE_RULES } from '../pipeline/relations/predicates/index.ts';
import { buildTemplate, type SlotOf } from '../pipeline/relations/template.ts';
import { run } from './helpers.ts';

describe('topLevelSlotOrder', () => {
  it('gives the order of two slots that stand at the top level', () => {
    expect(topLevelSlotOrder('{s:Film} {gap}(?:directed|helmed) by {o:Person}')).toBe('so');
    expect(topLevelSlotOrder('(?<!\\bby ){o:Band|Person} {w0-4}(?:sung|sang) {np}{s:Song}')).toBe('os');
    expect(topLevelSlotOrder('{s:Song} [^()⟦⟧{]{0,60} by {o:Person}')).toBe('so');
  });
  it('gives none for a slot inside a group or a lookaround, an optional slot, a top-level alternative or a single slot', () => {
    expect(topLevelSlotOrder('{s:Film} (?:by {o:Person})')).toBeNull();
    expect(topLevelSlotOrder('(?=, {o:Person} as)(?<={s:Film} {clause})')).toBeNull();
    expect(topLevelSlotOrder('{s:Film}? {gap}by {o:Person}')).toBeNull();
    expect(topLevelSlotOrder('{s:Film} by {o:Person}|{o:Person} directed {s:Film}')).toBeNull();
    expect(topLevelSlotOrder('(?:was |is )?voiced by {np}{o:Person}')).toBeNull();
  });
  it('holds in every match of every phrasing over the templates of all the examples', () => {
    const templates = PREDICATE_RULES.flatMap((r) => r.phrasings).flatMap((p) => {
      const doc = run(p.example);
      const slotOf: SlotOf = (m) => m.entity === undefined || m.aliasOf !== undefined ? null : { type: doc.entities[m.entity].type, value: m.entity };
      return doc.sentences.map((s) => buildTemplate(doc, doc.mentions.filter((m) => m.sentence === s.index), slotOf).text);
    });
    let checked = 0;
    for (const p of PREDICATE_RULES.flatMap((r) => r.phrasings)) {
      const order = topLevelSlotOrder(p.pattern);
      if (!order) continue;
      for (const allowUnknown of [false, true]) {
        const regex = new RegExp(compilePattern(p.pattern, allowUnknown).source, 'gid');
        for (const text of templates) {
          for (const m of text.matchAll(regex)) {
            const [first, second] = [m.indices!.groups![order[0]], m.indices!.groups![order[1]]];
            expect(first[0], `${p.id} on ${text}`).toBeLessThan(second[0]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Every phrasing's example through the pipeline and every expression over every template: on a loaded machine this takes longer than the suite's default.
  }, 180_000);
});
