import { describe, expect, it } from 'vitest';
import { validateDocument, checkMentionOffsets, FACTS_SCHEMA } from '../src/validate.ts';
import { ENTITY_TYPES, PREDICATE_NAMES, type FactsDocument } from '../src/contract.ts';
import { PREDICATE_RULES } from '../pipeline/relations/predicates/index.ts';

function validDoc(): FactsDocument {
  return {
    schema: 'facts/v1',
    article: { id: 'a1', source: null, sha256: 'a'.repeat(64), published: '2020-01-02' },
    entities: [
      { id: 'E1', type: 'Band', name: 'Northwind', mentions: [{ start: 0, end: 9, text: 'Northwind', sentence: 0 }] },
      { id: 'E2', type: 'Date', name: 'May 2020', value: '2020-05', mentions: [{ start: 13, end: 21, text: 'May 2020', sentence: 0 }] },
      { id: 'E3', type: 'Song', name: 'Paper Moon', mentions: [{ start: 30, end: 40, text: 'Paper Moon', sentence: 0 }] },
    ],
    facts: [{ id: 'F1', subject: 'E3', predicate: 'performer', object: 'E1', confidence: 0.8, evidence: [{ sentence: 0, start: 0, end: 41, text: 'x', ruleId: 'performer.verb' }] }],
  };
}

const broken = (change: (d: any) => void) => { const d: any = validDoc(); change(d); return validateDocument(d); };

describe('schema', () => {
  it('accepts a valid document', () => {
    expect(validateDocument(validDoc())).toEqual({ valid: true, errors: [] });
  });
  it.each(['schema', 'article', 'entities', 'facts'])('rejects a document without %s', (field) => {
    expect(broken((d) => delete d[field]).valid).toBe(false);
  });
  it('rejects an entity without a type, and an unknown type', () => {
    expect(broken((d) => delete d.entities[0].type).valid).toBe(false);
    expect(broken((d) => (d.entities[0].type = 'Spaceship')).valid).toBe(false);
  });
  it('rejects an unknown predicate', () => {
    const result = broken((d) => (d.facts[0].predicate = 'loves'));
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/predicate/);
  });
  it('rejects a fact pointing at a missing entity', () => {
    expect(broken((d) => (d.facts[0].object = 'E9')).errors).toEqual(['/facts/0/object: no entity E9']);
  });
  it.each(['April 2021', '2021-4', '2021-13'])('rejects the date value %s', (value) => {
    expect(broken((d) => (d.entities[1].value = value)).valid).toBe(false);
  });
  it('rejects a Date without a value, and a confidence above 1', () => {
    expect(broken((d) => delete d.entities[1].value).valid).toBe(false);
    expect(broken((d) => (d.facts[0].confidence = 1.5)).valid).toBe(false);
  });
  it('keeps its enums equal to the contract and the predicate tables', () => {
    expect(FACTS_SCHEMA.definitions.entity.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(FACTS_SCHEMA.definitions.fact.properties.predicate.enum).toEqual([...PREDICATE_NAMES]);
    expect(PREDICATE_RULES.map((r) => r.predicate).sort()).toEqual([...PREDICATE_NAMES].sort());
  });
  it('catches a mention whose text is not the input there', () => {
    const errors = checkMentionOffsets(validDoc(), 'Northwind in May 2020 sang  Paper Moon.');
    // E3 is off by two characters, and the evidence quotes "x" rather than the sentence.
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^E3 mention 30-40/);
  });
});
