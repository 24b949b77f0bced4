import { Rule, ThresholdDirection } from './rule';

export type RuleParseResult = { ok: true; rule: Rule } | { ok: false; reason: string };

export const RULE_SYNTAX =
  'any-change | added-or-removed | absolute>=N | relative>=P% | crosses:N | crosses-up:N | crosses-down:N | ' +
  'qualifier-changed | amendment-note | silent-edit';

const SIMPLE_KINDS = ['any-change', 'added-or-removed', 'qualifier-changed', 'amendment-note', 'silent-edit'] as const;
const DIRECTIONS: Record<string, ThresholdDirection> = {
  crosses: 'either',
  'crosses-up': 'up',
  'crosses-down': 'down',
};

const invalid = (reason: string): RuleParseResult => ({ ok: false, reason });

/** Reads a rule written as an expression ("relative>=5%") or as an object ({ "kind": "relative-change", ... }). */
export function parseRule(input: unknown): RuleParseResult {
  if (typeof input === 'string') return parseRuleExpression(input.trim());
  if (typeof input === 'object' && input !== null && !Array.isArray(input))
    return parseRuleObject(input as Record<string, unknown>);
  return invalid(`"rule" is required: ${RULE_SYNTAX}`);
}

function parseRuleExpression(text: string): RuleParseResult {
  if (text === 'any') return { ok: true, rule: { kind: 'any-change' } };
  if ((SIMPLE_KINDS as readonly string[]).includes(text)) return { ok: true, rule: { kind: text } as Rule };
  const comparison = /^(absolute|relative)\s*>=\s*(\S+?)(%?)$/.exec(text);
  if (comparison) {
    const [, measure, amount, percent] = comparison;
    if (measure === 'absolute' && percent) return invalid('"absolute>=N" takes a number, not a percentage');
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
  return invalid(`unknown rule "${text.slice(0, 60)}"; expected ${RULE_SYNTAX}`);
}

function parseRuleObject(input: Record<string, unknown>): RuleParseResult {
  const { kind } = input;
  if ((SIMPLE_KINDS as readonly unknown[]).includes(kind)) return { ok: true, rule: { kind } as Rule };
  if (kind === 'absolute-change') {
    const atLeast = positiveNumber(input.atLeast);
    return atLeast === null
      ? invalid('"absolute-change" needs "atLeast", a number above 0')
      : { ok: true, rule: { kind, atLeast } };
  }
  if (kind === 'relative-change') {
    const atLeastPercent = positiveNumber(input.atLeastPercent);
    if (atLeastPercent === null) return invalid('"relative-change" needs "atLeastPercent", a number above 0');
    return { ok: true, rule: { kind, atLeastPercent } };
  }
  if (kind === 'crosses-threshold') return parseThreshold(input);
  return invalid(`unknown rule kind ${JSON.stringify(kind)?.slice(0, 60)}; expected ${RULE_SYNTAX}`);
}

function parseThreshold(input: Record<string, unknown>): RuleParseResult {
  const { threshold, direction = 'either' } = input;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold))
    return invalid('"crosses-threshold" needs "threshold", a number');
  if (direction !== 'either' && direction !== 'up' && direction !== 'down') {
    return invalid('"direction" must be "either", "up" or "down"');
  }
  return { ok: true, rule: { kind: 'crosses-threshold', threshold, direction } };
}

function positiveNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
