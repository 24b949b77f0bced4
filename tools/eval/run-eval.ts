import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError } from './load/dataset-error';
import { datasetLocation, holdoutLocation } from './load/dataset-location';
import type { Dataset } from './load/dataset-types';
import { loadDataset } from './load/load-dataset';
import type { PreparedDataset } from './prepare-dataset';
import { prepareDataset } from './prepare-dataset';
import type { DatasetSummary } from './report/format-table';
import { formatTable } from './report/format-table';
import { scoreSystem } from './scoring/score-system';
import { palimpsestSystem } from './systems/palimpsest.system';
import { recognizersSystem } from './systems/recognizers/recognizers.system';

export function summarize(dataset: PreparedDataset): DatasetSummary {
  const figures = dataset.documents.flatMap((document) => document.labels.figures);
  return {
    documents: dataset.documents.length,
    figures: figures.length,
    hedged: figures.filter((figure) => figure.qualifier !== 'exact').length,
    notes: dataset.documents.reduce((sum, document) => sum + document.labels.amendments.length, 0),
    pairs: dataset.pairs.length,
    changes: dataset.pairs.reduce((sum, pair) => sum + pair.labels.figureChanges.length, 0),
  };
}

function scoreAll(loaded: Dataset) {
  const dataset = prepareDataset(loaded);
  const systems = [palimpsestSystem, recognizersSystem].map((system) => scoreSystem(system, dataset));
  return { summary: summarize(dataset), systems };
}

/**
 * Scores Palimpsest and the peer on the labelled dataset, prints the table and
 * writes dist/eval/report.json. Returns the exit code: 0 for a report whatever
 * the scores (thresholds live in accuracy.spec.ts), 1 for a dataset that breaks the format.
 */
export function runEval(repoRoot: string, env: NodeJS.ProcessEnv): number {
  const holdout = holdoutLocation(repoRoot, env);
  let loaded: Dataset;
  let loadedHoldout: Dataset | null;
  try {
    loaded = loadDataset(datasetLocation(repoRoot, env));
    loadedHoldout = holdout && loadDataset(holdout);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const main = scoreAll(loaded);
  process.stdout.write(formatTable(main.summary, main.systems));
  const held = loadedHoldout && scoreAll(loadedHoldout);
  if (held)
    process.stdout.write(
      `\nHeld-out set (dataset/holdout, not used for tuning):\n${formatTable(held.summary, held.systems)}`,
    );
  const reportDir = join(repoRoot, 'dist', 'eval');
  mkdirSync(reportDir, { recursive: true });
  const report = { ...main, ...(held && { holdout: held }) };
  writeFileSync(join(reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report with per-document errors: ${join('dist', 'eval', 'report.json')}\n`);
  return 0;
}
