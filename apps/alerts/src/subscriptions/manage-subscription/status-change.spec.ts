import { parseStatusChange } from './status-change';

describe(parseStatusChange.name, () => {
  it.each([
    [{ status: 'paused' }, 'paused'],
    [{ status: 'active' }, 'active'],
    [{ paused: true }, 'paused'],
    [{ paused: false }, 'active'],
  ])('given %j, then the status becomes %s', (body, status) => {
    expect(parseStatusChange(body)).toEqual({ ok: true, value: status });
  });

  it.each([[{}], [{ status: 'deleted' }], [null], [{ paused: 'yes' }]])(
    'given %j, then it is refused with a reason',
    (body) => {
      expect(parseStatusChange(body)).toMatchObject({ ok: false, reason: expect.stringContaining('paused') });
    },
  );
});
