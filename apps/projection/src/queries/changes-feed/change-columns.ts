import type { ExportColumns } from '../exports/flat-record';
import { HISTORY_COLUMNS } from '../figure-history/history-columns';
import type { FeedChange } from './changes.repository';

/** The changes feed's export: a figure history row, with the event id and the report's URL first. */
export const CHANGE_COLUMNS: ExportColumns<FeedChange> = [
  ['id', (change) => change.id],
  ['url', (change) => change.url],
  ...(HISTORY_COLUMNS as ExportColumns<FeedChange>),
];
