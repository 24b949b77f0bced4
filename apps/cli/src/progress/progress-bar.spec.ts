import { createProgressBar } from './progress-bar';

describe(createProgressBar.name, () => {
  it('given a log (not a terminal), when the work ends, then the last line shows every item done on a line of its own', () => {
    const written: string[] = [];
    let now = 0;
    const sut = createProgressBar({ write: (chunk) => written.push(chunk) }, 'import', 'captures', 4, () => now);
    now = 2_000;
    for (let done = 0; done < 4; done++) sut.increment();
    sut.finish();
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^import {2}\[\.{24}\] 0% 0\/4 captures, 0 captures\/s/);
    expect(lines.at(-1)).toMatch(/^import {2}\[#{24}\] 100% 4\/4 captures, 2 captures\/s/);
    expect(written.join('').endsWith('\n')).toBe(true);
  });

  it('given a total learnt from the server, when updated, then the bar is drawn against that total', () => {
    const written: string[] = [];
    let now = 0;
    const sut = createProgressBar({ write: (chunk) => written.push(chunk) }, 'rebuild', 'events', 0, () => now);
    now = 500;
    sut.update(250, 500);
    sut.finish();
    expect(written.join('').split('\n').filter(Boolean).at(-1)).toMatch(
      /\[#{12}\.{12}\] 50% 250\/500 events, 500 events\/s/,
    );
  });
});
