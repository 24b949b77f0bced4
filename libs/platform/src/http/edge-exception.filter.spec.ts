import type { ArgumentsHost } from '@nestjs/common';
import { Logger, UnauthorizedException } from '@nestjs/common';
import { EdgeExceptionFilter } from './edge-exception.filter';

function httpHost(headers: Record<string, string> = {}) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return { json: (body: unknown) => (sent.body = body) };
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getRequest: () => ({ method: 'POST', url: '/captures?token=x', headers }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe(EdgeExceptionFilter.name, () => {
  const sut = new EdgeExceptionFilter();
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('given an HttpException, then its status and reason are answered', () => {
    const { host, sent } = httpHost();
    sut.catch(new UnauthorizedException('token required'), host);
    expect(sent).toEqual({ status: 401, body: { statusCode: 401, message: 'token required', error: 'Unauthorized' } });
  });

  it('given a body-parser error meant for the client, then its status and message are kept', () => {
    const { host, sent } = httpHost();
    sut.catch(
      Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true }),
      host,
    );
    expect(sent).toEqual({ status: 413, body: { statusCode: 413, message: 'request entity too large' } });
  });

  it('given an unexpected error holding a secret, then the answer is "internal error" with the request id only', () => {
    const { host, sent } = httpHost({ 'x-request-id': 'req-1' });
    sut.catch(new Error('password authentication failed for user "admin" with secret s3cr3t'), host);
    expect(sent).toEqual({ status: 500, body: { statusCode: 500, message: 'internal error', requestId: 'req-1' } });
  });

  it('given an error that exposes a 5xx status, then it is still an internal error', () => {
    const { host, sent } = httpHost();
    sut.catch(Object.assign(new Error('socket hang up'), { status: 502, expose: true }), host);
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ message: 'internal error', requestId: expect.any(String) });
  });
});
