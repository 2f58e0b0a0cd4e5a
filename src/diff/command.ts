// `facts diff <old> <new>`: what changed in the facts between two runs, the
// way `git diff` shows changed lines. Articles are paired by file name and
// compared one pair at a time; entities and facts are joined by identity.
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { palette, shouldColour } from './colour.ts';
import { JsonDiffWriter } from './format-json.ts';
import { formatArticle, formatSummary } from './format-text.ts';
import { DiffInputError } from './load.ts';
import { BufferedOutput } from './output.ts';
import { diffRuns } from './run.ts';
import { listSide, type RunSide } from './sides.ts';
import { addArticle, addFailure, emptyTotals, hasDifference } from './totals.ts';
import type { DiffError, DiffOptions } from './types.ts';

export interface DiffCommandOptions extends DiffOptions {
  json: boolean;
  exitCode: boolean;
}

export interface DiffStreams {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Exit statuses, as `git diff --exit-code` has them plus one for bad input. */
export const EXIT = { same: 0, different: 1, badInput: 2 } as const;

/** Both sides listed, or the reason each that cannot be is unusable (a missing path). */
async function listBothSides(oldPath: string, newPath: string): Promise<{ sides?: [RunSide, RunSide]; errors: DiffError[] }> {
  const [old, now] = await Promise.allSettled([listSide(oldPath), listSide(newPath)]);
  if (old.status === 'fulfilled' && now.status === 'fulfilled') return { sides: [old.value, now.value], errors: [] };
  const errors: DiffError[] = [];
  for (const result of [old, now]) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof DiffInputError)) throw result.reason;
    errors.push({ file: result.reason.file, reason: result.reason.reason });
  }
  return { errors };
}

/** Runs the diff and returns the exit status; the CLI and the tests both call this. */
export async function runDiff(oldPath: string, newPath: string, options: DiffCommandOptions, io: DiffStreams): Promise<number> {
  const report = (error: DiffError) => io.stderr.write(`facts diff: ${error.file}: ${error.reason}\n`);
  const { sides, errors } = await listBothSides(oldPath, newPath);
  if (!sides) {
    errors.forEach(report);
    return EXIT.badInput;
  }
  const out = new BufferedOutput(io.stdout);
  const paint = palette(!options.json && shouldColour(io.stdout, io.env));
  const json = options.json ? new JsonDiffWriter(out.write) : undefined;
  json?.begin({ old: oldPath, new: newPath, changes: options.changes });
  const totals = emptyTotals(options);
  for (const event of diffRuns(sides[0], sides[1], options)) {
    if (event.kind === 'failed') {
      addFailure(totals);
      errors.push(...event.errors);
      event.errors.forEach(report);
      continue;
    }
    addArticle(totals, event.diff);
    if (json) json.article(event.diff);
    else out.write(formatArticle(event.diff, paint));
    await out.flush();
  }
  if (json) json.end(errors, totals);
  else out.write(`${formatSummary(totals)}\n`);
  await out.flush(true);
  if (errors.length) return EXIT.badInput;
  return options.exitCode && hasDifference(totals) ? EXIT.different : EXIT.same;
}

export function diffCommand(): Command {
  return new Command('diff')
    .description(
      'show what changed in the facts between two runs: each side is an output folder of NAME.facts.json files ' +
      '(articles paired by NAME) or one .facts.json file; entities and facts are matched by type and folded name, never by id',
    )
    .argument('<old>', 'the earlier run: an output folder or a single .facts.json file')
    .argument('<new>', 'the later run: an output folder or a single .facts.json file')
    .option('--changes', 'also list facts on both sides whose confidence or quoted evidence changed')
    .option('--json', 'print the diff as one JSON object (shape in the README, "facts diff")')
    .option('--exit-code', 'exit 1 when the runs differ and 0 when they do not, like git diff --exit-code')
    .addHelpText('after', [
      '',
      'Exit status:',
      '  0  no difference, or any difference without --exit-code',
      '  1  the runs differ (with --exit-code only)',
      '  2  a path is missing, or a file is not a valid facts/v1 document (each named on stderr)',
      '',
      'Colour is used only when stdout is a terminal and NO_COLOR is not set.',
      '',
      'Examples:',
      '  facts diff runs/before runs/after',
      '  facts diff runs/before/a1.facts.json runs/after/a1.facts.json --changes',
      '  facts diff runs/before runs/after --json --exit-code',
    ].join('\n'))
    .action(async (oldPath: string, newPath: string, flags: { changes?: boolean; json?: boolean; exitCode?: boolean }) => {
      const options: DiffCommandOptions = { changes: flags.changes === true, json: flags.json === true, exitCode: flags.exitCode === true };
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        // A reader such as `head` that stops early is not a failure of the diff.
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      process.exitCode = await runDiff(oldPath, newPath, options, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    });
}
