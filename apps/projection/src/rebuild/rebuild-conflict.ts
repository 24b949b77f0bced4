import type { Generation } from './generations.repository';

/**
 * Why `POST /admin/rebuilds` is refused: one rebuild at a time across every
 * instance. `building` is the generation the database records as building, if
 * any; without one, another instance holds the rebuild lock for a moment
 * (starting a rebuild, or finishing one).
 */
export function rebuildConflictReason(building: Generation | null): string {
  if (!building) {
    return 'another projection instance holds the rebuild lock (a rebuild is starting or finishing there): try again in a few seconds';
  }
  const { generation, appliedEvents, totalEvents } = building;
  return (
    `rebuild ${generation} is already building (${Math.min(appliedEvents, totalEvents)} of ${totalEvents} events): ` +
    `follow it with GET /admin/rebuilds/${generation}`
  );
}
