import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { StatedSums } from '@palimpsest/text';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

/**
 * An event with what its read-model rows need computed ahead of the write:
 * the consistency check's stated sums for a RevisionAnalyzed, nothing for the rest.
 */
export interface PreparedEvent {
  event: PalimpsestEvent;
  statedSums: StatedSums | null;
}

/**
 * Applies one event to every read model; the live consumer and a rebuild share
 * it. Work in two steps, `prepare` before the transaction and `apply` inside
 * it, so no transaction stays open (holding its locks and a pooled
 * connection) while CPU work runs.
 */
@Injectable()
export class ReadModelApplier {
  constructor(
    private readonly reports: ReportProjector,
    private readonly figures: FigureProjector,
    private readonly intervals: FigureIntervalProjector,
    private readonly consistency: ConsistencyProjector,
    private readonly silentEdits: SilentEditProjector,
  ) {}

  prepare(event: PalimpsestEvent): PreparedEvent {
    const statedSums = event.type === 'RevisionAnalyzed' ? this.consistency.findSums(event) : null;
    return { event, statedSums };
  }

  async apply(manager: EntityManager, { event, statedSums }: PreparedEvent): Promise<void> {
    switch (event.type) {
      case 'RevisionRecorded':
        return this.reports.revisionRecorded(manager, event);
      case 'AmendmentNoted':
        return this.reports.amendmentNoted(manager, event);
      case 'RevisionAnalyzed':
        if (!statedSums) throw new TypeError('a RevisionAnalyzed must be prepared before it is applied');
        await this.reports.revisionAnalyzed(manager, event);
        await this.intervals.revisionAnalyzed(manager, event);
        await this.consistency.revisionAnalyzed(manager, event, statedSums);
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
