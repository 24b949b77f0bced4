/**
 * The one error policy for every consumer (STYLE.md "Consumers"):
 * - the message is bad (undecodable, invalid, rejected by the handler): dead-letter it and move on;
 * - the code is wrong (TypeError, RangeError ...): dead-letter at once, retrying cannot help;
 * - the infrastructure failed (database, broker): retry with backoff, then dead-letter.
 * Mirrors kafkajs's own UNRECOVERABLE_ERRORS list in src/retry/index.js.
 */
export type ErrorDisposition = 'dead-letter' | 'retry';

/** Thrown by a handler that finds a well-formed event it cannot apply. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

const PROGRAMMING_ERRORS = ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'];

export function classifyError(error: unknown): ErrorDisposition {
  if (error instanceof InvalidEventError) return 'dead-letter';
  if (error instanceof Error && PROGRAMMING_ERRORS.includes(error.constructor.name)) return 'dead-letter';
  return 'retry';
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** 0..1: a share of each delay drawn at random so instances don't retry in step. */
  jitter: number;
}

/** Delay before retry `attempt` (1-based): exponential, capped, with jitter from `random` in [0,1). */
export function backoffDelay(attempt: number, options: BackoffOptions, random: number): number {
  const exponential = Math.min(options.maxMs, options.initialMs * 2 ** (attempt - 1));
  return Math.round(exponential * (1 - options.jitter + options.jitter * random));
}

/** Placeholder until the consumer-policy branch lands (it owns this error). */
export class BudgetExceededError extends Error {
  override readonly name = 'budget-exceeded';
}
