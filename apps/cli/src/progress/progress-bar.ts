import { SingleBar } from 'cli-progress';

export interface ProgressStream {
  write(chunk: string): unknown;
  /** Terminals redraw one line in place; logs and pipes get a line every few seconds instead. */
  isTTY?: boolean;
}

export interface ProgressBar {
  /** Sets the count outright, e.g. from a server's progress report, and the total when it is known only then. */
  update(done: number, total?: number): void;
  increment(): void;
  /** Draws the last state and ends the line. */
  finish(): void;
}

/**
 * The progress of a long command (import, rebuild, reanalyze) on stderr, so stdout stays clean for
 * data: `import  [##########..............] 42% 420/1000 captures, 84 captures/s  eta 7s`.
 * `now` is injectable for specs; cli-progress keeps its own clock for the eta.
 */
export function createProgressBar(
  stream: ProgressStream,
  label: string,
  unit: string,
  total: number,
  now: () => number = Date.now,
): ProgressBar {
  const startedAt = now();
  const rate = (done: number) => ({ rate: Math.round((done * 1_000) / Math.max(1, now() - startedAt)) });
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: `${label}  [{bar}] {percentage}% {value}/{total} ${unit}, {rate} ${unit}/s  eta {eta_formatted}`,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    barsize: 24,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    hideCursor: false,
    // In a log the last line already ends with a newline; on a terminal the final bar stays on screen.
    clearOnComplete: !stream.isTTY,
  });
  let done = 0;
  bar.start(total, 0, rate(0));
  return {
    update: (value, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(newTotal);
      done = value;
      bar.update(done, rate(done));
    },
    increment: () => {
      done += 1;
      bar.update(done, rate(done));
    },
    finish: () => bar.stop(),
  };
}
