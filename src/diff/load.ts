// Reading one side's document: every way a file can fail becomes a DiffInputError
// naming the file and the reason, so the command can report it and exit 2.
import { readFileSync } from 'node:fs';
import { SCHEMA_ID, type FactsDocument } from '../contract.ts';
import { validateDocument } from '../validate.ts';

export class DiffInputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DiffInputError';
  }
}

/** At most this many schema errors are quoted; the rest are counted. */
const SHOWN_ERRORS = 3;

/** The facts/v1 document in `text`, or a DiffInputError saying why it is not one. */
export function parseFactsDocument(file: string, text: string): FactsDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DiffInputError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DiffInputError(file, `not a ${SCHEMA_ID} document: expected a JSON object, found ${Array.isArray(value) ? 'an array' : String(value === null ? 'null' : typeof value)}`);
  }
  const schema = (value as { schema?: unknown }).schema;
  if (schema !== SCHEMA_ID) {
    const found = schema === undefined ? 'no "schema" field' : `"schema" is ${JSON.stringify(schema)}`;
    throw new DiffInputError(file, `not a ${SCHEMA_ID} document (${found})`);
  }
  const { valid, errors } = validateDocument(value);
  if (!valid) {
    const more = errors.length > SHOWN_ERRORS ? `; and ${errors.length - SHOWN_ERRORS} more` : '';
    throw new DiffInputError(file, `fails the ${SCHEMA_ID} schema: ${errors.slice(0, SHOWN_ERRORS).join('; ')}${more}`);
  }
  return value as FactsDocument;
}

/**
 * Read synchronously on purpose: the diff reads one pair of small files at a
 * time, and for 20,000 files readFileSync is about three times faster than
 * fs/promises, whose every call is a round trip through the thread pool.
 */
export function readFactsFile(file: string): FactsDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DiffInputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseFactsDocument(file, text);
}
