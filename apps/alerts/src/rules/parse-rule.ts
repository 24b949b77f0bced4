import { refuse, type Result } from '@palimpsest/contracts';
import type { Rule, ThresholdDirection } from './rule';

export const RULE_SYNTAX =
  'any-change | added-or-removed | absolute>=N | relative>=P% | crosses:N | crosses-up:N | crosses-down:N | ' +
  'qualifier-changed | amendment-note | silent-edit';

const SIMPLE_KINDS = ['any-change', 'added-or-removed', 'qualifier-changed', 'amendment-note', 'silent-edit'] as const;
const DIRECTIONS: Record<string, ThresholdDirection> = {
  crosses: 'either',
  'crosses-up': 'up',
  'crosses-down': 'down',
};

/** Reads a rule written as an expression ("relative>=5%") or as an object ({ "kind": "relative-change", ... }). */
export function parseRule(input: unknown): Result<Rule> {
  if (typeof input === 'string') return parseRuleExpression(input.trim());
  if (typeof input === 'object' && input !== null && !Array.isArray(input))
    return parseRuleObject(input as Record<string, unknown>);
  return refuse(`"rule" is required: ${RULE_SYNTAX}`);
}

function parseRuleExpression(text: string): Result<Rule> {
  if (text === 'any') return { ok: true, value: { kind: 'any-change' } };
  if ((SIMPLE_KINDS as readonly string[]).includes(text)) return { ok: true, value: { kind: text } as Rule };
  const comparison = /^(absolute|relative)\s*>=\s*(\S+?)(%?)$/.exec(text);
  if (comparison) {
    const [, measure, amount, percent] = comparison;
    if (measure === 'absolute' && percent) return refuse('"absolute>=N" takes a number, not a percentage');
    const kind = measure === 'absolute' ? 'absolute-change' : 'relative-change';
    return parseRuleObject({ kind, [measure === 'absolute' ? 'atLeast' : 'atLeastPercent']: Number(amount) });
  }
  const threshold = /^(crosses|crosses-up|crosses-down)\s*:\s*(\S+)$/.exec(text);
  if (threshold) {
    return parseRuleObject({
      kind: 'crosses-threshold',
      threshold: Number(threshold[2]),
      direction: DIRECTIONS[threshold[1]],
    });
  }
  return refuse(`unknown rule "${text.slice(0, 60)}"; expected ${RULE_SYNTAX}`);
}

function parseRuleObject(input: Record<string, unknown>): Result<Rule> {
  const { kind } = input;
  if ((SIMPLE_KINDS as readonly unknown[]).includes(kind)) return { ok: true, value: { kind } as Rule };
  if (kind === 'absolute-change') {
    const atLeast = positiveNumber(input.atLeast);
    return atLeast === null
      ? refuse('"absolute-change" needs "atLeast", a number above 0')
      : { ok: true, value: { kind, atLeast } };
  }
  if (kind === 'relative-change') {
    const atLeastPercent = positiveNumber(input.atLeastPercent);
    if (atLeastPercent === null) return refuse('"relative-change" needs "atLeastPercent", a number above 0');
    return { ok: true, value: { kind, atLeastPercent } };
  }
  if (kind === 'crosses-threshold') return parseThreshold(input);
  return refuse(`unknown rule kind ${JSON.stringify(kind)?.slice(0, 60)}; expected ${RULE_SYNTAX}`);
}

function parseThreshold(input: Record<string, unknown>): Result<Rule> {
  const { threshold, direction = 'either' } = input;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold))
    return refuse('"crosses-threshold" needs "threshold", a number');
  if (direction !== 'either' && direction !== 'up' && direction !== 'down') {
    return refuse('"direction" must be "either", "up" or "down"');
  }
  return { ok: true, value: { kind: 'crosses-threshold', threshold, direction } };
}

function positiveNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
