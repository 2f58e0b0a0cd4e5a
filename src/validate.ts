// Validation against schemas/facts.schema.json, plus the checks JSON Schema
// cannot express (ids unique, facts point at entities, offsets true to the text).
import type { ValidateFunction } from 'ajv';
import type { FactsDocument } from './contract.ts';
import factsSchema from '../schemas/facts.schema.json' with { type: 'json' };
// The schema compiled ahead of time (scripts/build-validator.ts), so no process pays Ajv's compile at start-up.
import compiledValidator from './generated/facts-validator.ts';

export const FACTS_SCHEMA = factsSchema;

const schemaValidator = (): ValidateFunction => compiledValidator as unknown as ValidateFunction;

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

export function validateDocument(doc: unknown): ValidationResult {
  const validate = schemaValidator();
  if (!validate(doc)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
    return { valid: false, errors };
  }
  const errors = referenceErrors(doc as FactsDocument);
  return { valid: errors.length === 0, errors };
}

function referenceErrors(doc: FactsDocument): string[] {
  const errors: string[] = [];
  const entityIds = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) errors.push(`/entities/${i}/id: duplicate id ${e.id}`);
    entityIds.add(e.id);
    e.mentions.forEach((m, k) => { if (m.end <= m.start) errors.push(`/entities/${i}/mentions/${k}: end must be after start`); });
  });
  const factIds = new Set<string>();
  doc.facts.forEach((f, i) => {
    if (factIds.has(f.id)) errors.push(`/facts/${i}/id: duplicate id ${f.id}`);
    factIds.add(f.id);
    if (!entityIds.has(f.subject)) errors.push(`/facts/${i}/subject: no entity ${f.subject}`);
    if (!entityIds.has(f.object)) errors.push(`/facts/${i}/object: no entity ${f.object}`);
  });
  return errors;
}

/** Every mention's and evidence's text must be the input's slice at its offsets. */
export function checkMentionOffsets(doc: FactsDocument, text: string): string[] {
  const errors: string[] = [];
  for (const e of doc.entities) for (const m of e.mentions) {
    if (text.slice(m.start, m.end) !== m.text) errors.push(`${e.id} mention ${m.start}-${m.end}: "${m.text}" is not the text there`);
  }
  for (const f of doc.facts) for (const ev of f.evidence) {
    if (text.slice(ev.start, ev.end) !== ev.text) errors.push(`${f.id} evidence ${ev.start}-${ev.end} is not the text there`);
  }
  return errors;
}

export function assertValidDocument(doc: unknown, file?: string): asserts doc is FactsDocument {
  const { valid, errors } = validateDocument(doc);
  if (valid) return;
  const shown = errors.slice(0, 5).join('; ') + (errors.length > 5 ? `; and ${errors.length - 5} more` : '');
  throw new Error(`${file ?? 'document'} is not a valid facts/v1 document: ${shown}`);
}
