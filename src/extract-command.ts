// `facts extract <inputs...> --out <dir>`: run the pipeline over files,
// folders, globs and standard input, on every core, resuming where a previous
// run stopped. The work is in src/batch/; this file is the command line.
import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createProgress } from './batch/progress.ts';
import { exitCodeOf, failureLines, summaryLine } from './batch/summary.ts';

/**
 * Bigger articles are errors, not work. The pipeline's time grows in step with
 * the text (about 2.5 s and 120 MB of memory per MB on the 2-core development
 * machine; README, "Batch runs"), so a 20 MB dump would hold a worker for a
 * minute and take gigabytes; news articles are a few kilobytes.
 */
export const DEFAULT_MAX_SIZE_MB = 1;

interface ExtractOptions {
  out: string;
  jobs: number;
  force: boolean;
  maxSize: number;
  quiet: boolean;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description(
      'extract facts from articles into <out>/<id>.facts.json: .txt files, .html/.htm pages (their main text, kept as ' +
      '<out>/<id>.txt), folders (their .txt/.html/.htm files), glob patterns, or - for standard input. ' +
      'Inputs whose output is already current are skipped; failures go to <out>/errors.jsonl. ' +
      'Exit code 0 when all succeeded, 2 when some failed, 1 for bad usage, 130 when stopped by Ctrl-C.',
    )
    .argument('<inputs...>', 'files, folders, glob patterns (quote them), or - for standard input')
    .option('-o, --out <dir>', 'output folder', 'output')
    .addOption(new Option('-j, --jobs <n>', 'worker threads running the pipeline; 1 runs without workers')
      .argParser(positiveInteger).default(Math.max(1, os.availableParallelism()), 'available cores'))
    .option('--force', 'redo every input, even those whose output is current', false)
    .addOption(new Option('--max-size <MB>', 'largest article text given to the pipeline (an HTML file may be 10 times this); bigger inputs are errors')
      .argParser(positiveNumber).default(DEFAULT_MAX_SIZE_MB))
    .option('-q, --quiet', 'print nothing but errors', false)
    .addHelpText('after', [
      '',
      'Examples:',
      '  facts extract corpus --out output',
      "  facts extract 'scraped/**/*.html' --out runs/today --jobs 4",
      '  curl -s https://example.org/story.html | facts extract - --out runs/one',
    ].join('\n'))
    // Usage errors (unknown option, bad --jobs, no inputs) exit 1, help exits 0: the run's own codes are 0, 2 and 130.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 1))
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await extractInputs(inputs, options);
    });
}

async function extractInputs(inputs: string[], options: ExtractOptions): Promise<number> {
  // Loaded here, not at the top: the pipeline's model takes seconds to load, and
  // `facts --help`, usage errors and the other commands should not wait for it.
  const { BatchSetupError, runBatch } = await import('./batch/run.ts');
  const stopping = new AbortController();
  const onInterrupt = () => {
    // A second Ctrl-C quits at once; atomic writes mean even that leaves no half-written output.
    if (stopping.signal.aborted) process.exit(130);
    stopping.abort();
    process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onInterrupt);
  try {
    const summary = await runBatch({
      inputs,
      outDir: options.out,
      jobs: options.jobs,
      force: options.force,
      maxBytes: Math.round(options.maxSize * 1024 * 1024),
      signal: stopping.signal,
      progress: createProgress(process.stderr, !options.quiet),
    });
    for (const line of failureLines(summary)) console.error(line);
    if (!options.quiet) console.log(summaryLine(summary));
    return exitCodeOf(summary);
  } catch (error) {
    if (!(error instanceof BatchSetupError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of megabytes above 0.');
  return n;
}
