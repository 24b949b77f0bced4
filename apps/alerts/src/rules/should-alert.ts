import type { LogPosition } from '@palimpsest/contracts';
import type { FigureIdentity, ReportFacts, SubscriptionFilter } from './filter';
import { matchesMetric, matchesReport } from './match-filter';
import { matchesFigureRule } from './match-rule';
import type { FigureChange, Rule } from './rule';
import type { StartOffsets } from './start-offsets';
import { isAfterStart } from './start-offsets';

export interface SubscriptionTerms {
  filter: SubscriptionFilter;
  rule: Rule;
  startOffsets: StartOffsets;
}

/** An event alerts can fire on: one figure's change, or a new amendment note. */
export type AlertTrigger =
  | { kind: 'figure'; position: LogPosition; figure: FigureIdentity; change: FigureChange }
  | { kind: 'amendment'; position: LogPosition };

/** The one decision: does this active subscription alert on this trigger in this report? */
export function shouldAlert(terms: SubscriptionTerms, trigger: AlertTrigger, report: ReportFacts): boolean {
  if (!isAfterStart(terms.startOffsets, trigger.position)) return false;
  if (!matchesReport(terms.filter, report)) return false;
  if (trigger.kind === 'amendment') return terms.rule.kind === 'amendment-note';
  return matchesMetric(terms.filter, trigger.figure) && matchesFigureRule(terms.rule, trigger.change);
}
