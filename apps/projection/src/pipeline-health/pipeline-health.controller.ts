import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConsolePages } from '../console/pages/console-pages';
import { PipelineHealthService } from './pipeline-health.service';

@ApiTags('health')
@Controller('health')
export class PipelineHealthController {
  constructor(
    private readonly health: PipelineHealthService,
    private readonly pages: ConsolePages,
  ) {}

  @Get('pipeline.json')
  @ApiOperation({
    summary:
      'Pipeline health: lag per group and partition, events per second, last event age, dead letters, reachability',
  })
  @ApiOkResponse({ description: '{ checkedAt, broker, database, groups, deadLetters }' })
  async json() {
    return this.health.check();
  }

  /** The console page for browsers, the same JSON for everyone else. */
  @Get('pipeline')
  @ApiExcludeEndpoint()
  async pipeline(@Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    if (/text\/html/.test(request.headers.accept ?? '')) return this.pages.send(response, 'health.html');
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', vary: 'accept' });
    response.end(JSON.stringify(await this.health.check()));
  }
}
