export interface ProgressState {
  label: string;
  done: number;
  /** Null when the total is not known in advance (the bar then shows a count and a rate only). */
  total: number | null;
  elapsedMs: number;
}

const WIDTH = 24;

/** "import  [##########..............]  42%  420/1000  84/s  eta 7s" */
export function renderProgress({ label, done, total, elapsedMs }: ProgressState): string {
  const perSecond = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const rate = `${perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1)}/s`;
  if (total === null || total <= 0) return `${label}  ${done}  ${rate}`;
  const fraction = Math.min(1, done / total);
  const filled = Math.round(fraction * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
  const remaining = perSecond > 0 ? Math.ceil((total - done) / perSecond) : null;
  const eta =
    done >= total
      ? `${formatSeconds(elapsedMs / 1000)} total`
      : remaining === null
        ? 'eta -'
        : `eta ${formatSeconds(remaining)}`;
  return `${label}  ${bar}  ${String(Math.floor(fraction * 100)).padStart(3)}%  ${done}/${total}  ${rate}  ${eta}`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}
