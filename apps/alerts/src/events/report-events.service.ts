import { Injectable } from '@nestjs/common';
import { AmendmentNoted, LogPosition, publisherOf, RevisionRecorded } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { NewDelivery } from '../deliveries/deliveries.repository';
import { ActiveSubscriptions, DecideAlertsService } from './decide-alerts.service';
import { ReportContextRepository } from './report-context.repository';

export interface NoteAt {
  event: AmendmentNoted;
  position: LogPosition;
}

/** Keeps alerts' copy of each report and its notes, and alerts on new notes; a batch at a time. */
@Injectable()
export class ReportEventsService {
  constructor(
    private readonly context: ReportContextRepository,
    private readonly decide: DecideAlertsService,
  ) {}

  /** Saves the reports and revisions of `recorded` and the notes of `noted`: three statements. */
  async record(manager: EntityManager, recorded: readonly RevisionRecorded[], noted: readonly NoteAt[]): Promise<void> {
    await this.context.saveReports(
      manager,
      recorded.map(({ reportId, payload: { url, canonicalUrl, document } }) => ({
        id: reportId,
        url,
        canonicalUrl,
        publisher: publisherOf(canonicalUrl),
        title: document.title,
      })),
    );
    await this.context.saveRevisions(
      manager,
      recorded.map(({ reportId, payload: { revision, amendmentIds } }) => ({ reportId, revision, amendmentIds })),
    );
    await this.context.saveAmendments(
      manager,
      noted.map(({ event: { id, reportId, payload } }) => ({
        reportId,
        revision: payload.revision,
        note: { eventId: id, raw: payload.raw, statedAt: payload.statedAt, reason: payload.reason },
      })),
    );
  }

  /** The deliveries for new notes, in the order of `noted`; call after `record`. */
  async alertOnNotes(
    manager: EntityManager,
    noted: readonly NoteAt[],
    subscriptions: ActiveSubscriptions,
  ): Promise<NewDelivery[]> {
    const reports = await this.context.findReports(
      manager,
      noted.map(({ event }) => event.reportId),
    );
    const deliveries: NewDelivery[] = [];
    for (const { event, position } of noted) {
      // The report's RevisionRecorded precedes its notes on the same partition, so it is known here.
      const report = reports.get(event.reportId);
      if (report) deliveries.push(...(await this.decide.onAmendmentNoted(event, position, report, subscriptions)));
    }
    return deliveries;
  }
}
