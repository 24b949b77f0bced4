import { Injectable } from '@nestjs/common';
import { AmendmentNoted, RevisionRecorded } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { EntityManager } from 'typeorm';
import { publisherOf } from '../rules/filter';
import { DecideAlertsService } from './decide-alerts.service';
import { FigureAlertsService } from './figure-alerts.service';
import { ReportContextRepository } from './report-context.repository';

/** Keeps alerts' copy of each report and its notes, and alerts on new notes. */
@Injectable()
export class ReportEventsService {
  constructor(
    private readonly context: ReportContextRepository,
    private readonly decide: DecideAlertsService,
    private readonly figures: FigureAlertsService,
  ) {}

  async onRevisionRecorded(manager: EntityManager, event: RevisionRecorded): Promise<number> {
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
    return this.figures.releaseParked(manager, event.reportId, revision);
  }

  async onAmendmentNoted(manager: EntityManager, event: AmendmentNoted, position: EventPosition): Promise<number> {
    const { revision, raw, statedAt, reason } = event.payload;
    const note = { eventId: event.id, raw, statedAt, reason };
    await this.context.saveAmendment(manager, event.reportId, revision, note);
    const report = await this.context.findReport(manager, event.reportId);
    // The report's RevisionRecorded precedes its notes on the same partition, so it is known here.
    const queued = report ? await this.decide.onAmendmentNoted(manager, event, position, report, note) : 0;
    return queued + (await this.figures.releaseParked(manager, event.reportId, revision));
  }
}
