export interface JobProgress {
  appliedEvents: number;
  totalEvents: number;
  eventsPerSecond: number | null;
}

/** One line for the terminal: a bar, the share done, the counts and the rate, e.g. `[#####-----]  50% 250/500 events, 812 events/s`. */
export function renderProgress({ appliedEvents, totalEvents, eventsPerSecond }: JobProgress, width = 30): string {
  const share = totalEvents === 0 ? 1 : Math.min(1, appliedEvents / totalEvents);
  const filled = Math.round(share * width);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const rate = eventsPerSecond === null ? '' : `, ${eventsPerSecond} events/s`;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} ${appliedEvents}/${totalEvents} events${rate}`;
}
