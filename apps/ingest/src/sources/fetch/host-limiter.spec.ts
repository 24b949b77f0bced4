import { HostLimiter } from './host-limiter';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe(HostLimiter.name, () => {
  it('given a limit of 2 per host, when 3 tasks start on one host and 1 on another, then the third waits for a slot', async () => {
    const sut = new HostLimiter(2);
    const started: string[] = [];
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const task = (name: string, index: number) => () => {
      started.push(name);
      return gates[index].promise;
    };
    const runs = [
      sut.run('a.example', task('a1', 0)),
      sut.run('a.example', task('a2', 1)),
      sut.run('a.example', task('a3', 2)),
      sut.run('b.example', task('b1', 3)),
    ];
    await Promise.resolve();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    gates[0].resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    gates.forEach((gate) => gate.resolve());
    await Promise.all(runs);
  });

  it('given a task that throws, then its slot is released for the next one', async () => {
    const sut = new HostLimiter(1);
    await expect(sut.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(sut.run('a', () => Promise.resolve(7))).resolves.toBe(7);
  });
});
