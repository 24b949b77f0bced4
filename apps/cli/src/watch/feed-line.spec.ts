import { formatFeedLine } from './feed-line';

describe(formatFeedLine.name, () => {
  it('given a silent figure change, then the line shows the old and new text and the mark', () => {
    const line = formatFeedLine({
      kind: 'figure',
      reportId: 'rpt_1',
      publisher: 'about.fb.com',
      title: 'Takedown',
      revision: 3,
      observedAt: '2018-10-27T09:00:00.000Z',
      silentEdit: true,
      summary: 'events hosted: changed',
      figure: { change: 'changed', from: { text: 'Seven' }, to: { text: 'eight' } },
    });
    expect(line).toBe(
      '2018-10-27 09:00:00  figure      about.fb.com rpt_1 r3  events hosted: changed (Seven -> eight) [silent edit]',
    );
  });
});
