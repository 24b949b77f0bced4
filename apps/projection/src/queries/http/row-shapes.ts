import { iso } from './iso';

/** reports_v1 row as the API shows it. */
export function toReport(row: Record<string, any>) {
  return {
    id: row.report_id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    publisher: row.publisher,
    title: row.title,
    publishedAt: row.published_at ? iso(row.published_at)?.slice(0, 10) : null,
    firstSeenAt: iso(row.first_seen_at),
    lastRevisedAt: iso(row.last_revised_at),
    revisionCount: row.revision_count,
  };
}

/** The fields every figure row shares, current or as of an instant. */
export function toFigure(row: Record<string, any>) {
  return {
    key: row.key,
    label: row.label,
    section: row.section,
    value: row.value,
    qualifier: row.qualifier,
    unit: row.unit,
    text: row.text,
    revision: row.revision,
    analyzerVersion: row.analyzer_version,
  };
}
