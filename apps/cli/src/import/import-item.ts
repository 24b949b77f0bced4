/** One capture to post: where it came from (for messages), when it was observed, and how to read it. */
export interface ImportItem {
  label: string;
  observedAt: string;
  load(): Promise<CaptureBody | { problem: string }>;
}

export interface CaptureBody {
  url: string;
  html?: string;
  text?: string;
  observedAt: string;
  publishedAt?: string;
  source: 'cli' | 'warc';
}

/** Archive captures are posted oldest first, so revision numbers follow the archive's time. */
export function inObservationOrder(items: ImportItem[]): ImportItem[] {
  return [...items].sort((a, b) => a.observedAt.localeCompare(b.observedAt));
}
