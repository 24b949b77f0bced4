import type { FetchPolicy } from '../sources-config';
import { FetchFailedError } from './fetch-errors';
import { httpGet } from './http-get';
import type { RobotsRules } from './robots-rules';
import { readRobots } from './robots-rules';

interface CachedRobots {
  rules: RobotsRules;
  fetchedAt: number;
}

/**
 * robots.txt per origin, fetched with the same policy, read once and cached for
 * SOURCE_ROBOTS_TTL_MS. Per RFC 9309 §2.3.1: a 4xx means no rules; a 5xx or
 * an unreachable server means nothing may be fetched, reported as a failure.
 */
export class RobotsPolicy {
  private readonly cache = new Map<string, CachedRobots>();

  constructor(private readonly policy: FetchPolicy) {}

  async allows(raw: string, now: number): Promise<boolean> {
    if (!this.policy.respectRobots) return true;
    const url = new URL(raw);
    const rules = await this.robotsOf(url.origin, now);
    return rules.allows(this.policy.userAgent, `${url.pathname}${url.search}`);
  }

  private async robotsOf(origin: string, now: number): Promise<RobotsRules> {
    const cached = this.cache.get(origin);
    if (cached && now - cached.fetchedAt < this.policy.robotsTtlMs) return cached.rules;
    const answer = await httpGet(`${origin}/robots.txt`, { ...this.policy, maxBytes: 512 * 1024 }, null);
    if (answer.status >= 500) throw new FetchFailedError(`robots.txt answered HTTP ${answer.status}`);
    const text = answer.status >= 200 && answer.status < 300 ? answer.body.toString('utf8') : '';
    const rules = readRobots(text);
    this.cache.set(origin, { rules, fetchedAt: now });
    return rules;
  }
}
