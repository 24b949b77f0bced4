import { Injectable, Logger } from '@nestjs/common';
import { LogPosition, RevisionRecorded } from '@palimpsest/contracts';
import { claimEvents, inboxEntries } from '@palimpsest/persistence';
import { appendToOutbox } from '@palimpsest/platform';
import { Analysis } from '@palimpsest/text';
import { DiffResources } from '../../diff-resources';
import { AnalysisRepository, Baseline } from './analysis.repository';
import { AnalysisEvents, planAnalysisEvents } from './plan-analysis';

export interface RecordedAt {
  event: RevisionRecorded;
  position: LogPosition;
}

interface Derived {
  recorded: RevisionRecorded;
  analysis: Analysis;
  events: AnalysisEvents;
}

/** Extracts revisions' figures, diffs each against the previous revision, and emits the results. */
@Injectable()
export class AnalyzeRevisionService {
  private readonly logger = new Logger(AnalyzeRevisionService.name);

  constructor(
    private readonly resources: DiffResources,
    private readonly analyses: AnalysisRepository,
  ) {}

  /**
   * Analyses a batch of recorded revisions and writes every result in one
   * transaction. Text work runs first, outside it, on the worker pool: the
   * batch's reports in parallel, each report's revisions in order, since a
   * revision is diffed against the one before it, which may be in the batch.
   *
   * `consumer` names the inbox the revisions are claimed in: the live group's
   * by default, a reanalysis's own when the log is replayed for a new analyzer version.
   */
  async analyze(batch: readonly RecordedAt[], consumer = this.resources.config.consumerGroup): Promise<void> {
    if (batch.length === 0) return;
    const byReport = new Map<string, RevisionRecorded[]>();
    for (const { event } of batch) byReport.set(event.reportId, [...(byReport.get(event.reportId) ?? []), event]);
    const version = this.resources.config.analyzerVersion;
    const stored = await this.analyses.findLatestBeforeEach(
      this.resources.dataSource.manager,
      [...byReport.values()].map(([first]) => ({ reportId: first.reportId, revision: first.payload.revision })),
      version,
    );
    const derivedByReport = await Promise.all(
      [...byReport.values()].map((revisions) => this.deriveInOrder(revisions, stored.get(revisions[0].reportId)!)),
    );
    const derived = new Map(derivedByReport.flat().map((result) => [result.recorded.id, result]));
    const written = await this.resources.dataSource.transaction(async (manager) => {
      const claimed = await claimEvents(manager, 'diff', consumer, inboxEntries(batch));
      const results = batch.flatMap(({ event }) => (claimed.delete(event.id) ? [derived.get(event.id)!] : []));
      await this.analyses.saveAll(
        manager,
        results.map(({ recorded, analysis, events }) => ({
          reportId: recorded.reportId,
          revision: recorded.payload.revision,
          analyzerVersion: version,
          analysis,
          eventId: events.analyzed.id,
        })),
      );
      const outgoing = results.flatMap(({ events }) => [events.analyzed, ...events.figureChanges]);
      await appendToOutbox(manager, 'diff', this.resources.topics.analyses, outgoing);
      return results;
    });
    if (written.length === 0) return;
    for (const { recorded, events } of written) {
      const { reportId } = recorded;
      this.logger.log({
        msg: 'revision analyzed',
        reportId,
        revision: recorded.payload.revision,
        figureChanges: events.figureChanges.length,
      });
    }
  }

  /**
   * One report's revisions, each diffed against the latest analysis before it, stored or just made.
   * `storedBeforeFirst` is the latest stored before the first; a revision that directly follows the
   * one before it in the batch needs no other (nothing stored can lie between them), so the
   * database is asked again only after a gap.
   */
  private async deriveInOrder(revisions: RevisionRecorded[], storedBeforeFirst: Baseline): Promise<Derived[]> {
    const version = this.resources.config.analyzerVersion;
    const results: Derived[] = [];
    for (const [index, recorded] of revisions.entries()) {
      const { reportId } = recorded;
      const { revision, document } = recorded.payload;
      const follows = index === 0 || revisions[index - 1].payload.revision === revision - 1;
      const stored = follows
        ? storedBeforeFirst
        : await this.analyses.findLatestBefore(this.resources.dataSource.manager, reportId, revision, version);
      const previous = latest(stored, results, revision);
      const { analysis, diff } = await this.resources.textWork.run('analyzeRevision', {
        document,
        previous: previous?.analysis ?? null,
        figureLimit: this.resources.config.figureLimit,
      });
      const events = planAnalysisEvents(recorded, previous?.revision ?? null, analysis, diff, version);
      results.push({ recorded, analysis, events });
    }
    return results;
  }
}

/** The latest of the stored baseline and those derived earlier in the batch that come before `revision`. */
function latest(stored: Baseline, derived: readonly Derived[], revision: number): Baseline {
  let best = stored;
  for (const { recorded, analysis } of derived) {
    const candidate = recorded.payload.revision;
    if (candidate < revision && (!best || candidate > best.revision)) best = { revision: candidate, analysis };
  }
  return best;
}
