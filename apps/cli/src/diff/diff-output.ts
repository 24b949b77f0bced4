import type { FigureValue, RevisionDiff } from '@palimpsest/text';

function valueOutput(figure: FigureValue | null) {
  return (
    figure && {
      value: figure.value,
      qualifier: figure.qualifier,
      unit: figure.unit,
      text: figure.text,
    }
  );
}

/** The `diff` JSON contract: figure changes first, then block changes, then the silent-edit verdict. */
export function diffOutput({ figureChanges, blocks, silentEdit }: RevisionDiff) {
  return {
    figureChanges: figureChanges.map(({ key, change, from, to }) => ({
      key,
      change,
      from: valueOutput(from),
      to: valueOutput(to),
    })),
    blocks,
    silentEdit,
  };
}
