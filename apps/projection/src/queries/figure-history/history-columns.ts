import type { ExportColumns } from '../exports/flat-record';
import type { FigureHistoryPoint } from './figure-history.repository';

/** Export columns of a figure's history: qualifier, unit, revision and both times travel with every value. */
export const HISTORY_COLUMNS: ExportColumns<FigureHistoryPoint> = [
  ['report_id', (point) => point.reportId],
  ['key', (point) => point.key],
  ['label', (point) => point.label],
  ['section', (point) => point.section],
  ['revision', (point) => point.revision],
  ['change', (point) => point.change],
  ['value', (point) => point.value],
  ['qualifier', (point) => point.qualifier],
  ['unit', (point) => point.unit],
  ['text', (point) => point.text],
  ['from_value', (point) => point.from?.value],
  ['from_qualifier', (point) => point.from?.qualifier],
  ['from_unit', (point) => point.from?.unit],
  ['silent_edit', (point) => point.silentEdit],
  ['observed_at', (point) => point.observedAt],
  ['effective_at', (point) => point.effectiveAt],
  ['valid_from', (point) => point.validFrom],
  ['valid_to', (point) => point.validTo],
  ['recorded_from', (point) => point.recordedFrom],
  ['recorded_to', (point) => point.recordedTo],
  ['analyzer_version', (point) => point.analyzerVersion],
];
