import { createProgressBar } from './progress-bar';

describe(createProgressBar.name, () => {
  const clock = (times: number[]) => () => times.shift() ?? 0;

  it('given a terminal, then the line is redrawn in place and ends with a newline', () => {
    const written: string[] = [];
    const sut = createProgressBar(
      { write: (chunk) => written.push(chunk), isTTY: true },
      'import',
      2,
      clock([0, 200, 400, 600]),
    );
    sut.advance();
    sut.advance();
    sut.finish();
    expect(written[0]).toMatch(/^\r\x1b\[2Kimport {2}\[#{12}\.{12}\] {3}50% {2}1\/2/);
    expect(written[written.length - 1]).toBe('\n');
  });

  it('given a pipe, then a line only every few seconds and at the end', () => {
    const written: string[] = [];
    const sut = createProgressBar(
      { write: (chunk) => written.push(chunk) },
      'rebuild',
      100,
      clock([0, 0, 1_000, 2_000, 3_000]),
    );
    sut.advance(10);
    sut.advance(10);
    sut.advance(10);
    sut.finish();
    expect(written).toHaveLength(2);
    expect(written[1]).toMatch(/^rebuild .* 30\/100 .*\n$/);
  });
});
