// One input, start to finish: read its bytes, skip it when its output is
// current, decode, extract (on the pool), write atomically. Every failure
// becomes an ErrorRecord naming the step; nothing here throws.
import { readFile, stat } from 'node:fs/promises';
import type { LimitFunction } from 'p-limit';
import { PIPELINE_VERSION } from '../../pipeline/version.ts';
import { sha256Hex, stageFile, type InputFormat, type StagedFile } from '../io.ts';
import { decodeArticleBytes } from './decode.ts';
import type { ErrorRecord, ErrorStage } from './errors.ts';
import type { ExtractPool } from './pool.ts';
import { extractedTextFile, outputFile, type Manifest, type ManifestEntry } from './resume.ts';

/** An input the run has decided to process: where its bytes come from and what its output is called. */
export interface ArticleInput {
  /** As shown in errors: the path, or `-` for standard input. */
  file: string;
  id: string;
  /** Recorded as article.source: the path, or null for standard input. */
  source: string | null;
  /** For standard input, known only once read (it is HTML when it starts like a page); read limits then allow for HTML. */
  format: InputFormat | 'unknown';
  /** Null when the source cannot be measured before reading it (standard input). */
  size(): Promise<number | null>;
  read(maxBytes: number): Promise<Uint8Array>;
}

export interface ArticleContext {
  outDir: string;
  force: boolean;
  /** The largest article text (UTF-8 bytes) the pipeline is given. */
  maxBytes: number;
  pool: ExtractPool;
  manifest: Manifest;
  /** Limits how many file reads and writes are open at once. */
  io: LimitFunction;
}

export type ArticleOutcome =
  | { kind: 'written'; entities: number; facts: number }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: ErrorRecord };

class StepError extends Error {
  constructor(readonly stage: ErrorStage, reason: string) { super(reason); }
}

export async function processArticle(input: ArticleInput, ctx: ArticleContext): Promise<ArticleOutcome> {
  try {
    const bytes = await readBytes(input, ctx);
    const sha256 = sha256Hex(bytes);
    if (!ctx.force && (await ctx.manifest.isCurrent(input.id, sha256, PIPELINE_VERSION))) return { kind: 'skipped' };
    const { text, published } = await toText(input, bytes, ctx.pool);
    const textBytes = Buffer.byteLength(text);
    if (textBytes > ctx.maxBytes) throw new StepError(input.format === 'html' ? 'html' : 'read', tooLarge(textBytes, ctx.maxBytes, input.format === 'html' ? 'the extracted text' : 'the text'));
    const htmlTextFile = input.format === 'html' ? `${input.id}.txt` : undefined;
    const extracted = await ctx.pool.json({ text, options: { id: input.id, source: input.source, sha256, published }, htmlTextFile })
      .catch((error: Error) => { throw new StepError('extract', `extraction failed: ${error.message}`); });
    await writeOutputs(input, extracted.json, input.format === 'html' ? text : null, sha256, ctx);
    return { kind: 'written', entities: extracted.entities, facts: extracted.facts };
  } catch (error) {
    const stage: ErrorStage = error instanceof StepError ? error.stage : 'extract';
    return { kind: 'failed', error: { file: input.file, reason: (error as Error).message, stage } };
  }
}

/** HTML is mostly markup: a page may be this many times the text limit before it is refused unread. */
export const HTML_SIZE_FACTOR = 10;

async function readBytes(input: ArticleInput, ctx: ArticleContext): Promise<Uint8Array> {
  const limit = input.format === 'text' ? ctx.maxBytes : HTML_SIZE_FACTOR * ctx.maxBytes;
  try {
    const size = await ctx.io(() => input.size());
    if (size !== null && size > limit) throw new StepError('read', tooLarge(size, limit, 'the file'));
    return await ctx.io(() => input.read(limit));
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError('read', readFailure(error as NodeJS.ErrnoException));
  }
}

export function tooLarge(size: number, limit: number, what: string): string {
  return `${what} is ${megabytes(size)}, over the ${megabytes(limit)} limit; raise --max-size to read it (about 2.5 s and 120 MB of memory per MB of text)`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file (removed while the run was going?)';
    case 'EACCES': case 'EPERM': return 'no read permission';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ETOOBIG': return error.message;
    default: return `cannot read: ${error.message}`;
  }
}

async function toText(input: ArticleInput, bytes: Uint8Array, pool: ExtractPool): Promise<{ text: string; published: string | null }> {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) throw new StepError('decode', decoded.reason);
  if (input.format === 'text') return { text: decoded.text, published: null };
  // The same decoding and HTML reading as readInput in io.ts, with the HTML step (CPU work) on the pool.
  return pool.html(decoded.text).catch((error: Error) => { throw new StepError('html', `could not read the HTML: ${error.message}`); });
}

/**
 * Temporary files first, then the manifest line, then the renames: an output
 * visible under its own name always has its manifest line, and one whose
 * rename never happened is redone by the next run because its hash differs.
 */
async function writeOutputs(input: ArticleInput, json: string, text: string | null, sha256: string, ctx: ArticleContext): Promise<void> {
  const staged: StagedFile[] = [];
  try {
    const entry: ManifestEntry = { id: input.id, input: sha256, pipeline: PIPELINE_VERSION, output: sha256Hex(json) };
    if (text !== null) {
      staged.push(await ctx.io(() => stageFile(extractedTextFile(ctx.outDir, input.id), text)));
      entry.text = sha256Hex(text);
    }
    staged.push(await ctx.io(() => stageFile(outputFile(ctx.outDir, input.id), json)));
    await ctx.manifest.record(entry);
    for (const file of staged) await file.commit();
  } catch (error) {
    await Promise.all(staged.map((file) => file.discard()));
    throw new StepError('write', `cannot write the output: ${(error as Error).message}`);
  }
}

/** An ArticleInput for a file on disk. */
export function fileInput(file: string, id: string, format: InputFormat): ArticleInput {
  return {
    file,
    id,
    source: file,
    format,
    size: async () => {
      const info = await stat(file);
      if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      return info.size;
    },
    read: () => readFile(file),
  };
}
