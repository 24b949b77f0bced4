import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActiveSubscriptions, DecideAlertsService } from './decide-alerts.service';
import { PendingRevisionsRepository, RevisionKey } from './pending-revisions.repository';
import { ReportContextRepository } from './report-context.repository';

/**
 * Figure changes come from the analyses topic, the report's URL and notes from
 * the revisions topic; the two are read independently, and one revision's
 * changes may span batches. So changes are parked until the revision's
 * RevisionAnalyzed has all the changes it announced and the revision is known,
 * and then alerted on together.
 */
@Injectable()
export class RevisionAlertsService {
  constructor(
    private readonly context: ReportContextRepository,
    private readonly pending: PendingRevisionsRepository,
    private readonly decide: DecideAlertsService,
  ) {}

  /** Alerts on each of `revisions` that is now complete; returns how many deliveries were queued. */
  async alertOnComplete(
    manager: EntityManager,
    revisions: readonly RevisionKey[],
    subscriptions: ActiveSubscriptions,
  ): Promise<number> {
    let queued = 0;
    for (const analysis of await this.pending.completeAnalyses(manager, revisions)) {
      const changes = await this.pending.release(manager, analysis);
      // A known revision has its RevisionRecorded applied, which saved the report.
      const report = (await this.context.findReport(manager, analysis.reportId))!;
      const amendments = await this.context.amendmentsOf(manager, analysis.reportId, analysis.revision);
      queued += await this.decide.onRevisionComplete(manager, { analysis, changes, report, amendments }, subscriptions);
    }
    return queued;
  }
}
