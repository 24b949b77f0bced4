import type { FigureChange, FigureValue } from './rule';

export const figure = (value: number, qualifier: FigureValue['qualifier'] = 'exact', unit = 'count'): FigureValue => ({
  value,
  qualifier,
  unit,
  text: String(value),
});

export const changed = (from: FigureValue | null, to: FigureValue | null, silentEdit = false): FigureChange => ({
  change:
    from === null
      ? 'added'
      : to === null
        ? 'removed'
        : from.qualifier !== to.qualifier && from.value === to.value
          ? 'requalified'
          : 'changed',
  from,
  to,
  silentEdit,
});
