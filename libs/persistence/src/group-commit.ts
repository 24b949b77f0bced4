import type { DataSource, EntityManager } from 'typeorm';

export type TransactionWork<T> = (manager: EntityManager) => Promise<T>;

interface Unit {
  key: string;
  work: TransactionWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (failure: unknown) => void;
}

export interface GroupCommitOptions {
  /** Transactions in flight at once; units that arrive while all are busy wait and go together. */
  concurrency: number;
  /** Most units one transaction runs. */
  maxUnits: number;
}

/**
 * Group commit: units of work that arrive while the database is busy share
 * the next transaction (one BEGIN, one COMMIT, one WAL flush for all), so the
 * commit cost per unit falls as load rises. A unit that arrives while a slot
 * is free starts a transaction at once, so nothing waits at low load.
 *
 * A transaction runs its units one after another in order of `key` (arrival
 * order within a key), so two transactions take row locks in one order and
 * cannot deadlock, and units of one key see each other's writes as they would
 * in turn. When a shared transaction fails, each of its units is run again
 * alone, so one unit's error never fails another, and each caller sees only
 * its own outcome.
 */
export class GroupCommit {
  private readonly waiting: Unit[] = [];
  private inFlight = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: GroupCommitOptions,
  ) {}

  /** Runs `work` in a transaction, maybe shared with other units; settles with its own result. */
  run<T>(key: string, work: TransactionWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ key, work, resolve: resolve as (value: unknown) => void, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight < this.options.concurrency && this.waiting.length > 0) {
      const units = this.waiting.splice(0, this.options.maxUnits);
      this.inFlight++;
      void this.commit(units).finally(() => {
        this.inFlight--;
        this.next();
      });
    }
  }

  private async commit(units: Unit[]): Promise<void> {
    if (units.length === 1) return this.alone(units[0]);
    // Stable: units of one key keep their arrival order.
    const ordered = [...units].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let results: unknown[];
    try {
      results = await this.dataSource.transaction(async (manager) => {
        const done: unknown[] = [];
        for (const unit of ordered) done.push(await unit.work(manager));
        return done;
      });
    } catch {
      for (const unit of ordered) await this.alone(unit);
      return;
    }
    ordered.forEach((unit, index) => unit.resolve(results[index]));
  }

  private async alone(unit: Unit): Promise<void> {
    try {
      unit.resolve(await this.dataSource.transaction(unit.work));
    } catch (error) {
      unit.reject(error);
    }
  }
}
