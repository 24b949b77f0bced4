import type { LogPosition, PalimpsestEvent } from '@palimpsest/contracts';
import { dropDatabase, ensureDatabase, inboxEntries, openServiceDatabase } from '@palimpsest/persistence';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PROJECTION_MIGRATIONS } from '../migrations';
import { READ_MODEL_TABLES } from '../rebuild/generation-tables';
import { applyClaimedEvents } from './apply-claimed-events';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReadModelApplier } from './read-model-applier';
import { ReadModelBatchApplier } from './read-model-batch-applier';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

/** Empty projection databases, migrated for real; `dropAll` removes every one it opened. */
export class ThrowawayProjectionDatabases {
  private readonly server = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
  private readonly opened: Array<{ url: string; dataSource: DataSource }> = [];

  async open(): Promise<DataSource> {
    const url = `${this.server}/int_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(url);
    const dataSource = await openServiceDatabase({
      url,
      schema: 'projection',
      migrations: PROJECTION_MIGRATIONS,
      poolSize: 2,
    });
    this.opened.push({ url, dataSource });
    return dataSource;
  }

  async dropAll(): Promise<void> {
    for (const { url, dataSource } of this.opened.splice(0)) {
      await dataSource.destroy();
      await dropDatabase(url);
    }
  }
}

/** Every read model's rows as text, sorted, to compare two databases row for row. */
export async function readModelContents(dataSource: DataSource): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const rows: Array<{ row: string }> = await dataSource.query(`SELECT t::text AS row FROM projection.${table} t`);
    tables[table] = rows.map(({ row }) => row).sort();
  }
  return tables;
}

export interface Delivery {
  /** Each batch goes in this many times in a row, as when a consumer's offset commit was lost. Default 1. */
  numberOfTimes?: number;
  /** Events per batch (one transaction each); the whole list by default. */
  batchSize?: number;
}

/**
 * A read-model spec in the manner of emmett's projection spec:
 * `given(history).when(events, { numberOfTimes: 2 }).then(check)` opens a
 * fresh database, applies `history` as one batch, delivers `events` as asked,
 * then hands the database to `check` and returns what `check` returns. Every
 * batch goes the live consumer's way: prepared by ReadModelApplier, claimed in
 * the inbox and written by ReadModelBatchApplier (applyClaimedEvents).
 */
export function readModelSpec(databases: ThrowawayProjectionDatabases) {
  return {
    given: (history: readonly PalimpsestEvent[]) => ({
      when: (events: readonly PalimpsestEvent[], delivery: Delivery = {}) => ({
        then: async <T>(check: (dataSource: DataSource) => Promise<T>): Promise<T> => {
          const dataSource = await databases.open();
          const consumed: Consumed[] = [...history, ...events].map((event, offset) => ({
            event,
            position: { topic: 'read-model-spec', partition: 0, offset: String(offset) },
          }));
          await applyAsLive(dataSource, consumed.slice(0, history.length));
          const { numberOfTimes = 1, batchSize = Math.max(events.length, 1) } = delivery;
          for (let start = history.length; start < consumed.length; start += batchSize) {
            const batch = consumed.slice(start, start + batchSize);
            for (let time = 0; time < numberOfTimes; time++) await applyAsLive(dataSource, batch);
          }
          return check(dataSource);
        },
      }),
    }),
  };
}

/** The projection's applier as the app builds it, with every projector. */
export const readModelApplier = new ReadModelApplier(
  new ReportProjector(),
  new FigureProjector(),
  new FigureIntervalProjector(),
  new ConsistencyProjector(),
  new SilentEditProjector(),
);

const LIVE_TARGET = { consumerGroup: 'read-model-spec', generation: 1 };

interface Consumed {
  event: PalimpsestEvent;
  position: LogPosition;
}

async function applyAsLive(dataSource: DataSource, batch: readonly Consumed[]): Promise<void> {
  if (batch.length === 0) return;
  const prepared = await Promise.all(batch.map(({ event }) => readModelApplier.prepare(event)));
  await dataSource.transaction((manager) =>
    applyClaimedEvents(manager, new ReadModelBatchApplier(), LIVE_TARGET, inboxEntries(batch), prepared),
  );
}
