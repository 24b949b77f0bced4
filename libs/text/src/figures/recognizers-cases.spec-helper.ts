import { join } from 'node:path';
import { readSharedText, RECOGNIZERS_SPECS_DIR } from '@palimpsest/shared-folder';
import type { Qualifier } from '../model';
import { extractFiguresFromText } from './extract-from-text';
import type { TextFigure } from './figure-draft';
import { findNumbers } from './mention-findings';
import type { NonFigureReason } from './non-figure-reason';

export interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution: { value: string | null; unit?: string; isoCurrency?: string; subtype?: string } | null;
  Start: number;
  End: number;
}

export interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: SpecResult[];
}

const loaded = new Map<string, SpecCase[]>();

/** One specification file, read once from the shared folder (call it inside hooks and tests: the folder may be absent). */
export function loadCases(file: string): SpecCase[] {
  let cases = loaded.get(file);
  if (!cases) {
    cases = JSON.parse(readSharedText(join(RECOGNIZERS_SPECS_DIR, file))) as SpecCase[];
    loaded.set(file, cases);
  }
  return cases;
}

export const supportedInJavaScript = (spec: SpecCase) => !/javascript/i.test(spec.NotSupported ?? '');

/** Why an expected result is outside what we call a figure; spec-level categories beside our own reasons. */
export type SpecCategory = NonFigureReason | 'unit-without-amount' | 'currency-without-iso-code' | 'two-sided-range';

/** The reason our rules give for the number at the result's span, null when we read it as a figure. */
export function nonFigureReason(input: string, result: SpecResult): NonFigureReason | null {
  const end = result.End + 1;
  const { findings, masked } = findNumbers(input);
  const overlapping = findings.filter((finding) => finding.start < end && finding.end > result.Start);
  if (overlapping.some((finding) => finding.reason === null)) return null;
  if (overlapping.length > 0) return overlapping[0].reason;
  return masked.find((span) => span.start < end && span.end > result.Start)?.reason ?? null;
}

export function sameValue(actual: number | null | undefined, expected: number): boolean {
  if (actual === null || actual === undefined) return false;
  return Math.abs(actual - expected) <= Math.max(1e-9, Math.abs(expected) * 1e-9);
}

/** The figure we extract over the result's span, if any. */
export function figureAt(input: string, result: SpecResult): TextFigure | undefined {
  const end = result.End + 1;
  return extractFiguresFromText(input).find((figure) => figure.start < end && figure.end > result.Start);
}

// Recognizers-Text unit names for which the ISO code is implied (it names "Dollar" without a country).
const IMPLIED_ISO: Readonly<Record<string, { code: string; divisor: number }>> = {
  Dollar: { code: 'USD', divisor: 1 },
  Pound: { code: 'GBP', divisor: 1 },
  Euro: { code: 'EUR', divisor: 1 },
  Rupee: { code: 'INR', divisor: 1 },
  Cent: { code: 'USD', divisor: 100 },
  Pence: { code: 'GBP', divisor: 100 },
  Penny: { code: 'GBP', divisor: 100 },
};

/** The ISO code and minor-unit divisor we should produce for a currency result, or null when none is implied. */
export function expectedCurrency(result: SpecResult): { code: string; divisor: number } | null {
  const resolution = result.Resolution;
  if (!resolution) return null;
  if (resolution.isoCurrency) return { code: resolution.isoCurrency, divisor: 1 };
  return IMPLIED_ISO[resolution.unit ?? ''] ?? null;
}

export interface Bound {
  value: number;
  qualifier: Qualifier;
}

/** A one-sided interval as our qualifier: "(30,)" is more than 30, "[30,)" at least, "(,100)" less than, "(,100]" at most. */
export function boundOf(interval: string): Bound | 'two-sided-range' | null {
  const match = /^([[(])(-?[\d.]*),(-?[\d.]*)([\])])$/.exec(interval);
  if (!match) return null;
  const [, open, low, high, close] = match;
  if (low !== '' && high !== '') {
    return low === high && open === '[' && close === ']'
      ? { value: Number(low), qualifier: 'exact' }
      : 'two-sided-range';
  }
  if (low !== '') return { value: Number(low), qualifier: open === '(' ? 'more_than' : 'at_least' };
  return { value: Number(high), qualifier: close === ')' ? 'less_than' : 'at_most' };
}

export class Tally {
  passed = 0;
  failed = 0;
  readonly categories = new Map<string, number>();
  readonly failures: string[] = [];

  pass(): void {
    this.passed += 1;
  }

  fail(description: string): void {
    this.failed += 1;
    this.failures.push(description);
  }

  classify(category: SpecCategory): void {
    this.categories.set(category, (this.categories.get(category) ?? 0) + 1);
  }

  get rate(): number {
    return this.passed / Math.max(1, this.passed + this.failed);
  }

  row(name: string): string {
    const categories = [...this.categories].map(([category, count]) => `${category}:${count}`).join(' ');
    return `${name.padEnd(34)} ${String(this.passed).padStart(4)}/${String(this.passed + this.failed).padEnd(4)} ${(this.rate * 100).toFixed(1).padStart(5)}%  ${categories}`;
  }
}
