/** Collects every problem in one labels file, so the author fixes them in one pass. */
export class Problems {
  readonly list: string[] = [];

  add(path: string, problem: string): void {
    this.list.push(`${path}: ${problem}`);
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports fields that are missing or not allowed; returns whether the value is an object at all. */
export function checkFields(
  value: unknown,
  path: string,
  problems: Problems,
  fields: { required: readonly string[]; optional?: readonly string[] },
): value is JsonObject {
  if (!isObject(value)) {
    problems.add(path, `expected an object, got ${describe(value)}`);
    return false;
  }
  const allowed = new Set([...fields.required, ...(fields.optional ?? [])]);
  for (const name of fields.required) if (!(name in value)) problems.add(path, `missing field "${name}"`);
  for (const name of Object.keys(value)) {
    if (!allowed.has(name)) problems.add(path, `unknown field "${name}" (allowed: ${[...allowed].join(', ')})`);
  }
  return true;
}

export function checkOneOf(value: unknown, path: string, problems: Problems, allowed: readonly unknown[]): void {
  if (!allowed.includes(value)) {
    problems.add(
      path,
      `expected one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}, got ${describe(value)}`,
    );
  }
}

export function checkString(
  value: unknown,
  path: string,
  problems: Problems,
  options: { nullable?: boolean } = {},
): void {
  if (value === null && options.nullable) return;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(path, `expected a non-empty string${options.nullable ? ' or null' : ''}, got ${describe(value)}`);
  }
}

export function checkArray(value: unknown, path: string, problems: Problems): value is unknown[] {
  if (Array.isArray(value)) return true;
  problems.add(path, `expected an array, got ${describe(value)}`);
  return false;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
