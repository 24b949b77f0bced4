/** The fields of a live-feed item the terminal shows (the projection's FeedItem, read loosely). */
export interface FeedLineItem {
  kind: string;
  reportId: string;
  publisher: string;
  title: string | null;
  revision: number;
  observedAt: string;
  silentEdit: boolean;
  summary: string;
  figure?: { change: string; from: { text: string } | null; to: { text: string } | null };
}

/** One terminal line per feed item: time, kind, publisher, report and revision, what happened. */
export function formatFeedLine(item: FeedLineItem): string {
  const time = item.observedAt.slice(0, 19).replace('T', ' ');
  const figure = item.figure ? ` (${[item.figure.from?.text, item.figure.to?.text].filter(Boolean).join(' -> ')})` : '';
  const silent = item.silentEdit ? ' [silent edit]' : '';
  const where = `${item.publisher} ${item.reportId} r${item.revision}`;
  return `${time}  ${item.kind.padEnd(11)} ${where}  ${item.summary}${figure}${silent}`;
}
