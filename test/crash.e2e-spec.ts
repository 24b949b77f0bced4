import { ChildApps } from './support/child-apps';
import {
  expectEveryEventProjectedOnce,
  expectOneAlertPerChangedRevision,
  expectReadModelsEqualRebuild,
} from './support/fault-expectations';
import type { ScenarioResult } from './support/fault-scenario';
import { killAndRestart, runFaultScenario } from './support/fault-scenario';

const REPORTS = 50;
const CAPTURES_PER_REPORT = 10;
const CAPTURES = REPORTS * CAPTURES_PER_REPORT;

/**
 * Crash tolerance: while 500 captures of 50 reports stream in, each app in
 * turn is killed with SIGKILL and started again. Nothing may be lost and
 * nothing applied twice: the read models equal a rebuild from the log.
 */
describe('crash: kill -9 each app in turn while captures stream in', () => {
  const apps = new ChildApps();
  let result: ScenarioResult;

  beforeAll(async () => {
    result = await runFaultScenario(
      apps,
      [
        killAndRestart(apps, 'ingest', 60),
        killAndRestart(apps, 'diff', 150),
        killAndRestart(apps, 'projection', 250),
        killAndRestart(apps, 'alerts', 350),
      ],
      { reports: REPORTS, capturesPerReport: CAPTURES_PER_REPORT, settleTimeoutMs: 150_000, ratePerSecond: 12 },
    );
    console.log(
      `crash faults: ${JSON.stringify(result.faults)} statuses: ${JSON.stringify(result.statuses)} repeated webhooks: ${JSON.stringify(result.repeatedDeliveries)}`,
    );
  }, 175_000);

  afterAll(async () => {
    await apps.stop();
  });

  it('then every capture was acknowledged and every app was killed and restarted once', () => {
    expect(result.faults.map((fault) => fault.name)).toEqual([
      'kill -9 ingest, restart',
      'kill -9 diff, restart',
      'kill -9 projection, restart',
      'kill -9 alerts, restart',
    ]);
    expect(Object.values(result.statuses).reduce((sum, count) => sum + count, 0)).toBe(CAPTURES);
  });

  it('then ingest numbered each report 1..10 with no gap, every revision was analysed once and every figure change projected once', () => {
    expectEveryEventProjectedOnce(result, CAPTURES);
  });

  it('then every read model equals, row for row, its rebuild from the log', () => {
    expectReadModelsEqualRebuild(result);
  });

  it('then each revision with figure changes raised one alert holding them, delivered, and the receiver saw every delivery id', () => {
    // One subscription has one head-of-line delivery: only the POST in flight at the kill may go out again.
    expectOneAlertPerChangedRevision(result, 1);
  });
});
