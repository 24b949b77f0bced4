import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { WriteEndpoint } from '@palimpsest/platform';
import { parseCaptureRequest, rawBodyCapture } from './capture-request';
import { CaptureOutcome, RecordCaptureService } from './record-capture.service';

@Controller('captures')
export class RecordCaptureController {
  constructor(private readonly recordCapture: RecordCaptureService) {}

  /**
   * 202: the capture is recorded in the log; analysis follows asynchronously.
   * Accepts JSON `{ url, html | text, observedAt?, publishedAt? }`, or a raw
   * text/plain or text/html body with the other fields as query parameters
   * (`curl --data-binary @page.html`).
   */
  @Post()
  @WriteEndpoint()
  @HttpCode(202)
  async capture(
    @Body() body: unknown,
    @Query() query: Record<string, string>,
    @Headers('content-type') contentType = '',
  ): Promise<CaptureOutcome> {
    const parsed = parseCaptureRequest(typeof body === 'string' ? rawBody(body, query, contentType) : body, new Date());
    if (!parsed.ok) throw new BadRequestException(parsed.reason);
    return this.recordCapture.record(parsed.capture);
  }
}

function rawBody(body: string, query: Record<string, string>, contentType: string): Record<string, unknown> {
  const raw = rawBodyCapture(body, query, contentType);
  if (!raw.ok) throw new BadRequestException(raw.reason);
  return raw.request;
}
