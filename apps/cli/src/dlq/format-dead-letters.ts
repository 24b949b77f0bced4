import type { DeadLetterEntry, RedriveOutcome } from '@palimpsest/kafka';

/** One line per dead letter: id, when, consumer, source position, reason and detail. */
export function formatDeadLetters(entries: DeadLetterEntry[]): string {
  if (entries.length === 0) return 'no dead letters\n';
  const lines = entries.map((entry) =>
    [
      entry.id.padEnd(8),
      entry.failedAt,
      entry.redriven ? 'redriven' : 'waiting ',
      `${entry.sourceTopic}[${entry.sourcePartition}]@${entry.sourceOffset}`,
      entry.consumer,
      `${entry.reason}: ${oneLine(entry.detail)}`,
    ].join('  '),
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON view: the message value as text (it may be the very bytes that could not be decoded). */
export function deadLetterJson(entry: DeadLetterEntry) {
  const { key, value, ...rest } = entry;
  return { ...rest, key: key?.toString('utf8') ?? null, value: value?.toString('utf8') ?? null };
}

export function formatRedriveOutcome(outcome: RedriveOutcome): string {
  const parts = [`redriven ${outcome.redriven.length}`];
  if (outcome.alreadyRedriven.length > 0) parts.push(`already redriven ${outcome.alreadyRedriven.join(', ')}`);
  if (outcome.missing.length > 0) parts.push(`not found ${outcome.missing.join(', ')}`);
  return `${parts.join('; ')}\n`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
