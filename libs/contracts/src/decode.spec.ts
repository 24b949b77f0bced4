import { createEvent } from './create-event';
import { decodeEvent } from './decode';
import { REVISION_RECORDED } from './events';
import { upcastPayload } from './upcasters';

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
      captureSource: 'api',
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
    [
      'a future schema version',
      Buffer.from(JSON.stringify({ ...validRevision(), schemaVersion: 99 })),
      'unsupported-version',
    ],
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

describe('decodeEvent with an older schema version', () => {
  const asV1 = () => {
    const { captureSource, ...payloadV1 } = validRevision().payload;
    void captureSource;
    return { ...validRevision(), schemaVersion: 1, payload: payloadV1 };
  };

  it('given a RevisionRecorded v1, then it is read as v2 with the capture source unrecorded', () => {
    const result = decodeEvent(Buffer.from(JSON.stringify(asV1())));
    expect(result).toEqual({
      ok: true,
      event: {
        ...validRevision(),
        schemaVersion: 2,
        payload: { ...validRevision().payload, captureSource: 'unrecorded' },
      },
    });
  });

  it('given a v1 payload that is invalid as v1, then it is refused as an invalid payload, not upcast', () => {
    const broken = { ...asV1(), payload: { ...asV1().payload, revision: 0 } };
    const result = decodeEvent(JSON.stringify(broken));
    expect(result.ok === false && result.reason).toBe('invalid-payload');
  });

  it('given a v2 event claiming to be v1, then the extra field is dropped and the v1 rule applies', () => {
    const result = decodeEvent(JSON.stringify({ ...validRevision(), schemaVersion: 1 }));
    expect(result.ok && result.event.payload).toMatchObject({ captureSource: 'unrecorded' });
  });
});

describe('decodeEvent with a RevisionAnalyzed v1', () => {
  const analyzedV1 = {
    ...validRevision(),
    type: 'RevisionAnalyzed',
    schemaVersion: 1,
    payload: {
      revision: 2,
      previousRevision: 1,
      analyzerVersion: 'figures-1.0.0',
      figures: [
        {
          ...{ key: 'pages/page', label: 'Pages', section: null, blockId: 'b1', start: 0, end: 2 },
          ...{ value: 82, qualifier: 'exact', unit: 'count', text: '82' },
        },
      ],
      blocks: [],
      figureChangeCount: 1,
      silentEdit: false,
    },
  };

  it('given one from before limits were recorded, then it is read as v2 with every figure found and no cap hit', () => {
    const result = decodeEvent(JSON.stringify(analyzedV1));
    expect(result.ok && result.event).toMatchObject({
      schemaVersion: 2,
      payload: { figures: [{ value: 82 }], limits: { figuresFound: 1, figureLimit: null, capsHit: [] } },
    });
  });
});

describe(upcastPayload.name, () => {
  it('given a version with no upcaster, then it answers null', () => {
    expect(upcastPayload('FigureChanged', {}, 1, 2)).toBeNull();
  });

  it('given the current version, then the payload is returned as it is', () => {
    const payload = { a: 1 };
    expect(upcastPayload('RevisionRecorded', payload, 2, 2)).toBe(payload);
  });
});
