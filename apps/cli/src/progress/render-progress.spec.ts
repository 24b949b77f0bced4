import { renderProgress } from './render-progress';

describe(renderProgress.name, () => {
  it('given 420 of 1000 after 5 seconds, then a bar, percent, count, rate and eta', () => {
    expect(renderProgress({ label: 'import', done: 420, total: 1000, elapsedMs: 5_000 })).toBe(
      'import  [##########..............]   42%  420/1000  84/s  eta 7s',
    );
  });

  it('given all done, then a full bar and the total time', () => {
    expect(renderProgress({ label: 'rebuild', done: 10, total: 10, elapsedMs: 125_000 })).toBe(
      'rebuild  [########################]  100%  10/10  0.1/s  2m05s total',
    );
  });

  it('given no known total, then a count and a rate', () => {
    expect(renderProgress({ label: 'replay', done: 30, total: null, elapsedMs: 2_000 })).toBe('replay  30  15/s');
  });
});
