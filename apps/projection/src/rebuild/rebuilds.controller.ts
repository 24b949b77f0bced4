import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post } from '@nestjs/common';
import { WriteEndpoint } from '@palimpsest/platform';
import { Generation, GenerationsRepository } from './generations.repository';
import { parseRebuildRequest } from './rebuild-request';
import { RebuildRunner } from './rebuild-runner';

/** Rebuilds of the read models from the start of the log, and their progress. */
@Controller('admin/rebuilds')
export class RebuildsController {
  constructor(
    private readonly runner: RebuildRunner,
    private readonly generations: GenerationsRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @WriteEndpoint()
  async start(@Body() body: unknown) {
    const projection = parseRebuildRequest(body);
    return this.view(projection, await this.runner.start());
  }

  @Get()
  async list() {
    return (await this.generations.findAll()).map((generation) => this.view('projection', generation));
  }

  @Get(':generation')
  async show(@Param('generation', ParseIntPipe) number: number) {
    const generation = await this.generations.find(number);
    if (!generation) throw new NotFoundException(`no rebuild ${number}`);
    return this.view('projection', generation);
  }

  private view(projection: string, generation: Generation) {
    const live = generation.status === 'building' ? this.runner.progress(generation.generation) : null;
    return {
      id: generation.generation,
      projection,
      status: generation.status,
      totalEvents: generation.totalEvents,
      appliedEvents: Math.min(live?.appliedEvents ?? generation.appliedEvents, generation.totalEvents),
      eventsPerSecond: live?.eventsPerSecond ?? overallRate(generation),
      startedAt: generation.startedAt,
      switchedAt: generation.switchedAt,
      error: generation.error,
    };
  }
}

/** A finished rebuild's rate over its whole run; none for generation 1, which the live consumer built. */
function overallRate(generation: Generation): number | null {
  if (!generation.switchedAt || generation.rebuildGroup === null) return null;
  const seconds = (Date.parse(generation.switchedAt) - Date.parse(generation.startedAt)) / 1000;
  return seconds > 0 ? Math.round(generation.totalEvents / seconds) : null;
}
