import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiQueryFields, WriteEndpoint } from '@palimpsest/platform';
import { CaptureRequestDto, parseCaptureRequest, rawBodyCapture, rawCaptureQuery } from './capture-request';
import { CaptureOutcome, CaptureOutcomeDto, RecordCaptureService } from './record-capture.service';

@ApiTags('captures')
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
  @ApiOperation({
    summary: 'Record a capture of a report page as a new revision (or "unchanged")',
    description:
      'JSON, or the page itself as a text/html or text/plain body with url, observedAt and publishedAt as query parameters.',
  })
  @ApiConsumes('application/json', 'text/html', 'text/plain')
  @ApiBody({ type: CaptureRequestDto })
  @ApiQueryFields(rawCaptureQuery)
  @ApiAcceptedResponse({ type: CaptureOutcomeDto.Output })
  @ApiBadRequestResponse({ description: 'an invalid field, named in the message' })
  @ApiPayloadTooLargeResponse({ description: 'over CAPTURE_MAX_BYTES' })
  @ApiUnprocessableEntityResponse({ description: 'no readable text, or too large to read' })
  async capture(
    @Body() body: unknown,
    @Query() query: Record<string, string>,
    @Headers('content-type') contentType = '',
  ): Promise<CaptureOutcome> {
    const parsed = parseCaptureRequest(typeof body === 'string' ? rawBody(body, query, contentType) : body, new Date());
    if (!parsed.ok) throw new BadRequestException(parsed.reason);
    return this.recordCapture.record(parsed.value);
  }
}

function rawBody(body: string, query: Record<string, string>, contentType: string): Record<string, unknown> {
  const raw = rawBodyCapture(body, query, contentType);
  if (!raw.ok) throw new BadRequestException(raw.reason);
  return raw.value;
}
