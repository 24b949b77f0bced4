import { NotFoundException } from '@nestjs/common';
import type { ReadModelsRepository } from '../read-models.repository';

/** 404 unless the report is known; the report row otherwise. */
export async function requireReport(readModels: ReadModelsRepository, reportId: string) {
  const report = await readModels.findReport(reportId);
  if (!report) throw new NotFoundException(`no report with id "${reportId}"`);
  return report;
}
