// The closing summary: one line of counts on stdout (what scripts and the
// user read), and the failures on stderr, each naming the file, the reason
// and the step, with the errors file holding the complete list.
import type { BatchSummary } from './run.ts';

export function summaryLine(summary: BatchSummary): string {
  const counts = `${summary.entities} entities, ${summary.facts} facts, ${summary.skipped} skipped as unchanged, ${summary.failed} failed`;
  const line = `extracted ${summary.written}/${summary.found} articles → ${summary.outDir}: ${counts} (${summary.seconds.toFixed(2)}s)`;
  return summary.interrupted ? `interrupted: ${line}` : line;
}

export function failureLines(summary: BatchSummary): string[] {
  const lines = summary.errors.map((e) => `error: ${e.file}: ${e.reason} (${e.stage})`);
  const unlisted = summary.failed - summary.errors.length;
  if (unlisted > 0) lines.push(`… and ${unlisted} more`);
  if (summary.failed > 0) lines.push(`${summary.failed} input${summary.failed === 1 ? '' : 's'} failed; each is a line of ${summary.errorsFile}`);
  if (summary.interrupted) lines.push('stopped early: the files in flight were finished and written; run the same command again to do the rest');
  return lines;
}

/** 0 when every input succeeded (skipped ones included), 2 when some failed, 130 when Ctrl-C stopped the run. */
export function exitCodeOf(summary: BatchSummary): number {
  if (summary.interrupted) return 130;
  return summary.failed > 0 ? 2 : 0;
}
