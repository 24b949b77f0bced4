/**
 * Reads typed settings from an environment map, collecting every problem so a
 * misconfigured app reports all of them at once at start-up.
 */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Record<string, string | undefined>) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw === '' ? fallback : raw;
  }

  integer(name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  /** A TCP port; 0 lets the system choose one. */
  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65_535 });
  }

  list(name: string, fallback: string[]): string[] {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  url(name: string, fallback: string, protocols: string[]): string {
    const raw = this.string(name, fallback);
    try {
      const url = new URL(raw);
      if (!protocols.includes(url.protocol))
        this.problems.push(`${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return raw;
  }

  /** Records a problem found by a check the reader has no method for, reported with the rest by done(). */
  report(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws one error listing every problem found, if any. */
  done(app: string): void {
    if (this.problems.length > 0) {
      throw new Error(`invalid configuration for ${app}:\n  - ${this.problems.join('\n  - ')}`);
    }
  }
}

/** Reads an app's settings with `read`, then refuses to start once, listing every problem `read` found. */
export function readConfig<T>(app: string, env: Record<string, string | undefined>, read: (reader: EnvReader) => T): T {
  const reader = new EnvReader(env);
  const config = read(reader);
  reader.done(app);
  return config;
}
