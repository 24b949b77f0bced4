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
 * data: `import  [##########..............]  42%  420/1000 captures  eta 7s`.
 */
export function createProgressBar(stream: ProgressStream, label: string, unit: string, total: number): ProgressBar {
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: `${label}  [{bar}] {percentage}%  {value}/{total} ${unit}  eta {eta_formatted}`,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    barsize: 24,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    hideCursor: false,
    // In a log the last line already ends with a newline; on a terminal the final bar stays on screen.
    clearOnComplete: !stream.isTTY,
  });
  bar.start(total, 0);
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(newTotal);
      bar.update(done);
    },
    increment: () => bar.increment(),
    finish: () => bar.stop(),
  };
}
