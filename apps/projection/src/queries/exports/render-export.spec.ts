import type { ExportColumns } from './flat-record';
import { renderExport } from './render-export';

interface Point {
  revision: number;
  qualifier: string | null;
}
const columns: ExportColumns<Point> = [
  ['revision', (point) => point.revision],
  ['qualifier', (point) => point.qualifier],
];

describe(renderExport.name, () => {
  it('given JSON Lines, then each row is one line with the export column names, nulls kept', () => {
    const { contentType, body } = renderExport('jsonl', columns, [
      { revision: 1, qualifier: 'about' },
      { revision: 3, qualifier: null },
    ]);
    expect(contentType).toBe('application/x-ndjson; charset=utf-8');
    expect(
      body
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { revision: 1, qualifier: 'about' },
      { revision: 3, qualifier: null },
    ]);
    expect(body.endsWith('\n')).toBe(true);
  });

  it('given CSV and no rows, then the header alone is written', () => {
    expect(renderExport('csv', columns, []).body).toBe('revision,qualifier\r\n');
  });
});
