import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EventPosition, EventRouter, InvalidEventError } from '@palimpsest/kafka';
import { AnalyzeRevisionService } from './analyze-revision/analyze-revision.service';

/** What diff does with each event on the revisions topic. */
@Injectable()
export class RevisionEventsRouter implements EventRouter {
  constructor(private readonly analyzeRevision: AnalyzeRevisionService) {}

  async route(event: PalimpsestEvent, position: EventPosition): Promise<void> {
    switch (event.type) {
      case 'RevisionRecorded':
        return this.analyzeRevision.analyze(event, position);
      case 'AmendmentNoted':
        // The revision carries its document, notes included: nothing more to derive.
        return;
      case 'SourceFailing':
        // A watcher's health, not a report's text: nothing to analyse.
        return;
      case 'RevisionAnalyzed':
      case 'FigureChanged':
        throw new InvalidEventError(`${event.type} does not belong on ${position.topic}`);
      default: {
        const unreachable: never = event;
        throw new InvalidEventError(`unhandled event ${(unreachable as PalimpsestEvent).type}`);
      }
    }
  }
}
