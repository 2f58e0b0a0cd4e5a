// Every phrasing of every predicate table carries a made-up example sentence;
// the pipeline must read that phrasing's fact from it, so a table and the
// stages that feed it cannot drift apart unnoticed.
import { describe, expect, it } from 'vitest';
import { PREDICATE_RULES } from '../pipeline/relations/predicates/index.ts';
import { CHAINS } from '../pipeline/relations/chains.ts';
import { run } from './helpers.ts';

describe('predicate tables', () => {
  it('give every phrasing an id of its own, so evidence names one rule', () => {
    const ids = PREDICATE_RULES.flatMap((rules) => rules.phrasings.map((p) => p.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  for (const rules of PREDICATE_RULES) {
    for (const phrasing of rules.phrasings) {
      it(`${phrasing.id} reads its example: ${phrasing.example}`, () => {
        const doc = run(phrasing.example);
        const ruleIds = doc.output!.facts.flatMap((f) => f.predicate === rules.predicate ? f.evidence.map((e) => e.ruleId) : []);
        expect(ruleIds).toContain(phrasing.id);
      });
    }
  }
});

describe('chains', () => {
  for (const chain of CHAINS) {
    it(`${chain.id} concludes from its example: ${chain.example}`, () => {
      const doc = run(chain.example);
      const ruleIds = doc.output!.facts.flatMap((f) => f.predicate === chain.conclusion[1] ? f.evidence.map((e) => e.ruleId) : []);
      expect(ruleIds).toContain(chain.id);
    });
  }
});
