import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { ChangesRepository } from '../../apps/projection/src/queries/changes-feed/changes.repository';
import { FigureHistoryRepository } from '../../apps/projection/src/queries/figure-history/figure-history.repository';
import { FiguresAsOfRepository } from '../../apps/projection/src/queries/figures-as-of/figures-as-of.repository';
import { ActiveReadModels } from '../../apps/projection/src/rebuild/active-read-models';
import type { QueryPair } from './latency';
import { effectiveAt, KEY_NAMES, observedAt, reportId, REPORTS } from './synthetic-history';

// Spread the calls over the reports deterministically (a multiplicative stride, coprime with 10,000).
const reportFor = (i: number) => (i * 7_919) % REPORTS;
const HOUR = 3_600_000;

/** The three analyst queries, each through the projection's repository and as the bare SQL that returns the same rows. */
export function queryPairs(dataSource: DataSource, client: Client): QueryPair[] {
  const readModels = new ActiveReadModels(dataSource);
  const history = new FigureHistoryRepository(readModels);
  const asOf = new FiguresAsOfRepository(readModels);
  const changes = new ChangesRepository(readModels);
  const keyFor = (i: number) => KEY_NAMES[i % KEY_NAMES.length];
  const instantFor = (i: number) => new Date(effectiveAt(reportFor(i), 1 + (i % 5)).getTime() + 60_000).toISOString();
  const windowFor = (i: number) => observedAt(reportFor(i), 1 + (i % 5)).toISOString();
  return [
    {
      name: 'figure history',
      subject: 'FigureHistoryRepository.findHistory',
      baseline: 'bare pg: figure_history_v1 + interval join',
      viaRepository: (i) => history.findHistory(reportId(reportFor(i)), keyFor(i)),
      viaSql: (i) =>
        client.query(
          `SELECT h.*, i.valid_to, i.recorded_to FROM projection.figure_history_v1 h
           LEFT JOIN projection.figure_intervals_v1 i ON i.report_id = h.report_id AND i.key = h.key
            AND i.analyzer_version = h.analyzer_version AND i.revision = h.revision
           WHERE h.report_id = $1 AND h.key = $2 ORDER BY h.revision`,
          [reportId(reportFor(i)), keyFor(i)],
        ),
    },
    {
      name: 'figures as of (effective axis)',
      subject: 'FiguresAsOfRepository.findFiguresAsOf',
      baseline: 'bare pg: figure_intervals_v1 valid at the instant',
      viaRepository: (i) => asOf.findFiguresAsOf(reportId(reportFor(i)), instantFor(i), 'effective'),
      viaSql: (i) =>
        client.query(
          `SELECT * FROM projection.figure_intervals_v1 WHERE report_id = $1
           AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2) ORDER BY revision, position`,
          [reportId(reportFor(i)), instantFor(i)],
        ),
    },
    {
      name: 'changes feed (one hour, 100 a page)',
      subject: 'ChangesRepository.findChanges',
      baseline: 'bare pg: figure_history_v1 by observed_at, same joins',
      viaRepository: (i) =>
        changes.findChanges({
          since: windowFor(i),
          until: new Date(Date.parse(windowFor(i)) + HOUR).toISOString(),
          axis: 'observed',
          silentOnly: false,
          limit: 100,
        }),
      viaSql: (i) =>
        client.query(
          `SELECT h.*, i.valid_to, i.recorded_to, r.url, r.title FROM projection.figure_history_v1 h
           LEFT JOIN projection.figure_intervals_v1 i ON i.report_id = h.report_id AND i.key = h.key
            AND i.analyzer_version = h.analyzer_version AND i.revision = h.revision
           LEFT JOIN projection.reports_v1 r ON r.report_id = h.report_id
           WHERE h.observed_at >= $1 AND h.observed_at < $2 ORDER BY h.observed_at, h.event_id LIMIT 101`,
          [windowFor(i), new Date(Date.parse(windowFor(i)) + HOUR).toISOString()],
        ),
    },
  ];
}
