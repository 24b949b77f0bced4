import { detectFormat } from './detect-format';

describe(detectFormat.name, () => {
  it('given an .html or .htm name in any case, when detected, then it is HTML', () => {
    expect(detectFormat('page.HTML')).toBe('html');
    expect(detectFormat('saved/page.htm')).toBe('html');
  });

  it('given a .txt name or stdin, when detected, then it is passed on as text', () => {
    expect(detectFormat('notes.txt')).toBe('text');
    expect(detectFormat('stdin')).toBe('text');
  });
});
