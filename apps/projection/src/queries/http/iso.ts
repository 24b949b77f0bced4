/** Postgres timestamptz comes back as Date; the API speaks ISO 8601 UTC. */
export const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
