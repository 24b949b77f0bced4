import type { ScenarioResult } from './fault-scenario';

/** Every capture became one revision, analysed once, and every derived event reached the projection once. */
export function expectEveryEventProjectedOnce(result: ScenarioResult, captures: number): void {
  expect(result.gaps).toEqual([]);
  expect(result.counts.ingestRevisions).toBe(captures);
  expect(result.counts.diffAnalyses).toBe(captures);
  expect(result.counts.projectedRevisions).toBe(captures);
  expect(result.counts.projectedAnalyses).toBe(captures);
  expect(result.counts.projectedFigureChanges).toBe(result.counts.figureChangedEvents);
  expect(result.counts.figureChangedEvents).toBeGreaterThan(captures);
}

/** The rebuild from the log switched over, and no read model has a row the rebuild lacks or the other way round. */
export function expectReadModelsEqualRebuild(result: ScenarioResult): void {
  expect(result.rebuild.status).toBe('active');
  expect(result.differences).toEqual(Object.fromEntries(Object.keys(result.differences).map((table) => [table, 0])));
}

/**
 * One alert per revision with figure changes (it carries all of them), all delivered and all seen by the receiver. `mayRepeat` is how many
 * delivery ids may arrive twice: webhooks are at least once, and a POST in flight when an alerts
 * process is killed goes out again under the same id, which receivers deduplicate by.
 */
export function expectOneAlertPerChangedRevision(result: ScenarioResult, mayRepeat: number): void {
  expect(result.counts.deliveries).toBe(result.counts.changedRevisions);
  expect(result.counts.changedRevisions).toBeGreaterThan(0);
  expect(result.counts.deliveredDeliveries).toBe(result.counts.deliveries);
  expect(result.deliveriesSeen).toBe(result.counts.deliveries);
  expect(result.repeatedDeliveries.length).toBeLessThanOrEqual(mayRepeat);
}
