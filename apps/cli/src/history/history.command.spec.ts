import { fakeIo } from '../testing/fake-io.spec-helper';
import type { Send } from '../app-api';
import { createHistoryCommand } from './history.command';

const REPORT = 'rpt_1';
const followers = [
  {
    key: 'followers/a',
    revision: 1,
    change: 'added',
    value: 1_020_000,
    qualifier: 'about',
    unit: 'count',
    observedAt: '2018-10-26T16:00:00.000Z',
    effectiveAt: '2018-10-26T00:00:00.000Z',
    silentEdit: false,
    label: 'accounts, followed',
  },
  {
    key: 'followers/a',
    revision: 3,
    change: 'changed',
    value: 1_100_000,
    qualifier: 'about',
    unit: 'count',
    observedAt: '2018-10-27T09:00:00.000Z',
    effectiveAt: '2018-10-27T09:00:00.000Z',
    silentEdit: true,
    label: 'accounts, followed',
  },
];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

/** Answers like the projection API for one known report. */
function fakeApi(calls: string[]): Send {
  return async (url) => {
    calls.push(url);
    const path = url.replace('http://api.test', '');
    if (path === `/reports/${REPORT}`) return json(200, { id: REPORT });
    if (path.startsWith('/reports?url=')) return json(200, { items: path.includes('known') ? [{ id: REPORT }] : [] });
    if (path === `/reports/${REPORT}/figures/followers%2Fa/history`)
      return json(200, { key: 'followers/a', items: followers });
    if (path.startsWith(`/reports/${REPORT}/figures?`))
      return json(200, { items: [{ key: 'k', value: 7, qualifier: 'exact', unit: 'count', revision: 1 }] });
    return json(404, { message: `no report with id "${path.split('/')[2]}"` });
  };
}

const run = async (positionals: string[], values: Record<string, string>, get: Send) => {
  const io = fakeIo({});
  const code = await createHistoryCommand(get).run({ positionals, values: { api: 'http://api.test', ...values } }, io);
  return { code, out: io.out(), err: io.err() };
};

describe(createHistoryCommand.name, () => {
  it('given a metric and CSV, when run, then each point is a row with qualifier, unit, revision and both times', async () => {
    const { code, out } = await run([REPORT], { metric: 'followers/a', format: 'csv' }, fakeApi([]));
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('key,revision,change,value,qualifier,unit,observed_at,effective_at,silent_edit,label');
    expect(lines[2]).toBe(
      'followers/a,3,changed,1100000,about,count,2018-10-27T09:00:00.000Z,2018-10-27T09:00:00.000Z,true,"accounts, followed"',
    );
  });

  it('given a URL and --as-of, when run, then the report is found by URL and read on the asked axis', async () => {
    const calls: string[] = [];
    const { code, out } = await run(
      ['https://known.example/x'],
      { 'as-of': '2018-10-26T20:00:00Z', axis: 'observed' },
      fakeApi(calls),
    );
    expect(code).toBe(0);
    expect(calls[1]).toBe(`http://api.test/reports/${REPORT}/figures?asOf=2018-10-26T20%3A00%3A00Z&axis=observed`);
    expect(out.split('\n')[0]).toMatch(/^key\s+value\s+qualifier/);
  });

  it('given JSON, when run, then the API body is printed', async () => {
    const { out } = await run([REPORT], { metric: 'followers/a', format: 'json' }, fakeApi([]));
    expect(JSON.parse(out).items).toHaveLength(2);
  });

  it('given an unknown report, when run, then the API reason is printed and the exit code is 2', async () => {
    const { code, err } = await run(['rpt_missing'], {}, fakeApi([]));
    expect(code).toBe(2);
    expect(err).toBe('palimpsest history: no report with id "rpt_missing"\n');
  });

  it('given an unknown URL, when run, then it says so with exit code 2', async () => {
    const { code, err } = await run(['https://nowhere.example/x'], {}, fakeApi([]));
    expect(code).toBe(2);
    expect(err).toContain('no report is recorded for https://nowhere.example/x');
  });

  it('given the API is unreachable, when run, then the message names the API and the exit code is 2', async () => {
    const refused: Send = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const { code, err } = await run([REPORT], {}, refused);
    expect(code).toBe(2);
    expect(err).toContain('cannot reach the Palimpsest API at http://api.test (ECONNREFUSED)');
  });

  it('given a bad --axis, when run, then no request is made and the exit code is 2', async () => {
    const calls: string[] = [];
    const { code, err } = await run([REPORT], { 'as-of': '2018-10-26', axis: 'sideways' }, fakeApi(calls));
    expect([code, calls]).toEqual([2, []]);
    expect(err).toContain('--axis must be effective or observed');
  });
});
