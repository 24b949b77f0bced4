import { negotiateFormat } from './negotiate-format';

describe(negotiateFormat.name, () => {
  it.each([
    ['/changes.csv', undefined, 'csv'],
    ['/changes.jsonl', 'application/json', 'jsonl'],
    ['/changes', 'text/csv', 'csv'],
    ['/changes', 'application/x-ndjson', 'jsonl'],
    ['/changes', 'text/csv;q=0.5, application/x-ndjson', 'jsonl'],
    ['/changes', 'text/html, */*', 'json'],
    ['/changes', 'text/csv;q=0', 'json'],
    ['/changes', undefined, 'json'],
  ])('given %s with Accept %s, then the format is %s', (path, accept, format) => {
    expect(negotiateFormat(path, accept)).toBe(format);
  });
});
