// What every export format provides: open a writer on a target, give it batches, end it.
import type { Writable } from 'node:stream';
import type { ExportBatch, InputKind } from './graph.ts';
import { fileSink, streamSink, type TextSink } from './sink.ts';

export interface ExportTarget {
  /** A file (a folder for csv); without it the text goes to `stdout`. */
  out?: string;
  stdout: Writable;
  /** Base IRI of entities, articles and statements (RDF and JSON-LD). */
  base: string;
  /** Per-article documents or a merged graph: the shapes differ a little (article vs articles and support). */
  kind: InputKind;
}

export interface ExportSummary {
  /** Files written (none when writing to stdout). */
  files: string[];
  /** Entities written (jsonl writes none: each fact line names its ends). */
  entities?: number;
  facts: number;
  /** RDF formats: the triples written, which a parser must read back. */
  triples?: number;
}

export interface FormatWriter {
  write(batch: ExportBatch): Promise<void>;
  end(): Promise<ExportSummary>;
  /** Stop without finishing: unfinished files are removed. */
  abort(): Promise<void>;
}

export interface ExportFormat {
  name: string;
  /** One line for --help. */
  description: string;
  /** What --out names: one file (stdout without it) or a folder, which is then required. */
  output: 'file' | 'folder';
  open(target: ExportTarget): Promise<FormatWriter>;
}

/** The one text destination of a single-file format: --out, else stdout. */
export async function openSink(target: ExportTarget): Promise<TextSink> {
  return target.out ? fileSink(target.out) : streamSink(target.stdout);
}
