// Per-article documents as `facts extract` writes them: listed in a fixed
// order and read one at a time, so a corpus larger than memory can be walked.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { SCHEMA_ID, type FactsDocument } from '../contract.ts';
import { validateDocument } from '../validate.ts';
import { byCodeUnits } from './graph.ts';

export const DOCUMENT_SUFFIX = '.facts.json';

/** At most this many schema errors are quoted; the rest are counted. */
const SHOWN_ERRORS = 3;

export class DocumentError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
  }
}

/** The `*.facts.json` files under `folder` (subfolders included), sorted, so every run reads them in one order. */
export async function listDocuments(folder: string): Promise<string[]> {
  const found = await fg(`**/*${DOCUMENT_SUFFIX}`, { cwd: folder, onlyFiles: true });
  return found.sort(byCodeUnits).map((file) => path.join(folder, file));
}

/** Whether `file` is a directory, a file, or missing. */
export async function pathKind(file: string): Promise<'directory' | 'file' | 'missing'> {
  const info = await stat(file).catch(() => null);
  if (!info) return 'missing';
  return info.isDirectory() ? 'directory' : 'file';
}

/** One valid facts/v1 document, or a DocumentError naming the file and the reason. */
export async function readDocument(file: string): Promise<FactsDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DocumentError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DocumentError(file, `not valid JSON (${(error as Error).message})`);
  }
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (schema !== SCHEMA_ID) {
    throw new DocumentError(file, `not a ${SCHEMA_ID} document (${schema === undefined ? 'no "schema" field' : `"schema" is ${JSON.stringify(schema)}`})`);
  }
  const { valid, errors } = validateDocument(value);
  if (!valid) {
    const more = errors.length > SHOWN_ERRORS ? `; and ${errors.length - SHOWN_ERRORS} more` : '';
    throw new DocumentError(file, `fails the ${SCHEMA_ID} schema: ${errors.slice(0, SHOWN_ERRORS).join('; ')}${more}`);
  }
  return value as FactsDocument;
}
