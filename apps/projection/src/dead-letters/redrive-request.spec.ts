import { parseRedriveRequest } from './redrive-request';

describe(parseRedriveRequest.name, () => {
  it('given ids, then they are selected once each', () => {
    expect(parseRedriveRequest({ ids: ['0:3', '2:10', '0:3'] })).toEqual({ ok: true, value: { ids: ['0:3', '2:10'] } });
  });

  it('given all, then everything waiting is selected', () => {
    expect(parseRedriveRequest({ all: true })).toEqual({ ok: true, value: 'all' });
  });

  it.each([
    [null, /JSON object/],
    [{}, /name what to redrive/],
    [{ ids: [] }, /name what to redrive/],
    [{ ids: ['0:1'], all: true }, /not both/],
    [{ all: 'yes' }, /"all" must be true/],
    [{ ids: ['abc'] }, /PARTITION:OFFSET/],
    [{ ids: [3] }, /PARTITION:OFFSET/],
    [{ ids: Array.from({ length: 1001 }, (_, n) => `0:${n}`) }, /at most 1000/],
  ])('given %j, then it is refused with a reason', (body, reason) => {
    const parsed = parseRedriveRequest(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
