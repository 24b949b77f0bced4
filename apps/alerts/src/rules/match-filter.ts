import { publisherName } from '@palimpsest/contracts';
import type { FigureIdentity, ReportFacts, SubscriptionFilter } from './filter';

export function matchesReport({ reports }: SubscriptionFilter, report: ReportFacts): boolean {
  if (reports.ids.length > 0 && !reports.ids.includes(report.id)) return false;
  if (
    reports.urlPrefix !== null &&
    ![report.url, report.canonicalUrl].some((url) => url.startsWith(reports.urlPrefix!))
  ) {
    return false;
  }
  return reports.publisher === null || publisherName(reports.publisher) === report.publisher;
}

/** A figure matches by exact key, or by label text contained case-insensitively. */
export function matchesMetric({ metrics }: SubscriptionFilter, figure: FigureIdentity): boolean {
  if (metrics.keys.length > 0 && !metrics.keys.includes(figure.key)) return false;
  return metrics.label === null || figure.label.toLowerCase().includes(metrics.label.toLowerCase());
}
