import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ExportRequest, ExportResponse, sendRows } from '../exports/send-rows';
import { requireReport } from '../http/require-report';
import { FigureHistoryDto } from '../http/responses';
import { ReadModelsRepository } from '../read-models.repository';
import { FigureHistoryRepository } from './figure-history.repository';
import { HISTORY_COLUMNS } from './history-columns';

const EXPORT_TYPES = ['application/json', 'text/csv', 'application/x-ndjson'];

@ApiTags('figures')
@Controller('reports')
export class FigureHistoryController {
  constructor(
    private readonly readModels: ReadModelsRepository,
    private readonly history: FigureHistoryRepository,
  ) {}

  @Get([':id/figures/:key/history', ':id/figures/:key/history.csv', ':id/figures/:key/history.jsonl'])
  @ApiOperation({
    summary: "One figure's history: every change with the interval its value held on both time axes",
    description: 'CSV or JSON Lines with `Accept: text/csv` / `application/x-ndjson` or the `.csv` / `.jsonl` suffix.',
  })
  @ApiParam({ name: 'key', description: 'figure key, "/" encoded as %2F, e.g. followers%2Faccount-follow-page' })
  @ApiProduces(...EXPORT_TYPES)
  @ApiOkResponse({ type: FigureHistoryDto.Output, description: '{ key, items } or the export' })
  @ApiNotFoundResponse({ description: 'unknown report or figure key' })
  async figureHistory(
    @Param('id') id: string,
    @Param('key') key: string,
    @Req() request: ExportRequest,
    @Res({ passthrough: true }) response: ExportResponse,
  ) {
    await requireReport(this.readModels, id);
    const items = await this.history.findHistory(id, key);
    if (items.length === 0) throw new NotFoundException(`report ${id} has no figure with key "${key}"`);
    return sendRows(request, response, HISTORY_COLUMNS, items, () => ({ key, items }));
  }

  @Get([':id/history', ':id/history.csv', ':id/history.jsonl'])
  @ApiOperation({ summary: "Every figure's history in one report, for export (JSON, CSV, JSON Lines)" })
  @ApiProduces(...EXPORT_TYPES)
  @ApiOkResponse({ type: FigureHistoryDto.Output, description: '{ items } or the export' })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async reportHistory(
    @Param('id') id: string,
    @Req() request: ExportRequest,
    @Res({ passthrough: true }) response: ExportResponse,
  ) {
    await requireReport(this.readModels, id);
    const items = await this.history.findHistory(id);
    return sendRows(request, response, HISTORY_COLUMNS, items, () => ({ items }));
  }
}
