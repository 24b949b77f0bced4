import { DatasetError } from './dataset-error';
import { validateDocumentLabels } from './validate-document-labels';

const valid = {
  kind: 'newsroom-takedown',
  title: 'Taking Down Coordinated Inauthentic Behavior',
  figures: [
    {
      text: 'About 1.02 million',
      occurrence: 0,
      value: 1020000,
      qualifier: 'about',
      unit: 'count',
    },
  ],
  amendments: [
    {
      raw: 'Updated on October 26, 2018 at 1:30PM PT',
      effectiveAt: '2018-10-26T20:30:00Z',
      precision: 'minute',
      timezone: 'America/Los_Angeles',
    },
  ],
};

function problemsOf(json: unknown): readonly string[] {
  try {
    validateDocumentLabels(json, 'docs/a.labels.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe(validateDocumentLabels.name, () => {
  it('given labels in the format, when validated, then they are returned', () => {
    expect(validateDocumentLabels(valid, 'a')).toEqual(valid);
  });

  it('given a figure without occurrence, when validated, then occurrence defaults to 0', () => {
    const { occurrence, ...figure } = valid.figures[0];
    expect(occurrence).toBe(0);
    expect(validateDocumentLabels({ ...valid, figures: [figure] }, 'a').figures[0].occurrence).toBe(0);
  });

  it('given an unknown kind and a misspelled field, when validated, then both problems are named with their paths', () => {
    const problems = problemsOf({ ...valid, kind: 'blog', figure: [] });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\/a\.labels\.json\.kind: expected one of .*got "blog"$/),
        expect.stringMatching(/^docs\/a\.labels\.json: unknown field "figure"/),
      ]),
    );
  });

  it('given a bad unit, qualifier and occurrence, when validated, then each figure field is named', () => {
    const problems = problemsOf({
      ...valid,
      figures: [
        {
          text: 'x',
          occurrence: -1,
          value: '7',
          qualifier: 'roughly',
          unit: 'dollars',
        },
      ],
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'docs/a.labels.json.figures[0].occurrence',
      'docs/a.labels.json.figures[0].value',
      'docs/a.labels.json.figures[0].qualifier',
      'docs/a.labels.json.figures[0].unit',
    ]);
  });

  it('given a day-precision note with a time, when validated, then effectiveAt is refused', () => {
    const note = { ...valid.amendments[0], precision: 'day' };
    expect(problemsOf({ ...valid, amendments: [note] })).toEqual([
      expect.stringContaining('amendments[0].effectiveAt: with precision "day" expected a date "YYYY-MM-DD"'),
    ]);
  });

  it('given a source outside the shared directory, when validated, then it is refused', () => {
    expect(problemsOf({ ...valid, source: '/etc/passwd' })).toEqual([
      expect.stringContaining('.source: expected "shared:'),
    ]);
  });
});
