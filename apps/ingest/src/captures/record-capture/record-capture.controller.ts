import { BadRequestException, Body, Controller, HttpCode, Post } from '@nestjs/common';
import { parseCaptureRequest } from './capture-request';
import { CaptureOutcome, RecordCaptureService } from './record-capture.service';

@Controller('captures')
export class RecordCaptureController {
  constructor(private readonly recordCapture: RecordCaptureService) {}

  /** 202: the capture is recorded in the log; analysis follows asynchronously. */
  @Post()
  @HttpCode(202)
  async capture(@Body() body: unknown): Promise<CaptureOutcome> {
    const parsed = parseCaptureRequest(body, new Date());
    if (!parsed.ok) throw new BadRequestException(parsed.reason);
    return this.recordCapture.record(parsed.capture);
  }
}
