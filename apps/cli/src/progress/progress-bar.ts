import { renderProgress } from './render-progress';

export interface ProgressStream {
  write(chunk: string): unknown;
  /** Terminals redraw one line in place; logs and pipes get a line now and then instead. */
  isTTY?: boolean;
}

export interface ProgressBar {
  advance(by?: number): void;
  /** Sets the count outright, e.g. from a server's progress report. */
  update(done: number, total?: number | null): void;
  finish(): void;
}

const REDRAW_MS = 100;
const LOG_EVERY_MS = 5_000;

/**
 * A progress bar for long commands (import, rebuild, reanalyze). Writes to
 * stderr-like streams so stdout stays clean for data; `now` is injectable for specs.
 */
export function createProgressBar(
  stream: ProgressStream,
  label: string,
  total: number | null,
  now: () => number = Date.now,
): ProgressBar {
  const startedAt = now();
  let done = 0;
  let known = total;
  let lastDrawn = -Infinity;
  const draw = (force: boolean) => {
    const at = now();
    if (!force && at - lastDrawn < (stream.isTTY ? REDRAW_MS : LOG_EVERY_MS)) return;
    lastDrawn = at;
    const line = renderProgress({ label, done, total: known, elapsedMs: at - startedAt });
    stream.write(stream.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  return {
    advance(by = 1) {
      done += by;
      draw(false);
    },
    update(value, newTotal) {
      done = value;
      if (newTotal !== undefined) known = newTotal;
      draw(false);
    },
    finish() {
      draw(true);
      if (stream.isTTY) stream.write('\n');
    },
  };
}
