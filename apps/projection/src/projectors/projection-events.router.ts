import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EventPosition, EventRouter } from '@palimpsest/kafka';
import { claimEvent } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { ProjectionResources } from '../projection-resources';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

/**
 * Applies each event to the read models and records it as applied, in one
 * transaction: a redelivered event finds its claim and changes nothing.
 */
@Injectable()
export class ProjectionEventsRouter implements EventRouter {
  constructor(
    private readonly resources: ProjectionResources,
    private readonly reports: ReportProjector,
    private readonly figures: FigureProjector,
    private readonly intervals: FigureIntervalProjector,
    private readonly consistency: ConsistencyProjector,
    private readonly silentEdits: SilentEditProjector,
  ) {}

  async route(event: PalimpsestEvent, position: EventPosition): Promise<void> {
    await this.resources.dataSource.transaction(async (manager) => {
      const claimed = await claimEvent(manager, 'projection', this.resources.config.consumerGroup, event.id, position);
      if (claimed) await this.apply(manager, event);
    });
  }

  private async apply(manager: EntityManager, event: PalimpsestEvent): Promise<void> {
    switch (event.type) {
      case 'RevisionRecorded':
        return this.reports.revisionRecorded(manager, event);
      case 'AmendmentNoted':
        return this.reports.amendmentNoted(manager, event);
      case 'RevisionAnalyzed':
        await this.reports.revisionAnalyzed(manager, event);
        await this.intervals.revisionAnalyzed(manager, event);
        await this.consistency.revisionAnalyzed(manager, event);
        await this.silentEdits.revisionAnalyzed(manager, event);
        return this.figures.revisionAnalyzed(manager, event);
      case 'FigureChanged':
        return this.figures.figureChanged(manager, event);
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}
