import { CreateReadModelsV11732780200000 } from './1732780200000-create-read-models-v1';
import { CreateHistoryReadModelsV11732780300000 } from './1732780300000-create-history-read-models-v1';
import { CreateReadModelGenerations1732780400000 } from './1732780400000-create-read-model-generations';
import { RecordAnalysisLimits1764720000000 } from './1764720000000-record-analysis-limits';

/** The projection schema's migrations in order: the app runs them at start, the database tests too. */
export const PROJECTION_MIGRATIONS = [
  CreateReadModelsV11732780200000,
  CreateHistoryReadModelsV11732780300000,
  CreateReadModelGenerations1732780400000,
  RecordAnalysisLimits1764720000000,
];
