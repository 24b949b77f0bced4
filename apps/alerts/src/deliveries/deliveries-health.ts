import type { DataSource } from 'typeorm';

/** What alerts adds to its /health: deliveries waiting and dead-lettered, and events parked until their revision completes. */
export async function deliveriesHealth(dataSource: DataSource): Promise<{ deliveries: unknown }> {
  const [deliveries] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
            count(*) FILTER (WHERE status = 'dead-lettered')::int AS "deadLettered",
            (SELECT count(*)::int FROM alerts.parked_events) AS "parkedEvents"
     FROM alerts.deliveries`,
  );
  return { deliveries };
}
