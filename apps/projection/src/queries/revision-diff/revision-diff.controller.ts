import { Controller, Get, NotFoundException, Param, Query, UnprocessableEntityException } from '@nestjs/common';
import { BudgetExceededError } from '@palimpsest/kafka';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { requireReport } from '../http/require-report';
import { RevisionDiffDto } from '../http/responses';
import { ProjectionResources } from '../../projection-resources';
import { ReadModelsRepository } from '../read-models.repository';
import { RevisionRepository, StoredRevision } from '../revision-text/revision.repository';
import { DiffQueryDto } from './diff-query';

@ApiTags('revisions')
@Controller('reports')
export class RevisionDiffController {
  constructor(
    private readonly resources: ProjectionResources,
    private readonly readModels: ReadModelsRepository,
    private readonly revisions: RevisionRepository,
  ) {}

  @Get(':id/diff')
  @ApiOperation({
    summary: 'Figure and block changes between any two revisions, with the silent-edit verdict of each step between',
  })
  @ApiOkResponse({ type: RevisionDiffDto.Output })
  @ApiBadRequestResponse({ description: 'missing or invalid from/to' })
  @ApiNotFoundResponse({ description: 'unknown report or revision' })
  @ApiUnprocessableEntityResponse({ description: 'the two revisions are too large to compare within the time budget' })
  async diff(@Param('id') id: string, @Query() { from, to }: DiffQueryDto) {
    await requireReport(this.readModels, id);
    const [before, after] = await Promise.all([this.load(id, from), this.load(id, to)]);
    const comparison = await this.compare(before, after);
    return {
      reportId: id,
      from: summary(before),
      to: summary(after),
      ...comparison,
      steps: await this.revisions.findSteps(id, from, to),
    };
  }

  /** On a worker thread: two large revisions must not hold up every other request. */
  private async compare(before: StoredRevision, after: StoredRevision) {
    try {
      return await this.resources.textWork.run('compareDocuments', { before: before.document, after: after.document });
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      throw new UnprocessableEntityException(
        `revisions ${before.revision} and ${after.revision} are too large to compare within the time budget`,
      );
    }
  }

  private async load(reportId: string, revision: number): Promise<StoredRevision> {
    const found = await this.revisions.findRevision(reportId, revision);
    if (!found) throw new NotFoundException(`report ${reportId} has no revision ${revision}`);
    return found;
  }
}

function summary({ revision, observedAt, effectiveAt, contentHash }: StoredRevision) {
  return { revision, observedAt, effectiveAt, contentHash };
}
