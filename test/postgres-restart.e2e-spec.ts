import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ChildApps } from './support/child-apps';
import {
  expectEveryEventProjectedOnce,
  expectOneAlertPerChangedRevision,
  expectReadModelsEqualRebuild,
} from './support/fault-expectations';
import type { ScenarioResult } from './support/fault-scenario';
import { runFaultScenario } from './support/fault-scenario';

const REPORTS = 50;
const CAPTURES_PER_REPORT = 4;
const CAPTURES = REPORTS * CAPTURES_PER_REPORT;

/**
 * PostgreSQL restarts mid-stream: every pooled connection dies, transactions
 * in flight roll back, and the apps must carry on without being restarted.
 * The restart affects every database on the machine, so it is done once and
 * kept short. PALIMPSEST_PG_RESTART overrides the command for other setups.
 */
const RESTART_COMMAND = (
  process.env.PALIMPSEST_PG_RESTART ?? 'pg_ctlcluster --skip-systemctl-redirect 15 main restart'
).split(' ');

describe('postgres restart: the database server restarts mid-stream', () => {
  const apps = new ChildApps();
  let result: ScenarioResult;

  beforeAll(async () => {
    const restartPostgres = async () => {
      await promisify(execFile)(RESTART_COMMAND[0], RESTART_COMMAND.slice(1), { timeout: 60_000 });
    };
    result = await runFaultScenario(apps, [{ name: 'postgres restart', afterCaptures: 60, inject: restartPostgres }], {
      reports: REPORTS,
      capturesPerReport: CAPTURES_PER_REPORT,
      settleTimeoutMs: 140_000,
      ratePerSecond: 8,
    });
    console.log(
      `postgres restart faults: ${JSON.stringify(result.faults)} statuses: ${JSON.stringify(result.statuses)} repeated webhooks: ${JSON.stringify(result.repeatedDeliveries)}`,
    );
  }, 175_000);

  afterAll(async () => {
    await apps.stop();
  });

  it('then the server was restarted once while every app kept running', () => {
    expect(result.faults.map((fault) => fault.name)).toEqual(['postgres restart']);
    for (const app of ['ingest', 'diff', 'projection', 'alerts'] as const) expect(apps.isRunning(app)).toBe(true);
  });

  it('then no revision is missing or numbered twice, and every derived event was projected once', () => {
    expectEveryEventProjectedOnce(result, CAPTURES);
  });

  it('then every read model equals its rebuild from the log, and every alert was delivered under one id', () => {
    expectReadModelsEqualRebuild(result);
    // One subscription has one head-of-line delivery: only the POST in flight when the fault hit may go out again.
    expectOneAlertPerChangedRevision(result, 1);
  });
});
