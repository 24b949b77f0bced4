import { createAppLogger } from './logger';

/** Lines the logger writes, parsed; kept in memory instead of stdout. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, destination: { write: (line: string) => lines.push(JSON.parse(line)) } };
}

describe(createAppLogger.name, () => {
  it('given an object logged with a context, then one line with the level, app, context and its fields at the top level', () => {
    const { lines, destination } = capture();
    createAppLogger('ingest', 'log', destination).log({ msg: 'closed', step: 'outbox relay', ms: 3 }, 'Shutdown');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        app: 'ingest',
        context: 'Shutdown',
        msg: 'closed',
        step: 'outbox relay',
        ms: 3,
        time: expect.any(Number),
      }),
    ]);
  });

  it('given a text message, then it is the msg', () => {
    const { lines, destination } = capture();
    createAppLogger('diff', 'log', destination).warn('lag could not be read', 'ConsumerHealth');
    expect(lines[0]).toMatchObject({ level: 'warn', context: 'ConsumerHealth', msg: 'lag could not be read' });
  });

  it('given level warn, then log lines are dropped and errors kept', () => {
    const { lines, destination } = capture();
    const sut = createAppLogger('alerts', 'warn', destination);
    sut.log({ msg: 'dropped' }, 'X');
    sut.error({ msg: 'kept' }, 'X');
    expect(lines.map((line) => [line.level, line.msg])).toEqual([['error', 'kept']]);
  });

  it('given two apps in one process, then each line names its own app', () => {
    const first = capture();
    const second = capture();
    createAppLogger('diff', 'log', first.destination).log('a', 'X');
    createAppLogger('alerts', 'log', second.destination).log('b', 'X');
    expect([first.lines[0].app, second.lines[0].app]).toEqual(['diff', 'alerts']);
  });
});
