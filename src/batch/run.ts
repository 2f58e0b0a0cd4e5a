// A batch run: stream the inputs, keep a bounded number of articles in flight
// on the extract pool, record every failure, and stop cleanly when asked.
import { mkdir, stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import { articleId, inputFormat } from '../io.ts';
import { fileInput, processArticle, tooLarge, type ArticleContext, type ArticleInput, type ArticleOutcome } from './article.ts';
import { createErrorLog, type ErrorLog, type ErrorRecord } from './errors.ts';
import { countInputs, listInputs, namesOneArticle, type InputRef } from './inputs.ts';
import { createExtractPool, type ExtractPool } from './pool.ts';
import type { Progress } from './progress.ts';
import { openManifest, type Manifest } from './resume.ts';
import { removeStaleTempFiles } from './temp-files.ts';

export interface BatchOptions {
  /** Files, folders, globs, or `-` for standard input. */
  inputs: string[];
  outDir: string;
  /** Worker threads; 1 runs in-process. Ignored when `pool` is given. */
  jobs: number;
  /** Redo every input, even those whose output is current. */
  force: boolean;
  /** The largest article text (UTF-8 bytes) given to the pipeline; an HTML file may be 10 times this. Bigger inputs are errors. */
  maxBytes: number;
  /** Once aborted, no new input is started; those in flight finish and are written. */
  signal?: AbortSignal;
  progress?: Progress;
  stdin?: AsyncIterable<Uint8Array>;
  pool?: ExtractPool;
}

export interface BatchSummary {
  outDir: string;
  /** Inputs found and started (files and standard input). */
  found: number;
  written: number;
  skipped: number;
  /** Inputs that failed plus patterns that named nothing. */
  failed: number;
  entities: number;
  facts: number;
  /** The first errors (all are in errorsFile). */
  errors: readonly ErrorRecord[];
  errorsFile: string;
  /** True when the signal stopped the run before every input was started. */
  interrupted: boolean;
  seconds: number;
}

/** The run cannot start at all (the output folder cannot be made): a usage problem, not an input's. */
export class BatchSetupError extends Error {}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { errors, manifest } = await prepareOutDir(options.outDir);
  const ctx: ArticleContext = {
    outDir: options.outDir,
    force: options.force,
    maxBytes: options.maxBytes,
    // Workers pay off from the second article: for one, starting them (and their model) costs more than it saves.
    pool: options.pool ?? createExtractPool({ jobs: (await namesOneArticle(options.inputs)) ? 1 : options.jobs }),
    manifest,
    io: pLimit(16),
  };
  const progress = options.progress;
  if (progress) void countInputs(options.inputs, { exclude: options.outDir }).then((n) => progress.setTotal(n), () => {});

  const totals = { found: 0, written: 0, skipped: 0, failed: 0, entities: 0, facts: 0 };
  const record = async (outcome: ArticleOutcome) => {
    if (outcome.kind === 'written') {
      totals.written++;
      totals.entities += outcome.entities;
      totals.facts += outcome.facts;
    } else if (outcome.kind === 'skipped') {
      totals.skipped++;
    } else {
      totals.failed++;
      await errors.add(outcome.error).catch(() => {}); // the summary still lists it
    }
    progress?.done(outcome.kind);
  };

  // Enough articles in flight to keep every worker busy while others are read and written, and no more:
  // memory holds at most this many texts and documents, however many inputs there are.
  const maxInFlight = Math.max(2, 2 * Math.max(1, ctx.pool.threads));
  const inFlight = new Set<Promise<void>>();
  const firstFileOfId = new Map<string, string>();
  let interrupted = false;
  try {
    for await (const ref of listInputs(options.inputs, { exclude: options.outDir })) {
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      if (options.signal?.aborted) { interrupted = true; break; }
      const input = articleInput(ref, options.stdin);
      if ('error' in input) { await record({ kind: 'failed', error: input.error }); continue; }
      totals.found++;
      // Two inputs with one id would write one output over the other: the second is an error instead.
      const first = firstFileOfId.get(input.id);
      if (first !== undefined) {
        await record({ kind: 'failed', error: { file: input.file, reason: `same article id "${input.id}" as ${first}, so its output would overwrite that one's; rename one of them`, stage: 'input' } });
        continue;
      }
      firstFileOfId.set(input.id, input.file);
      const task: Promise<void> = processArticle(input, ctx).then(record).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    if (!options.pool) await ctx.pool.close();
    progress?.stop();
  }
  return {
    outDir: options.outDir,
    ...totals,
    errors: errors.first,
    errorsFile: errors.file,
    interrupted,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The output folder, with last run's leftovers cleared, a fresh errors.jsonl and the manifest read. */
async function prepareOutDir(outDir: string): Promise<{ errors: ErrorLog; manifest: Manifest }> {
  try {
    await mkdir(outDir, { recursive: true });
    if (!(await stat(outDir)).isDirectory()) throw new Error('not a folder');
    await removeStaleTempFiles(outDir);
    return { errors: await createErrorLog(outDir), manifest: await openManifest(outDir) };
  } catch (error) {
    throw new BatchSetupError(`cannot use ${outDir} as the output folder: ${(error as Error).message}`);
  }
}

function articleInput(ref: InputRef, stdin: AsyncIterable<Uint8Array> | undefined): ArticleInput | { error: ErrorRecord } {
  if (ref.kind === 'missing') return { error: { file: ref.pattern, reason: ref.reason, stage: 'input' } };
  if (ref.kind === 'file') return fileInput(ref.path, articleId(ref.path), inputFormat(ref.path));
  return stdinInput(stdin ?? process.stdin);
}

/**
 * Standard input is the article `stdin` (output stdin.facts.json). It is read
 * as HTML when it starts like an HTML page, else as text. Reading stops once
 * it passes the size limit, so a runaway pipe cannot fill the memory.
 */
function stdinInput(stream: AsyncIterable<Uint8Array>): ArticleInput {
  let format: ArticleInput['format'] = 'unknown';
  const input: ArticleInput = {
    file: '-',
    id: 'stdin',
    source: null,
    get format() { return format; },
    size: async () => null,
    read: async (maxBytes) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) throw Object.assign(new Error(tooLarge(size, maxBytes, 'standard input')), { code: 'ETOOBIG' });
        chunks.push(chunk);
      }
      const bytes = Buffer.concat(chunks);
      format = looksLikeHtml(bytes) ? 'html' : 'text';
      return bytes;
    },
  };
  return input;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 512)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^<(!doctype\s+html|html)[\s>]/i.test(start);
}
