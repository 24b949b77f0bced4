import type { Span } from '../../scoring/locate-label';
import { overlaps } from '../../scoring/locate-label';
import type { PredictedFigure } from '../../scoring/score-figures';
import { peerModels } from './peer-models';
import { findComparatives, qualifierAt } from './peer-qualifiers';

type ModelResult = ReturnType<ReturnType<typeof peerModels>['number']['parse']>[number];

/** Currency names that Recognizers-Text resolves without an ISO code; a bare "$" or "pound" is read as the US or UK one. */
const CURRENCY_NAMES: Record<string, string> = {
  Dollar: 'USD',
  Pound: 'GBP',
  Euro: 'EUR',
  Yen: 'JPY',
  Rupee: 'INR',
  Yuan: 'CNY',
};

/** Recognizers-Text reports an inclusive end index. */
function spanOf(result: ModelResult): Span {
  return { start: result.start, end: result.end + 1 };
}

function currencyUnit(resolution: Record<string, string>): string {
  return resolution.isoCurrency ?? CURRENCY_NAMES[resolution.unit] ?? `unknown:${resolution.unit}`;
}

/**
 * Recognizers-Text's figures in a body text: its currency and percentage
 * results, then its plain numbers where those do not overlap; anything
 * overlapping a date, time or phone number it recognised is dropped.
 */
export function recognizePeerFigures(text: string): PredictedFigure[] {
  const models = peerModels();
  const excluded = [...models.dateTime.parse(text), ...models.phoneNumber.parse(text)].map(spanOf);
  const comparatives = findComparatives(text);
  const figures: PredictedFigure[] = [];
  const add = (result: ModelResult, unit: string, value: number) => {
    const span = spanOf(result);
    if (!Number.isFinite(value) || excluded.some((other) => overlaps(span, other))) return;
    if (figures.some((figure) => overlaps(span, figure))) return;
    figures.push({
      ...span,
      value,
      unit,
      qualifier: qualifierAt(comparatives, span.start),
    });
  };
  for (const result of models.currency.parse(text))
    add(result, currencyUnit(result.resolution), parseFloat(result.resolution.value));
  for (const result of models.percentage.parse(text)) add(result, 'percent', parseFloat(result.resolution.value));
  for (const result of models.number.parse(text)) add(result, 'count', parseFloat(result.resolution.value));
  return figures.sort((a, b) => a.start - b.start);
}
