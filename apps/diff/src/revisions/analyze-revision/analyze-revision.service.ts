import { Injectable, Logger } from '@nestjs/common';
import { RevisionRecorded } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { appendToOutbox, claimEvent } from '@palimpsest/persistence';
import { DiffResources } from '../../diff-resources';
import { AnalysisRepository } from './analysis.repository';
import { planAnalysisEvents } from './plan-analysis';

/** Extracts a revision's figures, diffs it against the previous revision, and emits the results. */
@Injectable()
export class AnalyzeRevisionService {
  private readonly logger = new Logger(AnalyzeRevisionService.name);

  constructor(
    private readonly resources: DiffResources,
    private readonly analyses: AnalysisRepository,
  ) {}

  /**
   * `consumer` names the inbox the revision is claimed in: the live group's by
   * default, a reanalysis's own when the log is replayed for a new analyzer version.
   */
  async analyze(
    recorded: RevisionRecorded,
    position: EventPosition,
    consumer = this.resources.config.consumerGroup,
  ): Promise<void> {
    const { reportId } = recorded;
    const version = this.resources.config.analyzerVersion;
    const { revision, document } = recorded.payload;
    // Compute first, then write: the transaction never stays open around text work.
    const previous = await this.analyses.findLatestBefore(
      this.resources.dataSource.manager,
      reportId,
      revision,
      version,
    );
    const { analysis, diff } = await this.resources.textWork.run('analyzeRevision', {
      document,
      previous: previous?.analysis ?? null,
      figureLimit: this.resources.config.figureLimit,
    });
    const events = planAnalysisEvents(recorded, previous?.revision ?? null, analysis, diff, version);
    const changes = await this.resources.dataSource.transaction(async (manager) => {
      const claimed = await claimEvent(manager, 'diff', consumer, recorded.id, position);
      if (!claimed) return null;
      await this.analyses.save(manager, reportId, revision, version, analysis, events.analyzed.id);
      await appendToOutbox(manager, 'diff', this.resources.topics.analyses, [events.analyzed, ...events.figureChanges]);
      return events.figureChanges.length;
    });
    if (changes === null) return;
    this.resources.relay.nudge();
    this.logger.log({ msg: 'revision analyzed', ...position, reportId, revision, figureChanges: changes });
  }
}
