import type { FigureValue } from '../model';

/** A figure found in one text, offsets relative to that text, before it gets a key. */
export interface TextFigure extends FigureValue {
  label: string;
  section: string | null;
  start: number;
  end: number;
  /** The bound a figure gives when it is one end of a range ("between 10 and 20"). */
  role?: 'range-low' | 'range-high';
}
