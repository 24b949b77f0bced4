import { runInNewContext } from 'node:vm';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import {
  backoffDelay,
  BUDGET_EXCEEDED,
  BudgetExceededError,
  classifyError,
  deadLetterCause,
  InvalidEventError,
  sqlState,
} from './error-policy';

/** A PostgreSQL error as pg's parser builds it from an ErrorResponse, wrapped the way TypeORM's query runner does. */
function queryFailed(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new DatabaseError(message, 0, 'error'), { severity: 'ERROR', code });
  return new QueryFailedError('INSERT INTO t VALUES ($1)', ['0000-01-01'], driverError);
}

describe(classifyError.name, () => {
  it('given a handler rejecting the event, then it is dead-lettered', () => {
    expect(classifyError(new InvalidEventError('revision gap'))).toBe('dead-letter');
  });

  it('given a handler stopped for exceeding its time budget, then it is dead-lettered at once', () => {
    expect(classifyError(new BudgetExceededError('analysis ran over 5000 ms'))).toBe('dead-letter');
  });

  it.each([new TypeError('x is undefined'), new RangeError('bad length'), new ReferenceError('y')])(
    'given a programming error (%s), then it is dead-lettered without retry',
    (error) => expect(classifyError(error)).toBe('dead-letter'),
  );

  it('given an error recreated with a programming error name (as across a worker thread), then it is matched by name', () => {
    expect(classifyError(Object.assign(new Error('boom'), { name: 'TypeError' }))).toBe('dead-letter');
  });

  it('given a TypeError renamed by its thrower, then its name decides, not its constructor, as in kafkajs', () => {
    expect(classifyError(Object.assign(new TypeError('schema'), { name: 'SchemaMismatch' }))).toBe('retry');
  });

  it('given a TypeError from another realm (not an instanceof Error here), then it is still dead-lettered', () => {
    const foreign: unknown = runInNewContext('new TypeError("x is undefined")');
    expect(foreign instanceof Error).toBe(false);
    expect(classifyError(foreign)).toBe('dead-letter');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])(
    'given a network failure (%s), then it is retried',
    (code) => expect(classifyError(Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code }))).toBe('retry'),
  );

  it('given a connection dropped mid-query, then it is retried', () => {
    expect(classifyError(new Error('Connection terminated unexpectedly'))).toBe('retry');
  });

  it.each([
    ['22008', 'date/time field value out of range: "0000-01-01"'],
    ['22P02', 'invalid input syntax for type integer'],
    ['22001', 'value too long for type character varying(10)'],
    ['23505', 'duplicate key value violates unique constraint "t_pkey"'],
    ['23503', 'insert or update on table "t" violates foreign key constraint'],
    ['42P01', 'relation "t" does not exist'],
    ['42703', 'column "x" does not exist'],
    ['P0001', 'raised by a function'],
    ['XX001', 'invalid page in block'],
  ])('given a deterministic database error (SQLSTATE %s), then it is dead-lettered at once', (code, message) => {
    expect(classifyError(queryFailed(code, message))).toBe('dead-letter');
  });

  it.each([
    ['08006', 'connection failure'],
    ['08003', 'connection does not exist'],
    ['40001', 'could not serialize access due to concurrent update'],
    ['40P01', 'deadlock detected'],
    ['53300', 'sorry, too many clients already'],
    ['53100', 'could not extend file: No space left on device'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['55P03', 'could not obtain lock on row'],
    ['58030', 'could not read block'],
  ])('given a transient database error (SQLSTATE %s), then it is retried', (code, message) => {
    expect(classifyError(queryFailed(code, message))).toBe('retry');
  });

  it('given a bare pg error (not wrapped by TypeORM), then its SQLSTATE decides too', () => {
    const bare = Object.assign(new DatabaseError('date/time field value out of range', 0, 'error'), {
      severity: 'ERROR',
      code: '22008',
    });
    expect(classifyError(bare)).toBe('dead-letter');
  });
});

describe(sqlState.name, () => {
  it('given a QueryFailedError, then it reads the code of the driver error it wraps', () => {
    expect(sqlState(queryFailed('22008', 'out of range'))).toBe('22008');
  });

  it('given a Node system error whose code looks like a SQLSTATE, then it is not taken for one', () => {
    expect(sqlState(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBeNull();
  });
});

describe(deadLetterCause.name, () => {
  it('given a budget overrun, then the recorded reason is budget-exceeded', () => {
    expect(deadLetterCause(new BudgetExceededError('analysis ran over 5000 ms'))).toEqual({
      reason: BUDGET_EXCEEDED,
      detail: 'analysis ran over 5000 ms',
    });
    expect(BUDGET_EXCEEDED).toBe('budget-exceeded');
  });

  it('given a database error, then the reason is its name and the detail names the SQLSTATE', () => {
    expect(deadLetterCause(queryFailed('22008', 'date/time field value out of range'))).toEqual({
      reason: 'QueryFailedError',
      detail: 'date/time field value out of range (SQLSTATE 22008)',
    });
  });

  it('given any other error, then the reason is its name and the detail its message', () => {
    expect(deadLetterCause(new InvalidEventError('revision gap'))).toEqual({
      reason: 'InvalidEventError',
      detail: 'revision gap',
    });
  });
});

describe(backoffDelay.name, () => {
  const options = { initialMs: 100, maxMs: 1_000, jitter: 0.5 };

  it('given successive attempts, then the delay doubles up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, options, 1));
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('given the lowest random draw, then jitter removes at most its share', () => {
    expect(backoffDelay(3, options, 0)).toBe(200);
  });
});
