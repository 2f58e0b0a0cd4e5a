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

function workerPool(jobs: number): ExtractPool {
  // Started on the first task, so a run that finds every output current loads no model at all.
  let piscina: Piscina | undefined;
  const workers = () => piscina ??= new Piscina({
    filename: WORKER_FILE,
    // All threads start at once so that each loads the model while the first files are being read.
    minThreads: jobs,
    maxThreads: jobs,
  });
  return {
    threads: jobs,
    run: (text, extractOptions) => workers().run({ text, options: extractOptions } satisfies ExtractTask),
    json: (task) => workers().run(task, { name: 'json' }),
    html: (page) => workers().run(page, { name: 'html' }),
    close: async () => { await piscina?.close(); },
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
