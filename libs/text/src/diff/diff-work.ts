import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';

/** The caps a diff can hit, named in `RevisionDiff.capsHit`. */
export type DiffCap = 'alignment' | 'block-pairing' | 'figure-pairing';

/**
 * Table cells one diff may fill aligning blocks and the words of changed
 * blocks, all together (a table of this size takes 64 MB of counters). Past
 * it a sequence is aligned on its identical elements instead (n log n).
 */
export const MAX_ALIGNMENT_CELLS = 16_000_000;

/**
 * The work of one diff, shared by its steps: counted into the meter, the
 * alignment allowance spent as tables are filled, and every cap hit remembered
 * so the diff can say which of its answers took a fallback.
 */
export class DiffWork {
  private alignmentCells = 0;
  private readonly hit = new Set<DiffCap>();

  constructor(private readonly meter: WorkMeter = NO_METER) {}

  count(step: string, units: number): void {
    this.meter.count(step, units);
  }

  /** Takes `cells` from the alignment allowance; false, with the cap recorded, when they do not fit. */
  takeAlignmentCells(cells: number): boolean {
    if (this.alignmentCells + cells > MAX_ALIGNMENT_CELLS) {
      this.capHit('alignment');
      return false;
    }
    this.alignmentCells += cells;
    this.count('alignment', cells);
    return true;
  }

  capHit(cap: DiffCap): void {
    this.hit.add(cap);
  }

  capsHit(): DiffCap[] {
    return [...this.hit].sort();
  }
}
