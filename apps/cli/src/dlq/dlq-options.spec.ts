import { parseDlqOptions } from './dlq-options';

describe(parseDlqOptions.name, () => {
  it('given list with no options, then it lists the last 50 as a table', () => {
    expect(parseDlqOptions('list', {})).toEqual({ ok: true, value: { action: 'list', limit: 50, json: false } });
  });

  it('given list --limit 5 --json, then both are read', () => {
    expect(parseDlqOptions('list', { limit: '5', json: true })).toEqual({
      ok: true,
      value: { action: 'list', limit: 5, json: true },
    });
  });

  it.each([
    ['list', { limit: '0' }, /--limit must be a positive integer/],
    ['redrive', {}, /--id PARTITION:OFFSET/],
    ['redrive', { id: ['0:1'], all: true }, /not both/],
    ['redrive', { id: ['abc'] }, /must look like PARTITION:OFFSET/],
    ['purge', {}, /unknown action 'purge'/],
  ])('given %s with %j, then it is a usage error naming the problem', (action, values, message) => {
    const result = parseDlqOptions(action, values);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(message);
  });

  it('given redrive --id twice, then both ids are selected', () => {
    expect(parseDlqOptions('redrive', { id: ['0:3', '2:10'] })).toEqual({
      ok: true,
      value: { action: 'redrive', selection: { ids: ['0:3', '2:10'] } },
    });
  });

  it('given redrive --all, then everything waiting is selected', () => {
    expect(parseDlqOptions('redrive', { all: true })).toEqual({
      ok: true,
      value: { action: 'redrive', selection: 'all' },
    });
  });
});
