import { copyTextLine } from '@palimpsest/persistence';
import type { FigureRow } from './figure-rows';

/** The COPY column order of the `figure_rows` table (see figure-rows-table.ts). */
export function figureRowCopyLine(row: FigureRow): string {
  return copyTextLine([
    row.reportId,
    row.figureKey,
    row.revision,
    row.value,
    row.qualifier,
    row.unit,
    row.observedAt,
    row.effectiveAt,
  ]);
}
