/**
 * The one error policy for every consumer (docs/architecture.md, "Dead letters and retries"):
 * - the message is bad (undecodable, invalid, rejected by the handler): dead-letter it and move on;
 * - the work is deterministic and failed (a programming error, a database error whose SQLSTATE says
 *   the statement itself is wrong, a handler over its time budget): dead-letter at once, since the
 *   same event would fail the same way on every attempt;
 * - the infrastructure failed (connection lost, database restarting, deadlock): retry with backoff,
 *   then dead-letter.
 * Errors are matched on `name`, on any thrown value, as kafkajs matches its UNRECOVERABLE_ERRORS
 * (`e.name`, src/retry/index.js): both agree on what a programming error is, an error from another
 * realm (a `vm` context, no `instanceof Error` here) is still matched, and what decides is what a
 * dead letter records as its reason. Only the built-in names survive a worker thread (structured
 * clone turns any other error into plain `Error`), so our own errors below are thrown on the
 * consuming thread: TextWorkerPool raises BudgetExceededError there.
 */
export type ErrorDisposition = 'dead-letter' | 'retry';

/** Thrown by a handler that finds a well-formed event it cannot apply. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

/** The dead-letter reason recorded for an event whose handling outran its time budget. */
export const BUDGET_EXCEEDED = 'budget-exceeded';

/** Thrown when handling an event was stopped for exceeding its time budget; another attempt would be stopped too. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
}

const DEAD_LETTER_AT_ONCE = new Set<unknown>([
  'InvalidEventError',
  'BudgetExceededError',
  // kafkajs's unrecoverable errors: programming errors, which retrying cannot fix.
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
]);

/**
 * SQLSTATE classes (PostgreSQL, Appendix A) where the same statement can succeed later:
 * 08 connection exception, 40 transaction rollback (40001 serialization failure, 40P01 deadlock),
 * 53 insufficient resources (disk full, too many connections), 57 operator intervention
 * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 57014 statement timeout),
 * 58 system error (I/O). Every other SQLSTATE describes the statement or its data, so it fails again
 * on every attempt: 22 data exception (a date out of range), 23 integrity constraint violation,
 * 42 syntax error or undefined object (a programming or migration error), P0 raised by a function,
 * XX internal error or corruption. Those are dead-lettered at once, with the SQLSTATE in the detail.
 */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '40', '53', '57', '58'];
/** Lock not available (lock_timeout) and object in use: class 55 is otherwise a prerequisite that will not change. */
const TRANSIENT_SQLSTATES = ['55P03', '55006'];

/**
 * The SQLSTATE of a PostgreSQL error: pg's DatabaseError carries it as `code` (with a `severity`,
 * which Node's system errors such as ECONNRESET lack), and TypeORM's QueryFailedError keeps that
 * error as `driverError` (and copies its fields onto itself).
 */
export function sqlState(error: unknown): string | null {
  const driverError = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const { code, severity } = (driverError ?? {}) as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

export function classifyError(error: unknown): ErrorDisposition {
  if (DEAD_LETTER_AT_ONCE.has((error as { name?: unknown } | null | undefined)?.name)) return 'dead-letter';
  const state = sqlState(error);
  if (state !== null) {
    const transient = TRANSIENT_SQLSTATE_CLASSES.includes(state.slice(0, 2)) || TRANSIENT_SQLSTATES.includes(state);
    return transient ? 'retry' : 'dead-letter';
  }
  // Anything else (ECONNREFUSED, ECONNRESET, ETIMEDOUT, "Connection terminated unexpectedly", a broker
  // error) is taken for the infrastructure: retried, then dead-lettered after the last attempt.
  return 'retry';
}

/** The reason and detail a dead letter records for the error that ended an event's handling. */
export function deadLetterCause(error: Error): { reason: string; detail: string } {
  const reason = error.name === 'BudgetExceededError' ? BUDGET_EXCEEDED : error.name;
  const state = sqlState(error);
  return { reason, detail: state === null ? error.message : `${error.message} (SQLSTATE ${state})` };
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
