/** Which reports and which figures a subscription follows; empty lists and nulls follow everything. */
export interface SubscriptionFilter {
  reports: { ids: string[]; urlPrefix: string | null; publisher: string | null };
  metrics: { keys: string[]; label: string | null };
}

/** What alerts keeps about a report from RevisionRecorded. */
export interface ReportFacts {
  id: string;
  url: string;
  canonicalUrl: string;
  publisher: string;
  title: string | null;
}

export interface FigureIdentity {
  key: string;
  label: string;
}
