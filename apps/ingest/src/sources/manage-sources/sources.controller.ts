import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { WriteEndpoint } from '@palimpsest/platform';
import { IngestResources } from '../../ingest-resources';
import { Source } from '../source';
import { SourcesRepository } from '../sources.repository';
import { IntervalBounds, NewSourceDto, parseNewSource, parseSourceChanges, SourceChangesDto } from './source-request';
import { SourceDetailDto, SourceListDto, SourceViewDto } from './source-views';

/** Watched pages, feeds and sitemaps: add, list, inspect (with every watched URL's state), change, remove. */
@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  private readonly bounds: IntervalBounds;

  constructor(
    resources: IngestResources,
    private readonly sources: SourcesRepository,
  ) {
    const { defaultIntervalMs, minIntervalMs } = resources.config.sources;
    this.bounds = { defaultMs: defaultIntervalMs, minMs: minIntervalMs };
  }

  /** 201 with the new source; 200 with the existing one when the same kind and URL is added again. */
  @Post()
  @WriteEndpoint()
  @ApiBody({ type: NewSourceDto })
  @ApiCreatedResponse({ type: SourceViewDto.Output, description: 'added; 200 with the same when it existed' })
  @ApiBadRequestResponse({ description: 'an invalid field, named in the message' })
  async add(@Body() body: unknown, @Res({ passthrough: true }) response: { status(code: number): unknown }) {
    const parsed = parseNewSource(body, this.bounds, new Date());
    if (!parsed.ok) throw new BadRequestException(parsed.reason);
    const { source, created } = await this.sources.add(parsed.value, parsed.value.kind === 'url' ? 'page' : 'listing');
    response.status(created ? 201 : 200);
    return present(source);
  }

  @Get()
  @ApiOkResponse({ type: SourceListDto.Output })
  async list() {
    return { items: (await this.sources.list()).map(present) };
  }

  @Get(':id')
  @ApiOkResponse({ type: SourceDetailDto.Output })
  @ApiNotFoundResponse({ description: 'unknown source' })
  async show(@Param('id') id: string) {
    const source = await this.sources.find(id);
    if (!source) throw new NotFoundException(`no source ${id}`);
    return { ...present(source), targets: await this.sources.targetsOf(id) };
  }

  @Patch(':id')
  @WriteEndpoint()
  @ApiBody({ type: SourceChangesDto })
  @ApiOkResponse({ type: SourceViewDto.Output })
  @ApiBadRequestResponse({ description: 'nothing to change, or an invalid field' })
  @ApiNotFoundResponse({ description: 'unknown source' })
  async change(@Param('id') id: string, @Body() body: unknown) {
    const parsed = parseSourceChanges(body, this.bounds);
    if (!parsed.ok) throw new BadRequestException(parsed.reason);
    const source = await this.sources.update(id, parsed.value);
    if (!source) throw new NotFoundException(`no source ${id}`);
    return present(source);
  }

  @Delete(':id')
  @WriteEndpoint()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'removed' })
  @ApiNotFoundResponse({ description: 'unknown source' })
  async remove(@Param('id') id: string): Promise<void> {
    if (!(await this.sources.remove(id))) throw new NotFoundException(`no source ${id}`);
  }
}

function present({ intervalMs, ...source }: Source) {
  return { ...source, intervalSeconds: intervalMs / 1_000 };
}
