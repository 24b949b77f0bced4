/** A stretch of a text by character offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}
