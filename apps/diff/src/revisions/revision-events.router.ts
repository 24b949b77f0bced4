import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { ConsumedEvent, EventRouter, InvalidEventError } from '@palimpsest/kafka';
import { AnalyzeRevisionService, RecordedAt } from './analyze-revision/analyze-revision.service';

/** What diff does with the events on the revisions topic: it analyses each recorded revision. */
@Injectable()
export class RevisionEventsRouter implements EventRouter {
  constructor(private readonly analyzeRevision: AnalyzeRevisionService) {}

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const recorded: RecordedAt[] = [];
    for (const { event, position } of batch) {
      if (event.type === 'RevisionRecorded') recorded.push({ event, position });
      else refuseForeign(event, position.topic);
    }
    await this.analyzeRevision.analyze(recorded);
  }
}

/** Events that carry nothing to analyse pass; events that belong on another topic are refused. */
function refuseForeign(event: PalimpsestEvent, topic: string): void {
  switch (event.type) {
    case 'AmendmentNoted':
    // The revision carries its document, notes included: nothing more to derive.
    case 'SourceFailing':
      // A watcher's health, not a report's text: nothing to analyse.
      return;
    case 'RevisionRecorded':
      return;
    case 'RevisionAnalyzed':
    case 'FigureChanged':
      throw new InvalidEventError(`${event.type} does not belong on ${topic}`);
    default: {
      const unreachable: never = event;
      throw new InvalidEventError(`unhandled event ${(unreachable as PalimpsestEvent).type}`);
    }
  }
}
