// The run's error log: one JSON line per input that could not be turned into
// a document, written as it happens (so a killed run still has them) to
// <out>/errors.jsonl, which each run starts afresh.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where an input failed: finding it, reading its bytes, decoding them, reading HTML, extracting, writing the output. */
export type ErrorStage = 'input' | 'read' | 'decode' | 'html' | 'extract' | 'write';

export interface ErrorRecord {
  /** The path as given or found (`-` for standard input). */
  file: string;
  reason: string;
  stage: ErrorStage;
}

export const ERRORS_FILE = 'errors.jsonl';

export interface ErrorLog {
  readonly file: string;
  add(record: ErrorRecord): Promise<void>;
  /** How many errors this run. */
  readonly count: number;
  /** The first errors of the run, for the closing summary; all of them are in the file. */
  readonly first: readonly ErrorRecord[];
}

export async function createErrorLog(outDir: string, keepForSummary = 20): Promise<ErrorLog> {
  const file = path.join(outDir, ERRORS_FILE);
  await mkdir(outDir, { recursive: true });
  await writeFile(file, '');
  const first: ErrorRecord[] = [];
  let count = 0;
  // Appends are chained so that lines never interleave, whatever order the failures arrive in.
  let tail: Promise<void> = Promise.resolve();
  return {
    file,
    get count() { return count; },
    first,
    add(record) {
      count++;
      if (first.length < keepForSummary) first.push(record);
      const written = tail.then(() => appendFile(file, `${JSON.stringify(record)}\n`));
      tail = written.catch(() => undefined); // one failed append must not block the later ones
      return written;
    },
  };
}
