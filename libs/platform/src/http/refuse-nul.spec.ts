import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseNulInUrl } from './refuse-nul';

function run(url: string) {
  const answer = { status: 0, body: '', passed: false };
  const response = {
    writeHead: (status: number) => (answer.status = status),
    end: (body: string) => (answer.body = body),
  } as unknown as ServerResponse;
  refuseNulInUrl({ url } as IncomingMessage, response, () => (answer.passed = true));
  return answer;
}

describe(refuseNulInUrl.name, () => {
  it.each(['/reports?q=a%00b', '/reports/rpt_1%00/history', '/changes?key=x%00', '/sources/a\u0000b'])(
    'given %j, then it is refused with 400 and the reason',
    (url) => {
      const answer = run(url);
      expect(answer).toEqual(expect.objectContaining({ status: 400, passed: false }));
      expect(JSON.parse(answer.body).message).toMatch(/NUL character/);
    },
  );

  it.each(['/reports?q=100%25', '/reports/rpt_1/history', '/changes?key=a%2F00'])(
    'given %j, then it goes on',
    (url) => {
      expect(run(url)).toEqual({ status: 0, body: '', passed: true });
    },
  );
});
