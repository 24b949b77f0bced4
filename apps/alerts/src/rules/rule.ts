/** When a subscription fires. Figure rules look at one FigureChanged; `amendment-note` at AmendmentNoted. */
export type ThresholdDirection = 'either' | 'up' | 'down';

export type Rule =
  | { kind: 'any-change' }
  | { kind: 'added-or-removed' }
  | { kind: 'absolute-change'; atLeast: number }
  | { kind: 'relative-change'; atLeastPercent: number }
  | { kind: 'crosses-threshold'; threshold: number; direction: ThresholdDirection }
  | { kind: 'qualifier-changed' }
  | { kind: 'amendment-note' }
  | { kind: 'silent-edit' };

export type RuleKind = Rule['kind'];

/** A figure's value as FigureChanged carries it. */
export interface FigureValue {
  value: number;
  qualifier: 'exact' | 'about' | 'more_than' | 'less_than' | 'at_least' | 'at_most';
  unit: string;
  text: string;
}

export interface FigureChange {
  change: 'added' | 'removed' | 'changed' | 'requalified';
  from: FigureValue | null;
  to: FigureValue | null;
  silentEdit: boolean;
}
