// A pool of pipeline workers: `run(text, options)` gives the same document as
// extract() does, computed on one of `jobs` worker threads. With `jobs: 1`
// everything runs in this thread, with no workers at all (simplest to debug,
// and what the results of the workers are compared against).
import { Piscina } from 'piscina';
import type { ExtractOptions } from '../extract.ts';
import type { FactsDocument } from '../contract.ts';
import type { HtmlArticle } from './html.ts';
import type { ExtractTask } from './worker.ts';
import type { ExtractedJson, JsonTask } from './extract-json.ts';

export interface ExtractPoolOptions {
  /** Worker threads; 1 (or less) runs in-process. */
  jobs: number;
}

export interface ExtractPool {
  /** Worker threads in use; 0 when running in-process. */
  readonly threads: number;
  /** One article's text → its validated facts/v1 document; rejects with extract()'s error (or the worker's crash). */
  run(text: string, options: ExtractOptions): Promise<FactsDocument>;
  /** The same document as the JSON text to write, serialised where it was made (what batch runs use). */
  json(task: JsonTask): Promise<ExtractedJson>;
  /** An HTML page → its main text, on a worker like run(). */
  html(page: string): Promise<HtmlArticle>;
  /** Stop the workers once their tasks are done; the pool is unusable afterwards. */
  close(): Promise<void>;
}

/** Defined (true) only in the bundle that scripts/build.mjs writes, whose worker is plain JavaScript beside this code. */
declare const FACTS_BUNDLE: boolean | undefined;
const WORKER_FILE = typeof FACTS_BUNDLE !== 'undefined' && FACTS_BUNDLE
  ? new URL('./worker.mjs', import.meta.url).href
  : new URL('./worker-shim.mjs', import.meta.url).href;

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const jobs = Math.max(1, Math.floor(options.jobs));
  return jobs === 1 ? inProcessPool() : workerPool(jobs);
}

/**
 * Each worker's heap is capped, because V8 left alone lets an idle-looking heap grow to
 * 150-200 MB per thread on a long run of small articles (10,000 news articles on two workers
 * peaked at 430-510 MB, against about 350 MB capped). The cap is no limit on input: an article
 * bigger than LARGE_INPUT_CHARS (which may need 120 MB of heap per MB of text, and an HTML
 * page several times that) goes to a worker of its own without a cap, started when first needed.
 */
const CAPPED_HEAP_MB = 224;
/**
 * The young generation is capped too: with V8's default, garbage from the many short-lived strings and
 * arrays of each article took the 10,000-article run to 391-401 MB; at 16 MB it peaked at 358 MB, and
 * at 8 MB at 327-332 MB but with fewer words a second on the workers. With the rules of a later round
 * (more phrasings, more compiled expressions per thread) 16 MB peaked at 401 MB and 12 MB at 376-378 MB.
 */
const YOUNG_GENERATION_MB = 12;
export const LARGE_INPUT_CHARS = 256 * 1024;

function workerPool(jobs: number): ExtractPool {
  // Started on the first task, so a run that finds every output current loads no model at all.
  let piscina: Piscina | undefined;
  let uncapped: Piscina | undefined;
  const workers = (input: string) => input.length > LARGE_INPUT_CHARS
    ? uncapped ??= new Piscina({ filename: WORKER_FILE, minThreads: 0, maxThreads: 1, idleTimeout: 5_000 })
    : piscina ??= new Piscina({
      filename: WORKER_FILE,
      // All threads start at once so that each loads the model while the first files are being read.
      minThreads: jobs,
      maxThreads: jobs,
      // A second task waits in each worker's queue, so a worker that finishes one article starts the next at once
      // instead of idling until this thread answers (bench: 2 workers 84,000-92,000 → 100,000 words/s).
      concurrentTasksPerWorker: 2,
      resourceLimits: { maxOldGenerationSizeMb: CAPPED_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  return {
    threads: jobs,
    run: (text, extractOptions) => workers(text).run({ text, options: extractOptions } satisfies ExtractTask),
    json: (task) => workers(task.text).run(task, { name: 'json' }),
    html: (page) => workers(page).run(page, { name: 'html' }),
    close: async () => { await Promise.all([piscina?.close(), uncapped?.close()]); },
  };
}

function inProcessPool(): ExtractPool {
  // Yield to the event loop before each article, so reads, writes and Ctrl-C are seen between articles.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    threads: 0,
    // Loaded on first use: a pool of workers never loads the pipeline in this thread.
    run: async (text, extractOptions) => { await nextTurn(); return (await import('../extract.ts')).extract(text, extractOptions); },
    json: async (task) => { await nextTurn(); return (await import('./extract-json.ts')).extractJson(task); },
    html: async (page) => { await nextTurn(); return (await import('./html.ts')).htmlToArticle(page); },
    close: async () => {},
  };
}
