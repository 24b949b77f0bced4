export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** `[#####-----] 12/40  3.2/s` for a terminal; `12/40 captures (3.2/s)` for a log. */
export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  style: 'bar' | 'line',
  width = 24,
): string {
  const rate = elapsedMs > 0 ? (done * 1_000) / elapsedMs : 0;
  const counts = `${done}/${total}`;
  if (style === 'line') return `${counts} captures (${rate.toFixed(1)}/s)`;
  const filled = total > 0 ? Math.round((width * done) / total) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts}  ${rate.toFixed(1)}/s`;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal (at most every
 * 100 ms), otherwise one line every `every` captures and at the end, so logs
 * stay readable.
 */
export class ImportProgress {
  private done = 0;
  private lastDrawn = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly every: number,
    private readonly clock: () => number = Date.now,
    private readonly startedAt = clock(),
  ) {}

  advance(): void {
    this.done++;
    const now = this.clock();
    if (this.stream.isTTY) {
      if (now - this.lastDrawn < 100 && this.done < this.total) return;
      this.lastDrawn = now;
      this.stream.write(`\r${progressLine(this.done, this.total, now - this.startedAt, 'bar')}`);
      if (this.done === this.total) this.stream.write('\n');
    } else if (this.done % this.every === 0 || this.done === this.total) {
      this.stream.write(`${progressLine(this.done, this.total, now - this.startedAt, 'line')}\n`);
    }
  }
}
