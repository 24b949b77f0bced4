import { dropDatabase, ensureDatabase, openServiceDatabase } from '@palimpsest/persistence';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { CreateReadModelsV11732780200000 } from '../../apps/projection/src/migrations/1732780200000-create-read-models-v1';
import { CreateHistoryReadModelsV11732780300000 } from '../../apps/projection/src/migrations/1732780300000-create-history-read-models-v1';
import type { Benchmark, BenchRow } from '../benchmark';
import { measurePair } from './latency';
import { loadReadModels } from './load-read-models';
import { queryPairs } from './query-pairs';
import { syntheticHistory } from './synthetic-history';

/**
 * Issue 4: the analysts' queries (figure history, as-of, changes feed) over
 * 10,000 reports of 5 revisions, through the projection's repositories against
 * bare SQL for the same rows, in a throwaway database.
 */
export const historyQueriesBenchmark: Benchmark = {
  name: 'history-queries',
  needs: ['postgres'],
  async run(context): Promise<BenchRow[]> {
    const url = `${context.databaseServer}/bench_history_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(url);
    const dataSource = await openServiceDatabase({
      url,
      schema: 'projection',
      migrations: [CreateReadModelsV11732780200000, CreateHistoryReadModelsV11732780300000],
      poolSize: 2,
    });
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      context.progress('generating 10,000 reports x 5 revisions');
      await loadReadModels(client, syntheticHistory(), context.progress);
      const rows: BenchRow[] = [];
      for (const pair of queryPairs(dataSource, client)) rows.push(...(await measurePair(pair, context.progress)));
      return rows;
    } finally {
      await client.end().catch(() => undefined);
      await dataSource.destroy();
      await dropDatabase(url);
    }
  },
};
