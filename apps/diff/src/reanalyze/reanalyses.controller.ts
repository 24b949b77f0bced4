import { Controller, Get, HttpCode, NotFoundException, OnApplicationShutdown, Param, Post } from '@nestjs/common';
import { WriteEndpoint } from '@palimpsest/platform';
import { DiffResources } from '../diff-resources';
import { AnalyzeRevisionService } from '../revisions/analyze-revision/analyze-revision.service';
import { Reanalysis } from './reanalysis';

/**
 * Replays of the revisions log through the current analyzer. Their progress
 * lives in this process: a replay interrupted by a restart is started again,
 * and what it had derived is skipped by the inbox and the outbox's event ids.
 */
@Controller('admin/reanalyses')
export class ReanalysesController implements OnApplicationShutdown {
  private readonly reanalyses = new Map<string, Reanalysis>();

  constructor(
    private readonly resources: DiffResources,
    private readonly analyzeRevision: AnalyzeRevisionService,
  ) {}

  @Post()
  @HttpCode(202)
  @WriteEndpoint()
  async start() {
    const id = `${Date.now().toString(36)}${this.reanalyses.size}`;
    const reanalysis = new Reanalysis(id, this.resources, this.analyzeRevision);
    this.reanalyses.set(id, reanalysis);
    try {
      await reanalysis.start();
    } catch (error) {
      reanalysis.error = (error as Error).message;
      await reanalysis.stop('failed');
    }
    return reanalysis.view();
  }

  @Get(':id')
  show(@Param('id') id: string) {
    const reanalysis = this.reanalyses.get(id);
    if (!reanalysis) throw new NotFoundException(`no reanalysis ${id}`);
    return reanalysis.view();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const reanalysis of this.reanalyses.values()) await reanalysis.stop('failed');
  }
}
