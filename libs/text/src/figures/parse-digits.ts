import { SUFFIX_MULTIPLIERS } from './number-words';

// Thousands grouped by commas (1,234,567), Indian lakh grouping (12,34,567) or spaces (1 234 567).
const GROUPED = String.raw`\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?: \d{3})+|\d+`;
const DIGITS = new RegExp(String.raw`^(${GROUPED})?(\.\d+)?$`);
const MIXED_FRACTION = /^(\d+)\s+(\d+)\s*\/\s*(\d+)$/;
const FRACTION = /^(\d+)\s*\/\s*(\d+)$/;
const SCIENTIFIC = /^(\d+(?:\.\d+)?)e([+-]?\d+)$/;
const POWER = /^(\d+(?:\.\d+)?)\^([+-]*)(\d+)$/;
const DECIMAL_COMMA = /^(\d+),(\d{1,2})$/;
const WITH_MULTIPLIERS = /^(.*?\d)\s*([a-z]+(?:\s+[a-z]+)*)\s*$/;

/** A plain decimal written with digits and group separators, or null. */
export function parseDigits(text: string): number | null {
  if (text === '' || text === '.') return null;
  const match = DIGITS.exec(text);
  if (match) return Number(`${(match[1] ?? '0').replace(/[, ]/g, '')}${match[2] ?? ''}`);
  const comma = DECIMAL_COMMA.exec(text);
  return comma ? Number(`${comma[1]}.${comma[2]}`) : null;
}

function parseNotation(text: string): number | null {
  const mixed = MIXED_FRACTION.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = FRACTION.exec(text);
  if (fraction) return Number(fraction[2]) === 0 ? null : Number(fraction[1]) / Number(fraction[2]);
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return Number(scientific[1]) * 10 ** Number(scientific[2]);
  const power = POWER.exec(text);
  if (!power) return null;
  const negativeExponent = (power[2].match(/-/g) ?? []).length % 2 === 1;
  return Number(power[1]) ** (negativeExponent ? -Number(power[3]) : Number(power[3]));
}

/** Digits with an optional notation ("3 1/2", "1e10", "1.1^23") and multipliers ("10k", "1.02 million", "13 lakh"). */
export function parseNumeral(text: string): number | null {
  const plain = parseDigits(text) ?? parseNotation(text);
  if (plain !== null) return plain;
  const split = WITH_MULTIPLIERS.exec(text);
  if (!split) return null;
  const base = parseDigits(split[1].trim());
  if (base === null) return null;
  let value = base;
  for (const word of split[2].trim().split(/\s+/)) {
    const multiplier = SUFFIX_MULTIPLIERS[word];
    if (multiplier === undefined) return null;
    value *= multiplier;
  }
  return value;
}
