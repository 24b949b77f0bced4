import { Injectable } from '@nestjs/common';
import { AmendmentNoted, RevisionRecorded } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { EntityManager } from 'typeorm';
import { publisherOf } from '../rules/filter';
import { ActiveSubscriptions, DecideAlertsService } from './decide-alerts.service';
import { ReportContextRepository } from './report-context.repository';

/** Keeps alerts' copy of each report and its notes, and alerts on new notes. */
@Injectable()
export class ReportEventsService {
  constructor(
    private readonly context: ReportContextRepository,
    private readonly decide: DecideAlertsService,
  ) {}

  async onRevisionRecorded(manager: EntityManager, event: RevisionRecorded): Promise<void> {
    const { url, canonicalUrl, revision, document, amendmentIds } = event.payload;
    const report = {
      id: event.reportId,
      url,
      canonicalUrl,
      publisher: publisherOf(canonicalUrl),
      title: document.title,
    };
    await this.context.saveReport(manager, report);
    await this.context.saveRevision(manager, event.reportId, revision, amendmentIds);
  }

  async onAmendmentNoted(
    manager: EntityManager,
    event: AmendmentNoted,
    position: EventPosition,
    subscriptions: ActiveSubscriptions,
  ): Promise<number> {
    const { revision, raw, statedAt, reason } = event.payload;
    await this.context.saveAmendment(manager, event.reportId, revision, { eventId: event.id, raw, statedAt, reason });
    const report = await this.context.findReport(manager, event.reportId);
    // The report's RevisionRecorded precedes its notes on the same partition, so it is known here.
    return report ? this.decide.onAmendmentNoted(manager, event, position, report, subscriptions) : 0;
  }
}
