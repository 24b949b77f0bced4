/** Why a number-like span is not a figure. Named so that tests and reports can say which rule applied. */
export type NonFigureReason =
  | 'date'
  | 'time'
  | 'year'
  | 'fiscal-or-quarter-period'
  | 'ordinal'
  | 'duration-or-relative-time'
  | 'phone-number'
  | 'street-address'
  | 'postal-code'
  | 'version-or-ip'
  | 'reference-number'
  | 'alphanumeric-name'
  | 'url'
  | 'hashtag-or-handle'
  | 'footnote-or-enumerator'
  | 'determiner-one'
  | 'word-fraction'
  | 'compound-modifier'
  | 'measurement'
  | 'anaphoric-reference'
  | 'score-or-tally'
  | 'rank-cutoff'
  | 'age-bracket'
  | 'reporting-band'
  | 'margin-of-error'
  | 'excluded-span';

export interface ReasonSpan {
  start: number;
  end: number;
  reason: NonFigureReason;
}
