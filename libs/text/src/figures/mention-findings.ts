import { classifyMention } from './classify-mention';
import { maskedSpans, mergeSpans } from './masked-spans';
import { NonFigureReason, ReasonSpan } from './non-figure-reason';
import { Mention, scanMentions } from './scan-mentions';

export interface Span {
  start: number;
  end: number;
}

export interface Finding extends Mention {
  /** Why the number is not a figure; null for a figure. */
  reason: NonFigureReason | null;
}

export interface Findings {
  findings: Finding[];
  masked: ReasonSpan[];
}

/** Every number in the text with the reason it is not a figure, if any. `exclude` spans yield no figures. */
export function findNumbers(text: string, exclude: readonly Span[] = []): Findings {
  const excluded = exclude.map((span): ReasonSpan => ({ ...span, reason: 'excluded-span' }));
  const masked = mergeSpans([...excluded, ...maskedSpans(text)]);
  const findings = scanMentions(text).map((mention) => ({
    ...mention,
    reason: classifyMention(text, mention, masked),
  }));
  return { findings, masked };
}
