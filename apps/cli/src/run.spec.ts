import { runCommandLine } from './run';
import { fakeIo } from './testing/fake-io.spec-helper';

describe(runCommandLine.name, () => {
  it('given --help, when run, then the command list goes to stdout with exit code 0', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Commands:\n\s+extract\s.*\n\s+diff\s/);
  });

  it('given an unknown command, when run, then the usage goes to stderr with exit code 2', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['rewind'], io)).toBe(2);
    expect(io.err()).toMatch(/^palimpsest: unknown command 'rewind'\n\nUsage: palimpsest <command>/);
  });

  it('given diff --help, when run, then the diff usage goes to stdout', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['diff', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: palimpsest diff OLD NEW');
  });

  it('given history --help, when run, then each option is listed with what it is for', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['history', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--api VALUE +the app's base URL \(else its PALIMPSEST_<APP>_API variable\)/);
  });

  it('given an --api that is not a URL, when run, then the reason goes to stderr with exit code 2', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['deliveries', 'sub_1', '--api', 'alerts:3002'], io)).toBe(2);
    expect(io.err()).toBe(
      'palimpsest deliveries: --api must be an http(s) URL such as http://127.0.0.1:3002, got "alerts:3002"\n',
    );
  });
});
