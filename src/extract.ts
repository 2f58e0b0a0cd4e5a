// The library entry: extract(text, { id }) returns a validated facts/v1
// document, so other programs need neither the CLI nor the file system.
import { createHash } from 'node:crypto';
import { runPipeline, PIPELINE_VERSION } from '../pipeline/index.ts';
import type { FactsDocument } from './contract.ts';
import { assertValidDocument } from './validate.ts';

export interface ExtractOptions {
  /** The article's id, usually its file name without extension. */
  id: string;
  /** ISO date the article was published; the `date YYYY-MM-DD` header is used when absent. */
  published?: string | null;
  /** Where the text came from, recorded in the document. */
  source?: string | null;
  /** sha256 of the exact input bytes; computed from the text's UTF-8 when absent. */
  sha256?: string;
}

export function extract(text: string, options: ExtractOptions): FactsDocument {
  const sha256 = options.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex');
  const doc = runPipeline(text, { id: options.id, source: options.source ?? null, sha256, published: options.published ?? null });
  assertValidDocument(doc.output!, options.source ?? options.id);
  return doc.output!;
}

export { PIPELINE_VERSION };
export type { FactsDocument };
