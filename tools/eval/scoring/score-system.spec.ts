import type { NormalizedDocument } from '@palimpsest/text';
import type { PreparedDataset } from '../prepare-dataset';
import type { EvaluatedSystem } from '../systems/evaluated-system';
import { scoreSystem } from './score-system';

const doc: NormalizedDocument = { title: null, publishedAt: null, sections: [] };
const text = 'About 25,000 accounts and 2 ads.';
const dataset: PreparedDataset = {
  documents: [
    {
      id: 'd1',
      doc,
      text,
      labels: {
        kind: 'seed',
        title: null,
        figures: [
          { text: 'About 25,000', occurrence: 0, value: 25000, qualifier: 'about', unit: 'count' },
          { text: '2', occurrence: 0, value: 2, qualifier: 'exact', unit: 'count' },
        ],
        amendments: [],
      },
    },
  ],
  pairs: [
    {
      id: 'p1',
      before: doc,
      after: doc,
      labels: {
        figureChanges: [{ change: 'removed', from: { value: 2, qualifier: 'exact', unit: 'count' }, to: null }],
        silentEdit: true,
      },
    },
  ],
};

const peer: EvaluatedSystem = {
  name: 'peer',
  notes: [],
  extract: () => ({
    figures: [{ start: 6, end: 12, value: 25000, unit: 'count', qualifier: 'exact' }],
    amendments: null,
  }),
  diff: () => ({ unavailable: 'no diff' }),
};

describe(scoreSystem.name, () => {
  const sut = scoreSystem(peer, dataset);

  it('given one of two labelled figures found, when scored, then precision is 1 and recall 0.5', () => {
    expect(sut.figures).toMatchObject({ precision: 1, recall: 0.5, predicted: 1, labelled: 2, matched: 1 });
  });

  it('given a hedged figure found without its hedge, when scored, then the qualifier is wrong', () => {
    expect(sut.hedgedQualifiers).toEqual({ hedged: 1, right: 0, accuracy: 0 });
  });

  it('given a system without notes or diffs, when scored, then those rows are unavailable with a reason', () => {
    expect(sut.amendments).toEqual({ unavailable: 'peer has no notion of amendment notes' });
    expect(sut.figureChanges).toEqual({ unavailable: 'no diff' });
  });

  it('given a missed figure, when scored, then the error list names it under its document', () => {
    expect(sut.errors.d1).toEqual(['missed: 2 (2 count)']);
  });
});
