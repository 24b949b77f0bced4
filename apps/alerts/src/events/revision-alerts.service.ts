import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewDelivery } from '../deliveries/deliveries.repository';
import { ActiveSubscriptions, DecideAlertsService } from './decide-alerts.service';
import { PendingRevisionsRepository } from './pending-revisions.repository';
import { ReportContextRepository } from './report-context.repository';
import { RevisionKey, revisionKeyOf } from './revision-key';

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

  /**
   * The deliveries for each of `revisions` that is now complete, in report and revision order;
   * four statements whatever the number of revisions.
   */
  async alertOnComplete(
    manager: EntityManager,
    revisions: readonly RevisionKey[],
    subscriptions: ActiveSubscriptions,
  ): Promise<NewDelivery[]> {
    const complete = await this.pending.completeAnalyses(manager, revisions);
    if (complete.length === 0) return [];
    const changes = await this.pending.release(manager, complete);
    // A known revision has its RevisionRecorded applied, which saved the report.
    const reports = await this.context.findReports(
      manager,
      complete.map((analysis) => analysis.reportId),
    );
    const amendments = await this.context.amendmentsOf(manager, complete);
    const deliveries: NewDelivery[] = [];
    for (const [index, analysis] of complete.entries()) {
      const decided = await this.decide.onRevisionComplete(
        {
          analysis,
          changes: changes[index],
          report: reports.get(analysis.reportId)!,
          amendments: amendments.get(revisionKeyOf(analysis)) ?? [],
        },
        subscriptions,
      );
      deliveries.push(...decided);
    }
    return deliveries;
  }
}
