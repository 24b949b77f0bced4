import { IncomingMessage, ServerResponse } from 'node:http';
import { ConnectionDrain } from './connection-drain';

function response(): ServerResponse {
  return new ServerResponse(new IncomingMessage(null as never));
}

describe(ConnectionDrain.name, () => {
  it('given a server not stopping, when a request passes, then its connection may stay open', () => {
    const drain = new ConnectionDrain();
    const res = response();
    const next = jest.fn();

    drain.middleware(res.req, res, next);

    expect(res.getHeader('connection')).toBeUndefined();
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('given a draining server, when a request passes, then the response asks the client to close', () => {
    const drain = new ConnectionDrain();
    const closedIdle = jest.fn();
    drain.start({ closeIdleConnections: closedIdle } as never);
    const res = response();
    const next = jest.fn();

    drain.middleware(res.req, res, next);

    expect(drain.isDraining).toBe(true);
    expect(closedIdle).toHaveBeenCalledTimes(1);
    expect(res.getHeader('connection')).toBe('close');
    expect(next).toHaveBeenCalledTimes(1);
  });
});
