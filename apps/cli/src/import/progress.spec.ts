import { ImportProgress, progressLine } from './progress';

describe(progressLine.name, () => {
  it('given half done in two seconds, then the bar is half full with the count and rate', () => {
    expect(progressLine(20, 40, 2_000, 'bar', 10)).toBe('[#####-----] 20/40  10.0/s');
    expect(progressLine(20, 40, 2_000, 'line')).toBe('20/40 captures (10.0/s)');
  });
});

describe(ImportProgress.name, () => {
  it('given a log (not a terminal), then a line is written every N captures and at the end', () => {
    const written: string[] = [];
    let now = 0;
    const sut = new ImportProgress({ write: (chunk) => written.push(chunk) }, 5, 2, () => (now += 500));
    for (let i = 0; i < 5; i++) sut.advance();
    expect(written.map((line) => line.split(' ')[0])).toEqual(['2/5', '4/5', '5/5']);
  });

  it('given a terminal, then the bar is redrawn in place and ends with a newline', () => {
    const written: string[] = [];
    let now = 0;
    const sut = new ImportProgress(
      { write: (chunk) => written.push(chunk), isTTY: true },
      2,
      100,
      () => (now += 1_000),
    );
    sut.advance();
    sut.advance();
    expect(written[0]).toMatch(/^\r\[#+-+\] 1\/2/);
    expect(written.at(-1)).toBe('\n');
  });
});
