import { createKafkaClient } from '@palimpsest/kafka';
import type { Admin } from 'kafkajs';
import { Client } from 'pg';
import { READ_MODEL_TABLES } from '../apps/projection/src/rebuild/generation-tables';
import { streamCaptures } from './support/capture-stream';
import type { AppInstance } from './support/child-apps';
import { ChildApps } from './support/child-apps';
import { generationDifferences, withDatabase } from './support/pipeline-audit';
import { waitFor } from '../deploy/kafka/wait-for';

const REPORTS = 20;
const CAPTURES_PER_REPORT = 3;
const CAPTURES = REPORTS * CAPTURES_PER_REPORT;

interface RebuildView {
  id: number;
  status: string;
  totalEvents: number;
  appliedEvents: number;
  eventsPerSecond: number | null;
}

interface Refusal {
  status: number;
  message: string;
}

/**
 * Two projection instances in one consumer group, and a rebuild of the read
 * models. The rebuild is started on the first instance, which is killed with
 * SIGKILL while the rebuild is `building`; the second must take it over. The
 * first is then started again while the rebuild runs on the second: it must
 * not join the rebuild's consumer group (two members would split its
 * partitions and neither would ever see the whole log caught up).
 *
 * To kill the runner while the rebuild is certainly building, whatever the
 * machine's speed, the test holds a share lock on the active generation's row
 * in the pointer table: the live consumers take the same share lock and are
 * not held up, but the switch-over needs that row for update, so the rebuild
 * reads the whole log and then waits at the switch until the test lets go.
 */
describe('rebuild with two projection instances: one runner, taken over when it dies', () => {
  const apps = new ChildApps();
  let kafkaAdmin: Admin;
  let holdSwitch: Client;
  let rebuildGroup: string;
  let started: { status: number; body: RebuildView };
  let seenOnOtherInstance: RebuildView;
  let refusedOnOther: Refusal;
  let refusedOnRunner: Refusal;
  let lockHolderAfterKill: string;
  let statusAfterKill: string;
  let lockHolderAfterRestart: string[];
  let groupAfterRestart: { state: string; members: number };
  let seenOnRestarted: RebuildView;
  let finished: RebuildView;
  let previous: RebuildView;
  let lockHoldersAfterSwitch: string[];
  let differences: Record<string, number>;

  const url = (instance: AppInstance, path: string) => `${apps.url(instance)}${path}`;
  const port = (instance: AppInstance) => new URL(apps.url(instance)).port;
  const rebuildAt = async (instance: AppInstance, id: number) =>
    (await (await fetch(url(instance, `/admin/rebuilds/${id}`))).json()) as RebuildView;
  const postRebuild = (instance: AppInstance) =>
    fetch(url(instance, '/admin/rebuilds'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apps.env.API_TOKEN}` },
      body: JSON.stringify({ projection: 'projection' }),
    });
  const refusal = async (instance: AppInstance): Promise<Refusal> => {
    const response = await postRebuild(instance);
    return { status: response.status, message: ((await response.json()) as { message: string }).message };
  };

  beforeAll(async () => {
    for (const instance of ['ingest', 'diff', 'projection', 'projection#2'] as const) await apps.start(instance);
    kafkaAdmin = createKafkaClient({
      brokers: apps.env.KAFKA_BROKERS.split(','),
      clientId: `${apps.runId}-inspector`,
    }).admin();
    await kafkaAdmin.connect();

    await streamCaptures({
      ingestUrl: () => apps.url('ingest'),
      token: apps.env.API_TOKEN,
      reports: REPORTS,
      capturesPerReport: CAPTURES_PER_REPORT,
      concurrency: 4,
      ratePerSecond: 30,
      deadline: Date.now() + 60_000,
    });
    await waitFor(
      () => projected(apps.databaseUrl),
      (counts) => isProjected(counts, CAPTURES),
      {
        timeoutMs: 60_000,
        intervalMs: 500,
        what: 'every capture in the live read models',
      },
    );

    holdSwitch = new Client({ connectionString: apps.databaseUrl });
    await holdSwitch.connect();
    await holdSwitch.query('BEGIN');
    await holdSwitch.query(
      `SELECT generation FROM projection.read_model_generations WHERE status = 'active' FOR SHARE`,
    );
    const holdPid: number = (await holdSwitch.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;

    const response = await postRebuild('projection');
    started = { status: response.status, body: (await response.json()) as RebuildView };
    if (started.status !== 202) throw new Error(`rebuild refused: ${started.status} ${JSON.stringify(started.body)}`);
    const id = started.body.id;
    rebuildGroup = await withDatabase(
      apps.databaseUrl,
      async (client) =>
        (await client.query(`SELECT rebuild_group FROM projection.read_model_generations WHERE generation = $1`, [id]))
          .rows[0].rebuild_group,
    );
    await waitFor(
      () => switchOversWaitingFor(apps.databaseUrl, holdPid),
      (waiting) => waiting > 0,
      {
        timeoutMs: 60_000,
        intervalMs: 200,
        what: 'the rebuild to read the whole log and wait at the switch-over',
      },
    );
    seenOnOtherInstance = await rebuildAt('projection#2', id);
    refusedOnOther = await refusal('projection#2');
    refusedOnRunner = await refusal('projection');

    await apps.kill('projection');
    statusAfterKill = (await rebuildAt('projection#2', id)).status;
    // The killed runner's lock connection closes with its process; the survivor's watch finds the lock free.
    [lockHolderAfterKill] = await waitFor(
      () => rebuildLockHolders(apps.databaseUrl),
      (holders) => holders.length === 1 && holders[0].includes(`port=${port('projection#2')} `),
      { timeoutMs: 30_000, intervalMs: 200, what: 'projection#2 to take the rebuild lock over' },
    );

    await apps.start('projection');
    groupAfterRestart = await waitFor(
      () => groupMembers(kafkaAdmin, rebuildGroup),
      (group) => group.state === 'Stable',
      { timeoutMs: 60_000, intervalMs: 500, what: `the rebuild group ${rebuildGroup} to settle` },
    );
    lockHolderAfterRestart = await rebuildLockHolders(apps.databaseUrl);
    seenOnRestarted = await rebuildAt('projection', id);

    await holdSwitch.query('ROLLBACK');
    finished = await waitFor(
      () => rebuildAt('projection', id),
      (rebuild) => rebuild.status !== 'building',
      { timeoutMs: 30_000, intervalMs: 250, what: `rebuild ${id} to finish` },
    );
    previous = await rebuildAt('projection#2', id - 1);
    lockHoldersAfterSwitch = await waitFor(
      () => rebuildLockHolders(apps.databaseUrl),
      (holders) => holders.length === 0,
      { timeoutMs: 10_000, intervalMs: 200, what: 'the rebuild lock to be released' },
    );
    differences = await generationDifferences(apps.databaseUrl, READ_MODEL_TABLES, id);
  }, 170_000);

  afterAll(async () => {
    await holdSwitch?.end().catch(() => undefined);
    await kafkaAdmin?.disconnect();
    await apps.stop();
  });

  it('then the rebuild started on the first instance and read the whole log there', () => {
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ id: 2, status: 'building' });
    expect(started.body.totalEvents).toBeGreaterThan(CAPTURES * 2);
  });

  it('then the other instance reported its progress from the database', () => {
    expect(seenOnOtherInstance).toMatchObject({ id: 2, status: 'building', totalEvents: started.body.totalEvents });
    expect(seenOnOtherInstance.appliedEvents).toBe(started.body.totalEvents);
    expect(typeof seenOnOtherInstance.eventsPerSecond).toBe('number');
  });

  it('then a second rebuild was refused with 409 and the reason, on either instance', () => {
    for (const refused of [refusedOnOther, refusedOnRunner]) {
      expect(refused.status).toBe(409);
      expect(refused.message).toContain('rebuild 2 is already building');
    }
  });

  it('then, the runner killed, the rebuild was still building and the surviving instance took its lock', () => {
    expect(statusAfterKill).toBe('building');
    expect(lockHolderAfterKill).toContain(`port=${port('projection#2')} `);
  });

  it('then the instance started again while the rebuild ran stayed out of it: one runner, one group member', () => {
    expect(seenOnRestarted.status).toBe('building');
    expect(lockHolderAfterRestart).toEqual([lockHolderAfterKill]);
    expect(groupAfterRestart).toEqual({ state: 'Stable', members: 1 });
  });

  it('then the rebuild switched over, the old generation retired, and the lock was released', () => {
    expect(finished).toMatchObject({ id: 2, status: 'active', totalEvents: started.body.totalEvents });
    expect(finished.appliedEvents).toBe(finished.totalEvents);
    expect(previous.status).toBe('retired');
    expect(lockHoldersAfterSwitch).toEqual([]);
  });

  it('then every rebuilt read model equals the live one, row for row', () => {
    expect(differences).toEqual(Object.fromEntries(READ_MODEL_TABLES.map((table) => [table, 0])));
  });
});

interface ProjectedCounts {
  revisions: number;
  analyses: number;
  figureChanges: number;
  figureChangedEvents: number;
  unpublished: number;
}

function projected(databaseUrl: string): Promise<ProjectedCounts> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT
      (SELECT count(*) FROM projection.revisions_v1)::int AS revisions,
      (SELECT count(*) FROM projection.revision_analyses_v1)::int AS analyses,
      (SELECT count(*) FROM projection.figure_history_v1)::int AS "figureChanges",
      (SELECT count(*) FROM diff.outbox WHERE message->>'type' = 'FigureChanged')::int AS "figureChangedEvents",
      (SELECT count(*) FROM ingest.outbox WHERE published_at IS NULL)::int
        + (SELECT count(*) FROM diff.outbox WHERE published_at IS NULL)::int AS unpublished`);
    return rows[0];
  });
}

function isProjected(counts: ProjectedCounts, captures: number): boolean {
  return (
    counts.revisions === captures &&
    counts.analyses === captures &&
    counts.unpublished === 0 &&
    counts.figureChanges === counts.figureChangedEvents
  );
}

/** Switch-overs (the pointer row locked for update) waiting for the test's share lock. */
function switchOversWaitingFor(databaseUrl: string, holderPid: number): Promise<number> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE $1 = ANY(pg_blocking_pids(pid)) AND query LIKE '%read_model_generations%FOR UPDATE%'`,
      [holderPid],
    );
    return rows[0].waiting;
  });
}

/** The application names of the sessions holding the rebuild's advisory lock. */
function rebuildLockHolders(databaseUrl: string): Promise<string[]> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT activity.application_name FROM pg_locks lock
       JOIN pg_stat_activity activity ON activity.pid = lock.pid
       WHERE lock.locktype = 'advisory' AND lock.granted AND lock.database = (
         SELECT oid FROM pg_database WHERE datname = current_database()
       ) AND activity.application_name LIKE 'palimpsest-projection-rebuild%'`,
    );
    return rows.map((row) => row.application_name as string);
  });
}

async function groupMembers(admin: Admin, groupId: string): Promise<{ state: string; members: number }> {
  const { groups } = await admin.describeGroups([groupId]);
  return { state: groups[0].state, members: groups[0].members.length };
}
