import { Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { canonicalUrl, reportIdFor } from '@palimpsest/contracts';
import { BudgetExceededError } from '@palimpsest/kafka';
import { GroupCommit } from '@palimpsest/persistence';
import { OversizedCapture, ReadCapture } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { ReportLogRepository } from '../../report-log/report-log.repository';
import { IngestResources } from '../../ingest-resources';
import { CaptureRequest } from './capture-request';
import { planRevision } from './plan-revision';

const captureOutcome = z.object({
  reportId: z.string(),
  status: z.enum(['recorded', 'unchanged']).describe('unchanged: the same content as the latest revision'),
  revision: z.number().int().describe('the revision this capture is, or the latest when unchanged'),
});

export type CaptureOutcome = z.infer<typeof captureOutcome>;
export class CaptureOutcomeDto extends createZodDto(captureOutcome) {}

/**
 * Captures recorded at once share transactions (GroupCommit): two in flight,
 * so one waiting on a report's lock does not stop the rest, and at most 64
 * captures in one, which keeps a shared transaction's locks short-lived.
 */
const CAPTURE_COMMITS = { concurrency: 2, maxUnits: 64 };

@Injectable()
export class RecordCaptureService {
  private readonly logger = new Logger(RecordCaptureService.name);
  private readonly commits: GroupCommit;

  constructor(
    private readonly resources: IngestResources,
    private readonly reports: ReportLogRepository,
  ) {
    this.commits = new GroupCommit(resources.dataSource, CAPTURE_COMMITS);
  }

  async record(capture: CaptureRequest): Promise<CaptureOutcome> {
    const { document, hash, amendments } = this.refuseUnfit(await this.read(capture));
    const url = canonicalUrl(capture.url);
    const reportId = reportIdFor(url);
    const outcome = await this.commits.run(reportId, async (manager): Promise<CaptureOutcome> => {
      const { state, seenRevision } = await this.reports.lockReport(manager, reportId, url, {
        hash,
        observedAt: capture.observedAt,
      });
      if (seenRevision !== null) return { reportId, status: 'unchanged' as const, revision: seenRevision };
      if (state.lastHash === hash) {
        await this.reports.confirmUnchanged(manager, reportId, capture.observedAt);
        await this.reports.recordCapture(manager, reportId, hash, capture.observedAt, state.lastRevision);
        return { reportId, status: 'unchanged' as const, revision: state.lastRevision };
      }
      const plan = planRevision(state, capture, document, hash, amendments);
      await this.reports.appendRevision(manager, plan, this.resources.topics.revisions);
      return { reportId, status: 'recorded' as const, revision: plan.revision };
    });
    this.logger.log({ msg: `capture ${outcome.status}`, reportId, revision: outcome.revision, url });
    return outcome;
  }

  /** A page past the size the pipeline carries as one event, or with no text, is refused with the reason. */
  private refuseUnfit(read: ReadCapture | OversizedCapture): ReadCapture {
    const { maxDocumentBlocks, maxNotes } = this.resources.config;
    if ('oversized' in read) {
      const { blocks, notes } = read.oversized;
      throw new UnprocessableEntityException(
        blocks > maxDocumentBlocks
          ? `the page has ${blocks} blocks (paragraphs, headings, rows); at most ${maxDocumentBlocks} are accepted (CAPTURE_MAX_BLOCKS)`
          : `the page has ${notes} amendment notes; at most ${maxNotes} are accepted (CAPTURE_MAX_NOTES)`,
      );
    }
    if (read.document.sections.every((section) => section.blocks.length === 0)) {
      throw new UnprocessableEntityException(
        'the page has no readable text once navigation and boilerplate are removed',
      );
    }
    return read;
  }

  private async read({ html, text }: CaptureRequest) {
    try {
      const { maxDocumentBlocks: maxBlocks, maxNotes } = this.resources.config;
      return await this.resources.textWork.run('readCapture', { html, text, limits: { maxBlocks, maxNotes } });
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      throw new UnprocessableEntityException('the page could not be read within the text-work time budget');
    }
  }
}
