import { extractFiguresFromText } from '@palimpsest/text';
import type { LoadCapture } from '../load';

/** The columns of one figure-history row, the widest row the projection writes per figure change. */
export interface FigureRow {
  reportId: string;
  figureKey: string;
  revision: number;
  value: number;
  qualifier: string;
  unit: string | null;
  observedAt: string;
  effectiveAt: string;
}

/** One row per figure of every generated capture: the rows a history rebuild writes for that load. */
export function figureRows(captures: readonly LoadCapture[]): FigureRow[] {
  return captures.flatMap((capture) =>
    extractFiguresFromText(capture.text).map((figure, index) => ({
      reportId: `rpt_raw_${String(capture.report).padStart(6, '0')}`,
      figureKey: `figure-${index}`,
      revision: capture.revision,
      value: figure.value,
      qualifier: figure.qualifier,
      unit: figure.unit ?? null,
      observedAt: capture.observedAt,
      effectiveAt: capture.observedAt,
    })),
  );
}
