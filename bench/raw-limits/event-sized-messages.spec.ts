import { generateLoad } from '../load';
import { averageBytes, revisionSizedMessages } from './event-sized-messages';

describe(revisionSizedMessages.name, () => {
  const captures = generateLoad({ seed: 1, reports: 4, revisionsPerReport: 2, startAt: '2024-01-01T00:00:00.000Z' });
  const sut = revisionSizedMessages(captures);

  it('given generated captures, then each becomes one message keyed by its report', () => {
    expect(sut).toHaveLength(8);
    expect(sut.map((message) => message.key)).toEqual(captures.map((capture) => `rpt_raw_00000${capture.report}`));
  });

  it('given a message, then its value is an envelope carrying the normalised document of the capture', () => {
    const event = JSON.parse(String(sut[0].value));
    expect(event).toMatchObject({ type: 'RevisionRecorded', schemaVersion: 2, payload: { url: captures[0].url } });
    expect(
      event.payload.document.sections.flatMap((section: { blocks: unknown[] }) => section.blocks).length,
    ).toBeGreaterThan(1);
  });

  it('given the messages, then the average size counts the bytes of every value', () => {
    expect(averageBytes([{ value: 'ab' }, { value: 'abcd' }])).toBe(3);
    expect(averageBytes(sut)).toBeGreaterThan(500);
  });
});
