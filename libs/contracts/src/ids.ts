import { createHash } from 'node:crypto';

/**
 * Deterministic ids (docs/architecture.md, invariant 3): the same cause always yields the same id,
 * so re-processing an input produces the same events and consumers can
 * deduplicate by id. Formatted as a UUID so it fits Postgres `uuid` columns.
 */
export function deterministicId(...parts: Array<string | number>): string {
  const hex = createHash('sha256').update(parts.join('\u001f')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A report's identity is its canonical URL. */
export function reportIdFor(canonicalUrl: string): string {
  return `rpt_${createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 20)}`;
}
