import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { ParseIntIdPipe, WriteEndpoint } from '@palimpsest/platform';
import { Generation, GenerationsRepository } from './generations.repository';
import { parseRebuildRequest, RebuildRequestDto } from './rebuild-request';
import { RebuildRunner } from './rebuild-runner';
import { rebuildView, RebuildView } from './rebuild-view';

/**
 * Rebuilds of the read models from the start of the log, and their progress.
 * Any instance answers: one that does not run the rebuild reads the progress
 * its runner records, and refuses a second rebuild with 409 and the reason.
 */
@ApiTags('rebuilds')
@Controller('admin/rebuilds')
export class RebuildsController {
  constructor(
    private readonly runner: RebuildRunner,
    private readonly generations: GenerationsRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @WriteEndpoint()
  @ApiBody({ type: RebuildRequestDto, required: false })
  @ApiBadRequestResponse({ description: 'an unknown projection' })
  @ApiConflictResponse({ description: 'a rebuild is already running' })
  async start(@Body() body: unknown) {
    const projection = parseRebuildRequest(body);
    return this.view(projection, await this.runner.start());
  }

  @Get()
  async list() {
    return (await this.generations.findAll()).map((generation) => this.view('projection', generation));
  }

  @Get(':generation')
  async show(@Param('generation', new ParseIntIdPipe('generation')) number: number) {
    const generation = await this.generations.find(number);
    if (!generation) throw new NotFoundException(`no rebuild ${number}`);
    return this.view('projection', generation);
  }

  private view(projection: string, generation: Generation): RebuildView {
    const live = generation.status === 'building' ? this.runner.progress(generation.generation) : null;
    return rebuildView(projection, generation, live, Date.now());
  }
}
