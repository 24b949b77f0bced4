import type { DeadLetterEntry } from '@palimpsest/kafka';

/** A dead letter as GET /dead-letters answers it: the stored entry, its bytes as text, and whether it was redriven. */
export type DeadLetterView = Omit<DeadLetterEntry, 'key' | 'value'> & {
  redriven: boolean;
  key: string | null;
  value: string | null;
};

/** What POST /dead-letters/redrive answers: ids by outcome. */
export interface RedriveOutcomeView {
  redriven: string[];
  alreadyRedriven: string[];
  missing: string[];
}

/** One line per dead letter: id, when, consumer, source position, reason and detail. */
export function formatDeadLetters(entries: DeadLetterView[]): string {
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

export function formatRedriveOutcome(outcome: RedriveOutcomeView): string {
  const parts = [`redriven ${outcome.redriven.length}`];
  if (outcome.alreadyRedriven.length > 0) parts.push(`already redriven ${outcome.alreadyRedriven.join(', ')}`);
  if (outcome.missing.length > 0) parts.push(`not found ${outcome.missing.join(', ')}`);
  return `${parts.join('; ')}\n`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
