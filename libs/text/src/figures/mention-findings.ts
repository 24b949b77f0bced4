import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { classifyMention } from './classify-mention';
import { maskedSpans, mergeSpans } from './masked-spans';
import type { NonFigureReason, ReasonSpan } from './non-figure-reason';
import type { Mention } from './scan-mentions';
import { scanMentions } from './scan-mentions';
import type { Span } from './span';

export interface Finding extends Mention {
  /** Why the number is not a figure; null for a figure. */
  reason: NonFigureReason | null;
}

export interface Findings {
  findings: Finding[];
  masked: ReasonSpan[];
}

/** Every number in the text with the reason it is not a figure, if any. `exclude` spans yield no figures. */
export function findNumbers(text: string, exclude: readonly Span[] = [], meter: WorkMeter = NO_METER): Findings {
  const excluded = exclude.map((span): ReasonSpan => ({ ...span, reason: 'excluded-span' }));
  const masked = mergeSpans([...excluded, ...maskedSpans(text, meter)]);
  const findings = scanMentions(text, meter).map((mention) => {
    // Each mention is judged from a few words either side of it and a binary search of the masked spans.
    meter.count('mentions');
    return { ...mention, reason: classifyMention(text, mention, masked) };
  });
  return { findings, masked };
}
