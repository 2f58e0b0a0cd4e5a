// One export from start to end: open the input, open the format's writer,
// pass it one batch at a time, and report every unusable file by name as it is met.
import type { Writable } from 'node:stream';
import type { ExportSummary } from './format.ts';
import { findFormat } from './formats.ts';
import { DocumentError } from './documents.ts';
import type { InputProblem } from './graph.ts';
import { openSource } from './source.ts';

export interface ExportOptions {
  format: string;
  out?: string;
  base: string;
}

export interface ExportIo {
  stdout: Writable;
  /** Called for each file or line that could not be used; the export goes on without it. */
  report: (problem: InputProblem) => void;
}

/** Runs an export; returns what was written, or undefined when the input or an option made it impossible (already reported). */
export async function runExport(input: string, options: ExportOptions, io: ExportIo): Promise<ExportSummary | undefined> {
  const format = findFormat(options.format);
  if (!format) {
    io.report({ file: input, reason: `unknown --format ${JSON.stringify(options.format)}` });
    return undefined;
  }
  if (format.output === 'folder' && !options.out) {
    io.report({ file: input, reason: `--format ${format.name} writes several files: give a folder with --out <dir>` });
    return undefined;
  }
  let source;
  try {
    source = await openSource(input);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    io.report({ file: error.file, reason: error.reason });
    return undefined;
  }
  const writer = await format.open({ out: options.out, stdout: io.stdout, base: options.base, kind: source.kind });
  try {
    for await (const batch of source.batches(io.report)) await writer.write(batch);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.end();
}
