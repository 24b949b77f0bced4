import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectionResources } from '../projection-resources';
import { generationConsumer } from './generation-tables';

export type GenerationStatus = 'building' | 'active' | 'retired' | 'failed';

export interface Generation {
  generation: number;
  status: GenerationStatus;
  rebuildGroup: string | null;
  endOffsets: PartitionOffsets;
  totalEvents: number;
  appliedEvents: number;
  startedAt: string;
  switchedAt: string | null;
  error: string | null;
}

/** What a switch-over attempt found: done, not caught up with the live consumer yet, or nothing left to switch. */
export type SwitchOutcome = 'switched' | 'behind' | 'no-longer-building';

/** Offsets keyed `topic:partition`. */
export type PartitionOffsets = Record<string, string>;

const ACTIVE = `SELECT generation FROM projection.read_model_generations WHERE status = 'active'`;

/** The generation queries read now. */
export async function findActiveGeneration(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(ACTIVE);
  return row?.generation ?? 1;
}

/** The pointer table: which generation of the read models is active, and how far a rebuild has got. */
@Injectable()
export class GenerationsRepository {
  private readonly dataSource: DataSource;

  constructor(resources: ProjectionResources) {
    this.dataSource = resources.dataSource;
  }

  /**
   * The active generation, share-locked until the caller's transaction ends, so
   * a switch-over waits for events being applied. A switch committing meanwhile
   * makes the first read see no active row (read committed re-checks the locked
   * row only), hence the second read with a fresh snapshot.
   */
  async lockActiveForApply(manager: EntityManager): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [row] = await manager.query(`${ACTIVE} FOR SHARE`);
      if (row) return row.generation;
    }
    throw new Error('no active read-model generation');
  }

  async find(generation: number): Promise<Generation | null> {
    const [row] = await this.dataSource.query(`SELECT * FROM projection.read_model_generations WHERE generation = $1`, [
      generation,
    ]);
    return row ? toGeneration(row) : null;
  }

  async findAll(): Promise<Generation[]> {
    const rows = await this.dataSource.query(`SELECT * FROM projection.read_model_generations ORDER BY generation`);
    return rows.map(toGeneration);
  }

  async findBuilding(): Promise<Generation | null> {
    const [row] = await this.dataSource.query(
      `SELECT * FROM projection.read_model_generations WHERE status = 'building'`,
    );
    return row ? toGeneration(row) : null;
  }

  /** Adds the next generation as `building`; one rebuild at a time. */
  async addBuilding(groupPrefix: string, endOffsets: PartitionOffsets, total: number): Promise<Generation> {
    try {
      const [row] = await this.dataSource.query(
        `INSERT INTO projection.read_model_generations (generation, status, rebuild_group, end_offsets, total_events)
         SELECT max(generation) + 1, 'building', $1 || (max(generation) + 1), $2, $3
         FROM projection.read_model_generations RETURNING *`,
        [groupPrefix, JSON.stringify(endOffsets), total],
      );
      return toGeneration(row);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      throw new ConflictException('a rebuild is already running: see GET /admin/rebuilds');
    }
  }

  async recordApplied(generation: number, applied: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection.read_model_generations SET applied_events = $2 WHERE generation = $1 AND status = 'building'`,
      [generation, applied],
    );
  }

  async markFailed(generation: number, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection.read_model_generations SET status = 'failed', error = $2 WHERE generation = $1`,
      [generation, error.slice(0, 500)],
    );
  }

  /**
   * Makes `generation` active, if it is still building and has applied at
   * least everything the live consumer applied to the active one. The active
   * row is locked first, so no live event is half-applied while the positions
   * are compared, and two runners (the moments around a lost rebuild lock) can
   * never both switch: the second finds the generation no longer building.
   */
  async switchOver(generation: number, liveGroup: string): Promise<SwitchOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [active] = await manager.query(`${ACTIVE} FOR UPDATE`);
      // No active row: a switch committed while this one waited for the lock (see lockActiveForApply); look again next time.
      if (!active) return 'behind';
      const [candidate] = await manager.query(
        `SELECT status FROM projection.read_model_generations WHERE generation = $1`,
        [generation],
      );
      if (candidate?.status !== 'building') return 'no-longer-building';
      const behind = await manager.query(
        `SELECT live.topic, live.partition FROM projection.consumer_progress live
         LEFT JOIN projection.consumer_progress rebuilt
           ON rebuilt.consumer = $2 AND rebuilt.topic = live.topic AND rebuilt.partition = live.partition
         WHERE live.consumer = $1 AND live.next_offset > COALESCE(rebuilt.next_offset, 0)`,
        [generationConsumer(liveGroup, active.generation), generationConsumer(liveGroup, generation)],
      );
      if (behind.length > 0) return 'behind';
      await manager.query(`UPDATE projection.read_model_generations SET status = 'retired' WHERE generation = $1`, [
        active.generation,
      ]);
      await manager.query(
        `UPDATE projection.read_model_generations SET status = 'active', switched_at = now(), applied_events = total_events
         WHERE generation = $1`,
        [generation],
      );
      return 'switched';
    });
  }
}

function toGeneration(row: Record<string, any>): Generation {
  return {
    generation: row.generation,
    status: row.status,
    rebuildGroup: row.rebuild_group,
    endOffsets: row.end_offsets ?? {},
    totalEvents: Number(row.total_events),
    appliedEvents: Number(row.applied_events),
    startedAt: row.started_at.toISOString(),
    switchedAt: row.switched_at ? row.switched_at.toISOString() : null,
    error: row.error,
  };
}
