// These functions are also sent to the browser as their own source text
// (see browser-script.ts), so each uses only its arguments, literals and the
// other functions listed in FORMAT_FUNCTIONS: no imports, no module constants.

export interface FigureLike {
  value: number | null;
  qualifier: string | null;
  unit: string | null;
}

/** A number as a reader writes it: 1020000 as "1.02 million", 25000 as "25,000", 0.5 as "0.5". */
export function formatNumber(value: number): string {
  const scales: Array<[number, string]> = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  for (const [size, word] of scales) {
    if (magnitude >= size) return `${sign}${trimDecimals(magnitude / size)} ${word}`;
  }
  const [whole, fraction] = trimDecimals(magnitude).split('.');
  // eslint-disable-next-line regexp/no-super-linear-move -- `whole` is a JS number's integer part: at most 22 digits.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** At most two decimals, without trailing zeros: 1.020 as "1.02", 2.50 as "2.5", 3.00 as "3". */
export function trimDecimals(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2).replace(/\.?(?<!0)0+$/, '');
}

/** An amount in its unit: counts bare, percentages with "%", currencies with their symbol or code. */
export function formatAmount(value: number, unit: string | null): string {
  const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
  const number = formatNumber(value);
  if (!unit || unit === 'count') return number;
  if (unit === 'percent') return `${number}%`;
  const symbol = symbols[unit];
  if (symbol) return value < 0 ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
  return `${number} ${unit}`;
}

/** A figure with its qualifier as written in prose: "about 1.02 million", "less than $100", "7". */
export function formatFigure(figure: FigureLike): string {
  const words: Record<string, string> = {
    exact: '',
    about: 'about',
    more_than: 'more than',
    less_than: 'less than',
    at_least: 'at least',
    at_most: 'up to',
  };
  if (figure.value === null) return '—';
  const qualifier = figure.qualifier ? (words[figure.qualifier] ?? figure.qualifier.replace(/_/g, ' ')) : '';
  return [qualifier, formatAmount(figure.value, figure.unit)].filter(Boolean).join(' ');
}

/** An instant for people: "2018-10-26 22:00 UTC"; dates alone stay dates. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The functions the browser receives, in an order where each is defined before it is called at run time. */
export const FORMAT_FUNCTIONS = [trimDecimals, formatNumber, formatAmount, formatFigure, formatInstant];
