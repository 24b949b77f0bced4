import { Injectable } from '@nestjs/common';
import { FigureChanged } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { EntityManager } from 'typeorm';
import { DecideAlertsService } from './decide-alerts.service';
import { ReportContextRepository } from './report-context.repository';

/**
 * Figure changes come from the analyses topic, the report's URL and notes from
 * the revisions topic; the two are read independently, so a change whose
 * revision is not known yet is parked and decided when the revision arrives.
 */
@Injectable()
export class FigureAlertsService {
  constructor(
    private readonly context: ReportContextRepository,
    private readonly decide: DecideAlertsService,
  ) {}

  async onFigureChanged(manager: EntityManager, event: FigureChanged, position: EventPosition): Promise<number> {
    const { reportId } = event;
    const { revision } = event.payload;
    if (!(await this.context.isRevisionKnown(manager, reportId, revision))) {
      await this.context.park(manager, event, position);
      return 0;
    }
    const report = await this.context.findReport(manager, reportId);
    const amendments = await this.context.amendmentsOf(manager, reportId, revision);
    return this.decide.onFigureChanged(manager, event, position, report!, amendments);
  }

  /** Decides the parked changes of a revision once it is known. */
  async releaseParked(manager: EntityManager, reportId: string, revision: number): Promise<number> {
    if (!(await this.context.isRevisionKnown(manager, reportId, revision))) return 0;
    let queued = 0;
    for (const parked of await this.context.unpark(manager, reportId, revision)) {
      queued += await this.onFigureChanged(manager, parked.event, parked.position);
    }
    return queued;
  }
}
