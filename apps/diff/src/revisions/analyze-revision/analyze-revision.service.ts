import { Injectable, Logger } from '@nestjs/common';
import { RevisionRecorded } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { appendToOutbox, claimEvent } from '@palimpsest/persistence';
import { analyzeDocument, ANALYZER_VERSION, diffRevisions, emptyAnalysis } from '@palimpsest/text';
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

  async analyze(recorded: RevisionRecorded, position: EventPosition): Promise<void> {
    const { reportId } = recorded;
    const { revision, document } = recorded.payload;
    const current = analyzeDocument(document);
    const changes = await this.resources.dataSource.transaction(async (manager) => {
      const claimed = await claimEvent(manager, 'diff', this.resources.config.consumerGroup, recorded.id, position);
      if (!claimed) return null;
      const previous = await this.analyses.findLatestBefore(manager, reportId, revision, ANALYZER_VERSION);
      const diff = diffRevisions(previous?.analysis ?? emptyAnalysis(), current);
      const events = planAnalysisEvents(recorded, previous?.revision ?? null, current, diff, ANALYZER_VERSION);
      await this.analyses.save(manager, reportId, revision, ANALYZER_VERSION, current, events.analyzed.id);
      await appendToOutbox(manager, 'diff', this.resources.topics.analyses, [events.analyzed, ...events.figureChanges]);
      return events.figureChanges.length;
    });
    if (changes === null) return;
    this.resources.relay.nudge();
    this.logger.log({ msg: 'revision analyzed', ...position, reportId, revision, figureChanges: changes });
  }
}
