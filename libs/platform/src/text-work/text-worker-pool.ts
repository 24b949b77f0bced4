import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { BudgetExceededError } from '@palimpsest/kafka';
import { Piscina } from 'piscina';
import type { Closeables } from '../closeables';
import type { EnvReader } from '../env-reader';
import type { TextTaskName, TextTasks } from './text-tasks';
import type { TextWorkMessage } from './text-worker';

export interface TextWorkConfig {
  /**
   * Worker threads for text work. At least two, so one hostile page running
   * out its budget does not queue every other page behind it.
   */
  textWorkThreads: number;
  /** Longest a single task may run before its worker is stopped. */
  textWorkBudgetMs: number;
}

export function readTextWorkConfig(reader: EnvReader): TextWorkConfig {
  return {
    textWorkThreads: reader.integer('TEXT_WORK_THREADS', Math.max(2, availableParallelism() - 1), {
      min: 1,
      max: 64,
    }),
    textWorkBudgetMs: reader.integer('TEXT_WORK_BUDGET_MS', 60_000, { min: 100 }),
  };
}

/**
 * Runs text work (normalising a page, analysing a revision, comparing two)
 * on worker threads, so a large or hostile page cannot starve the event loop
 * that answers /health, handles SIGTERM and feeds the other partitions. A
 * task that runs past its budget has its worker terminated (piscina replaces
 * it) and fails with BudgetExceededError, which consumers dead-letter with
 * the cause `budget-exceeded`.
 */
export class TextWorkerPool {
  private readonly pool: Piscina;

  constructor(private readonly config: TextWorkConfig) {
    this.pool = new Piscina({
      filename: workerFilename(),
      minThreads: config.textWorkThreads,
      maxThreads: config.textWorkThreads,
    });
  }

  async run<K extends TextTaskName>(task: K, input: Parameters<TextTasks[K]>[0]): Promise<ReturnType<TextTasks[K]>> {
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.config.textWorkBudgetMs);
    });
    const message: TextWorkMessage = { task, input, started: port2 };
    try {
      return await this.pool.run(message, { transferList: [port2], signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) {
        throw new BudgetExceededError(`${task} ran past its budget of ${this.config.textWorkBudgetMs} ms`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** The app's pool, closed with its other resources on shutdown. */
export function startTextWork(config: TextWorkConfig, closeables: Closeables): TextWorkerPool {
  const pool = new TextWorkerPool(config);
  closeables.add('text worker pool', () => pool.close());
  return pool;
}

/**
 * The compiled worker. Under ts-jest this module is TypeScript while a worker
 * thread can only load JavaScript, so tests use the build (`npm test` builds first).
 */
function workerFilename(): string {
  if (__filename.endsWith('.js')) return join(__dirname, 'text-worker.js');
  const repoRoot = resolve(__dirname, '../../../..');
  return join(repoRoot, 'dist/libs/platform/src/text-work/text-worker.js');
}
