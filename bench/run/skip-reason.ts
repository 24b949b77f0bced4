import type { BenchNeed } from '../benchmark';

export interface Availability {
  kafkaBrokers: string | undefined;
  /** Why Postgres cannot be used, or null when it answered. */
  postgresProblem: string | null;
}

/** Why a benchmark cannot run here, naming the first missing service and what to set; null when it can. */
export function skipReason(needs: readonly BenchNeed[], availability: Availability): string | null {
  for (const need of needs) {
    if (need === 'kafka' && !availability.kafkaBrokers) {
      return 'needs a Kafka broker and KAFKA_BROKERS is not set (`npm run kafka:start` prints the address to set it to)';
    }
    if (need === 'postgres' && availability.postgresProblem !== null) {
      return `needs PostgreSQL: ${availability.postgresProblem}`;
    }
  }
  return null;
}
