import { LinePrefixer } from './line-prefixer';

describe(LinePrefixer.name, () => {
  it('given chunks that split lines anywhere, then each whole line is written once with the prefix', () => {
    const written: string[] = [];
    const sut = new LinePrefixer('[diff]', (line) => written.push(line));
    sut.push('first li');
    sut.push('ne\nsecond\nthi');
    sut.flush();
    expect(written).toEqual(['[diff] first line', '[diff] second', '[diff] thi']);
  });
});
