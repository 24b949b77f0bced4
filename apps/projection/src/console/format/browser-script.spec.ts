import { runInNewContext } from 'node:vm';
import { formatScript } from './browser-script';

describe(formatScript.name, () => {
  it('given the script run in a fresh context, then its formatter reads figures as the server does', () => {
    const window: { PalimpsestFormat?: { formatFigure(figure: object): string } } = {};
    runInNewContext(formatScript(), { window });
    expect(window.PalimpsestFormat?.formatFigure({ value: 1_020_000, qualifier: 'about', unit: 'count' })).toBe(
      'about 1.02 million',
    );
  });
});
