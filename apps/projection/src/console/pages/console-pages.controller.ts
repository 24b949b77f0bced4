import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { ConsolePages } from './console-pages';

/** The web console: the live feed, a report's page, the diff viewer; their scripts under /console. */
@ApiExcludeController()
@Controller()
export class ConsolePagesController {
  constructor(private readonly pages: ConsolePages) {}

  @Get()
  feed(@Res() response: ServerResponse) {
    return this.pages.send(response, 'feed.html');
  }

  @Get('reports/:id/view')
  report(@Res() response: ServerResponse) {
    return this.pages.send(response, 'report.html');
  }

  @Get('reports/:id/compare')
  compare(@Res() response: ServerResponse) {
    return this.pages.send(response, 'diff.html');
  }

  @Get('console/format.js')
  formatScript(@Res() response: ServerResponse) {
    this.pages.sendFormatScript(response);
  }

  @Get('console/vendor/:name')
  vendor(@Param('name') name: string, @Res() response: ServerResponse) {
    return this.pages.sendVendor(response, name);
  }

  @Get('console/:name')
  asset(@Param('name') name: string, @Res() response: ServerResponse) {
    return this.pages.send(response, name);
  }
}
