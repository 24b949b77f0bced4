import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

/** Applies one event to every read model; the live consumer and a rebuild share it. */
@Injectable()
export class ReadModelApplier {
  constructor(
    private readonly reports: ReportProjector,
    private readonly figures: FigureProjector,
    private readonly intervals: FigureIntervalProjector,
    private readonly consistency: ConsistencyProjector,
    private readonly silentEdits: SilentEditProjector,
  ) {}

  async apply(manager: EntityManager, event: PalimpsestEvent): Promise<void> {
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
      case 'SourceFailing':
        // A watcher's health, not a report's text: no read model here is built from it.
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}
