import type { AppName } from './support/pipeline';
import { getJson, Pipeline } from './support/pipeline';

type Operation = {
  parameters?: Array<{ name: string; in: string; schema?: object }>;
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
  security?: Array<Record<string, unknown>>;
};
type ApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, { scheme?: string }>; schemas?: Record<string, object> };
};

/** What each route must show: the query parameters it reads, whether it takes a body, the answer's status. */
const ROUTES: Array<[AppName, string, string, { query?: string[]; body?: boolean; status: string; write?: boolean }]> =
  [
    [
      'ingest',
      'post',
      '/captures',
      { query: ['url', 'observedAt', 'publishedAt'], body: true, status: '202', write: true },
    ],
    ['ingest', 'post', '/sources', { body: true, status: '201', write: true }],
    ['ingest', 'get', '/sources/{id}', { status: '200' }],
    [
      'projection',
      'get',
      '/reports',
      { query: ['url', 'urlPrefix', 'publisher', 'q', 'changedSince', 'cursor', 'limit'], status: '200' },
    ],
    ['projection', 'get', '/reports/{id}/figures', { query: ['asOf', 'axis'], status: '200' }],
    ['projection', 'get', '/reports/{id}/diff', { query: ['from', 'to'], status: '200' }],
    [
      'projection',
      'get',
      '/changes',
      { query: ['since', 'until', 'axis', 'report', 'key', 'kind', 'silent', 'cursor', 'limit'], status: '200' },
    ],
    ['projection', 'get', '/silent-edits', { query: ['since', 'report', 'limit'], status: '200' }],
    ['projection', 'get', '/reports/{id}/revisions/{n}', { status: '200' }],
    ['alerts', 'post', '/subscriptions', { body: true, status: '201', write: true }],
    ['alerts', 'patch', '/subscriptions/{id}', { body: true, status: '200', write: true }],
    ['alerts', 'get', '/subscriptions', { status: '200', write: true }],
  ];

/** Every app serves its OpenAPI document, made from the same zod schemas that validate its requests. */
describe('API docs', () => {
  const pipeline = new Pipeline();
  const documents = new Map<AppName, ApiDocument>();

  beforeAll(async () => {
    await pipeline.start(['ingest', 'diff', 'projection', 'alerts']);
    for (const app of ['ingest', 'diff', 'projection', 'alerts'] as const) {
      documents.set(app, (await getJson<ApiDocument>(`${pipeline.url(app)}/docs-json`)).body);
    }
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it.each(['ingest', 'diff', 'projection', 'alerts'] as const)(
    'given the %s app, then /docs is the UI and its document offers the bearer token',
    async (app) => {
      const page = await fetch(`${pipeline.url(app)}/docs`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(documents.get(app)!.components.securitySchemes?.bearer?.scheme).toBe('bearer');
    },
  );

  it.each(ROUTES)('given %s %s %s, then its parameters, body and answer have schemas', (app, method, path, want) => {
    const operation = documents.get(app)!.paths[path]?.[method];
    expect(operation).toBeDefined();
    const queried = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
    expect(queried.map((parameter) => parameter.name).sort()).toEqual([...(want.query ?? [])].sort());
    for (const parameter of queried) expect(parameter.schema).toBeDefined();
    if (want.body) expect(Object.values(operation.requestBody!.content)[0].schema).toBeDefined();
    expect(operation.responses[want.status]?.content?.['application/json']?.schema).toBeDefined();
    expect(operation.security ?? []).toEqual(want.write ? [{ bearer: [] }] : []);
  });

  it.each([
    ['/reports?limit=0', '"limit" must be a positive integer (got "0")'],
    ['/reports?limit=2&limit=3', '"limit" must be given once'],
    ['/changes?since=2018-10-28&until=2018-10-26', '"since" must be before "until"'],
    ['/reports/rpt_x/figures?axis=observed', '"axis" needs "asOf": the instant to read at'],
  ])('given %s, then the schema refuses it with a 400 naming the problem', async (path, reason) => {
    const { status, body } = await getJson(`${pipeline.url('projection')}${path}`);
    expect(status).toBe(400);
    expect(body.message).toBe(reason);
  });
});
