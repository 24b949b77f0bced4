import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { canonicalUrl } from '@palimpsest/contracts';
import { ReadModelsRepository } from './read-models.repository';

@Controller('reports')
export class ReportsController {
  constructor(private readonly readModels: ReadModelsRepository) {}

  @Get()
  async list(@Query('url') url?: string) {
    let canonical: string | undefined;
    if (url !== undefined) {
      try {
        canonical = canonicalUrl(url);
      } catch {
        throw new BadRequestException('"url" is not a valid URL');
      }
    }
    return { items: await this.readModels.findReports({ canonicalUrl: canonical }, 100) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return (await this.readModels.findReport(id)) ?? notFound(id);
  }

  @Get(':id/revisions')
  async revisions(@Param('id') id: string) {
    await this.get(id);
    return { items: await this.readModels.findRevisions(id) };
  }

  @Get(':id/amendments')
  async amendments(@Param('id') id: string) {
    await this.get(id);
    return { items: await this.readModels.findAmendments(id) };
  }

  @Get(':id/figures')
  async figures(@Param('id') id: string) {
    await this.get(id);
    return { items: await this.readModels.findCurrentFigures(id) };
  }

  @Get(':id/figures/:key/history')
  async figureHistory(@Param('id') id: string, @Param('key') key: string) {
    await this.get(id);
    const items = await this.readModels.findFigureHistory(id, key);
    if (items.length === 0) throw new NotFoundException(`report ${id} has no figure with key "${key}"`);
    return { key, items };
  }
}

function notFound(id: string): never {
  throw new NotFoundException(`no report with id "${id}"`);
}
