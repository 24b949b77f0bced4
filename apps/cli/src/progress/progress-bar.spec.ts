import { createProgressBar } from './progress-bar';

describe(createProgressBar.name, () => {
  it('given a log (not a terminal), when the work ends, then the last line shows every item done on a line of its own', () => {
    const written: string[] = [];
    const sut = createProgressBar({ write: (chunk) => written.push(chunk) }, 'import', 'captures', 4);
    for (let done = 0; done < 4; done++) sut.increment();
    sut.finish();
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^import {2}\[\.{24}\] 0% {2}0\/4 captures/);
    expect(lines.at(-1)).toMatch(/^import {2}\[#{24}\] 100% {2}4\/4 captures/);
    expect(written.join('').endsWith('\n')).toBe(true);
  });

  it('given a total learnt from the server, when updated, then the bar is drawn against that total', () => {
    const written: string[] = [];
    const sut = createProgressBar({ write: (chunk) => written.push(chunk) }, 'rebuild', 'events', 0);
    sut.update(250, 500);
    sut.finish();
    expect(written.join('').split('\n').filter(Boolean).at(-1)).toMatch(/\[#{12}\.{12}\] 50% {2}250\/500 events/);
  });
});
