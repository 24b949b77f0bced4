import type { SystemScores } from '../scoring/score-system';
import { formatTable } from './format-table';

const scores: SystemScores = {
  system: 'Palimpsest',
  notes: ['how it ran'],
  figures: { precision: 0.5, recall: 1, f1: 2 / 3, predicted: 4, labelled: 2, matched: 2 },
  hedgedQualifiers: { hedged: 0, right: 0, accuracy: null },
  amendments: { unavailable: 'none' },
  figureChanges: { precision: 1, recall: 1, f1: 1, predicted: 1, labelled: 1, matched: 1 },
  silentEdit: { pairs: 1, right: 1, accuracy: 1 },
  errors: {},
};
const summary = { documents: 1, figures: 2, hedged: 0, notes: 0, pairs: 1, changes: 1 };

describe(formatTable.name, () => {
  const sut = formatTable(summary, [scores]);

  it('given scores, when formatted, then each row shows the share with its counts', () => {
    expect(sut).toContain('| figure precision            | 0.500 (2/4) |');
    expect(sut).toContain('| figure F1                   | 0.667       |');
  });

  it('given nothing to divide by or an unavailable metric, when formatted, then the cell is n/a', () => {
    expect(sut).toMatch(/\| qualifier accuracy \(hedged\) \| n\/a +\|/);
    expect(sut).toMatch(/\| amendment accuracy +\| n\/a +\|/);
  });

  it('given a system with notes, when formatted, then the dataset size is above and the notes below', () => {
    expect(sut.startsWith('Dataset: 1 documents (2 labelled figures')).toBe(true);
    expect(sut.trimEnd().endsWith('how it ran')).toBe(true);
  });
});
