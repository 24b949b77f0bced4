import { createHmac } from 'node:crypto';
import { deliveryIdFor, isValidSignature, revisionDeliveryIdFor, signDelivery } from './signature';

describe(signDelivery.name, () => {
  const body = '{"revision":2}';

  it('given a secret, timestamp and body, then it is "sha256=" and the HMAC-SHA256 of "timestamp.body"', () => {
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signDelivery('whsec_test', '1700000000', body)).toBe(`sha256=${expected}`);
  });

  it('given its own signature, then it verifies; a changed body, timestamp or secret does not', () => {
    const signature = signDelivery('whsec_test', '1700000000', body);
    expect(isValidSignature('whsec_test', '1700000000', body, signature)).toBe(true);
    expect(isValidSignature('whsec_test', '1700000000', '{"revision":3}', signature)).toBe(false);
    expect(isValidSignature('whsec_test', '1700000001', body, signature)).toBe(false);
    expect(isValidSignature('whsec_other', '1700000000', body, signature)).toBe(false);
    expect(isValidSignature('whsec_test', '1700000000', body, 'sha256=short')).toBe(false);
  });
});

describe(deliveryIdFor.name, () => {
  it('given the same subscription and event, then the id is the same; another event gives another id', () => {
    expect(deliveryIdFor('sub-1', 'event-1')).toBe(deliveryIdFor('sub-1', 'event-1'));
    expect(deliveryIdFor('sub-1', 'event-2')).not.toBe(deliveryIdFor('sub-1', 'event-1'));
    expect(deliveryIdFor('sub-2', 'event-1')).not.toBe(deliveryIdFor('sub-1', 'event-1'));
    expect(deliveryIdFor('sub-1', 'event-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe(revisionDeliveryIdFor.name, () => {
  it('given the same subscription, report and revision, then the id is the same; another revision gives another id', () => {
    expect(revisionDeliveryIdFor('sub-1', 'rpt_1', 2)).toBe(revisionDeliveryIdFor('sub-1', 'rpt_1', 2));
    expect(revisionDeliveryIdFor('sub-1', 'rpt_1', 3)).not.toBe(revisionDeliveryIdFor('sub-1', 'rpt_1', 2));
    expect(revisionDeliveryIdFor('sub-1', 'rpt_2', 2)).not.toBe(revisionDeliveryIdFor('sub-1', 'rpt_1', 2));
    expect(revisionDeliveryIdFor('sub-2', 'rpt_1', 2)).not.toBe(revisionDeliveryIdFor('sub-1', 'rpt_1', 2));
  });
});
