import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { ReadModelTables } from '../rebuild/generation-tables';
import { TextWorkerPool } from '@palimpsest/platform';
import { StatedSums } from '@palimpsest/text';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

/** Up to this many figures, finding a revision's stated sums takes well under a millisecond. */
const INLINE_SUMS_FIGURES = 200;

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

  /**
   * `textWork`, when given, takes the stated-sums search of a revision with
   * many figures off the event loop (it is capped, but a cap of a million
   * comparisons still holds the loop for a second); small ones run inline.
   */
  async prepare(event: PalimpsestEvent, textWork?: TextWorkerPool): Promise<PreparedEvent> {
    if (event.type !== 'RevisionAnalyzed') return { event, statedSums: null };
    const { figures } = event.payload;
    const statedSums =
      textWork && figures.length > INLINE_SUMS_FIGURES
        ? await textWork.run('statedSums', { figures })
        : this.consistency.findSums(event);
    return { event, statedSums };
  }

  async apply(manager: EntityManager, tables: ReadModelTables, { event, statedSums }: PreparedEvent): Promise<void> {
    switch (event.type) {
      case 'RevisionRecorded':
        return this.reports.revisionRecorded(manager, tables, event);
      case 'AmendmentNoted':
        return this.reports.amendmentNoted(manager, tables, event);
      case 'RevisionAnalyzed':
        if (!statedSums) throw new TypeError('a RevisionAnalyzed must be prepared before it is applied');
        await this.reports.revisionAnalyzed(manager, tables, event);
        await this.intervals.revisionAnalyzed(manager, tables, event);
        await this.consistency.revisionAnalyzed(manager, tables, event, statedSums);
        await this.silentEdits.revisionAnalyzed(manager, tables, event);
        return this.figures.revisionAnalyzed(manager, tables, event);
      case 'FigureChanged':
        return this.figures.figureChanged(manager, tables, event);
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
