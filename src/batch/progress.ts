// The progress line on a terminal: count, rate and time left, redrawn in place
// on stderr. When stderr is not a terminal (a pipe, a log file, CI) it draws
// nothing at all, so logs hold only the summary and the errors.

export interface Progress {
  /** The number of inputs, once the counting walk has found them all. */
  setTotal(total: number): void;
  /** One input finished, whatever its outcome. */
  done(outcome: 'written' | 'skipped' | 'failed'): void;
  /** Erase the line, before the summary is printed. */
  stop(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const REDRAW_MS = 150;
const BAR_WIDTH = 24;

export function createProgress(stream: ProgressStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { setTotal() {}, done() {}, stop() {} };
  const started = performance.now();
  let total: number | null = null;
  let finished = 0;
  let failed = 0;
  let skipped = 0;
  const draw = () => {
    const line = progressLine({ finished, failed, skipped, total, seconds: (performance.now() - started) / 1000 });
    const width = Math.max(20, (stream.columns || 80) - 1); // 0 or undefined when the terminal does not say
    stream.write(`\r\x1b[K${line.slice(0, width)}`);
  };
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  return {
    setTotal(n) { total = n; },
    done(outcome) {
      finished++;
      if (outcome === 'failed') failed++;
      if (outcome === 'skipped') skipped++;
    },
    stop() {
      clearInterval(timer);
      stream.write('\r\x1b[K');
    },
  };
}

export interface ProgressState {
  finished: number;
  failed: number;
  skipped: number;
  /** Null while the inputs are still being counted. */
  total: number | null;
  seconds: number;
}

/** "[#########---------------]  120/320  14.2/s  0:14 left  3 failed" */
export function progressLine(state: ProgressState): string {
  const rate = state.seconds > 0 ? state.finished / state.seconds : 0;
  const parts: string[] = [];
  if (state.total !== null && state.total > 0) {
    const filled = Math.round((BAR_WIDTH * Math.min(state.finished, state.total)) / state.total);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${state.finished}/${state.total}`);
  } else {
    parts.push(`${state.finished}/…`);
  }
  parts.push(`${rate.toFixed(1)}/s`);
  if (state.total !== null && rate > 0) parts.push(`${clock((state.total - state.finished) / rate)} left`);
  if (state.skipped) parts.push(`${state.skipped} unchanged`);
  if (state.failed) parts.push(`${state.failed} failed`);
  return parts.join('  ');
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
