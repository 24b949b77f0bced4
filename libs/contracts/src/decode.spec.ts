import { createEvent } from './create-event';
import { decodeEvent } from './decode';
import { REVISION_RECORDED } from './events';

const origin = {
  reportId: 'rpt_1',
  occurredAt: '2018-10-26T16:00:00.000Z',
  effectiveAt: '2018-10-26T00:00:00.000Z',
  causationId: null,
  correlationId: 'capture-1',
};

const validRevision = () =>
  createEvent(
    REVISION_RECORDED,
    origin,
    {
      url: 'https://example.com/a',
      canonicalUrl: 'https://example.com/a',
      revision: 1,
      contentHash: 'abc',
      previousHash: null,
      publishedAt: '2018-10-26',
      document: { title: 'T', publishedAt: null, sections: [] },
      amendmentIds: [],
    },
    ['abc'],
  );

describe(decodeEvent.name, () => {
  it('given a valid event as bytes, then it returns the event', () => {
    const event = validRevision();
    const result = decodeEvent(Buffer.from(JSON.stringify(event)));
    expect(result).toEqual({ ok: true, event });
  });

  it.each([
    ['not JSON', Buffer.from('{nope'), 'invalid-json'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'not-utf8'],
    ['no envelope', Buffer.from('{"hello":1}'), 'invalid-envelope'],
    ['an unknown type', Buffer.from(JSON.stringify({ ...validRevision(), type: 'ReportDeleted' })), 'unknown-type'],
    ['a future schema version', Buffer.from(JSON.stringify({ ...validRevision(), schemaVersion: 99 })), 'unsupported-version'],
    [
      'an invalid payload',
      Buffer.from(JSON.stringify({ ...validRevision(), payload: { revision: -1 } })),
      'invalid-payload',
    ],
  ])('given %s, then it names the failure', (_, raw, reason) => {
    const result = decodeEvent(raw);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toBe(reason);
  });
});

describe(createEvent.name, () => {
  it('given the same cause twice, then the ids are equal; a different cause gives another id', () => {
    expect(validRevision().id).toBe(validRevision().id);
    const other = createEvent(REVISION_RECORDED, origin, validRevision().payload, ['def']);
    expect(other.id).not.toBe(validRevision().id);
  });
});
