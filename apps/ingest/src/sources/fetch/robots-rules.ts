import robotsParser from 'robots-parser';

/** The rules of one origin's robots.txt, read once and asked per URL. */
export interface RobotsRules {
  allows(userAgent: string, path: string): boolean;
}

// The rules are cached per origin already, so one placeholder origin stands for whichever served them.
const ORIGIN = 'https://robots.invalid';

/**
 * robots.txt read by robots-parser (RFC 9309): groups naming our product token
 * (case-insensitive, exact) are merged, else the `*` group applies; the
 * longest matching rule wins and allow wins a tie; `*` and `$` are matched by
 * Google's robotstxt algorithm, in time proportional to pattern times path.
 */
export function readRobots(robotsTxt: string): RobotsRules {
  const robots = robotsParser(`${ORIGIN}/robots.txt`, robotsTxt);
  return { allows: (userAgent, path) => robots.isAllowed(`${ORIGIN}${path}`, userAgent) ?? true };
}

/** Whether robots.txt lets `userAgent` fetch `path` (a URL's path and query). */
export function robotsAllows(robotsTxt: string, userAgent: string, path: string): boolean {
  return readRobots(robotsTxt).allows(userAgent, path);
}
