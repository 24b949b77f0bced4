import type { LoadCapture } from '../load';

export interface SentCapture {
  key: string;
  sentAt: number;
}

// Enough that the sender is not the limit at the ladder's top rate with ingest answering in 50 ms.
const IN_FLIGHT = 128;

/**
 * POSTs captures at `ratePerSecond`, at most IN_FLIGHT at a time; each result keyed "reportId#revision",
 * and handed to `onSent` as soon as ingest has recorded it.
 */
export async function sendCaptures(
  ingestUrl: string,
  token: string,
  captures: readonly LoadCapture[],
  ratePerSecond: number,
  onSent: (capture: SentCapture) => void = () => undefined,
): Promise<SentCapture[]> {
  const sent: SentCapture[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < captures.length; index = next++) {
      const due = started + (index * 1000) / ratePerSecond;
      await new Promise((done) => setTimeout(done, Math.max(0, due - performance.now())));
      const sentAt = performance.now();
      const response = await fetch(`${ingestUrl}/captures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          url: captures[index].url,
          text: captures[index].text,
          observedAt: captures[index].observedAt,
        }),
      });
      const body = (await response.json()) as { reportId?: string; revision?: number; status?: string };
      if (!response.ok || body.status !== 'recorded')
        throw new Error(`capture refused: ${response.status} ${JSON.stringify(body)}`);
      const capture = { key: `${body.reportId}#${body.revision}`, sentAt };
      sent.push(capture);
      onSent(capture);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return sent;
}
