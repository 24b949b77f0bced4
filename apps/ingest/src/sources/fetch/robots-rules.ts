/**
 * Whether robots.txt lets `userAgent` fetch `path` (RFC 9309): the group
 * naming our product token, else the `*` group; the longest matching rule
 * wins, and allow wins a tie. `*` matches any characters, `$` ends a pattern.
 */
export function robotsAllows(robotsTxt: string, userAgent: string, path: string): boolean {
  const groups = parseGroups(robotsTxt);
  const product = userAgent.split('/')[0].trim().toLowerCase();
  const group =
    groups.find((candidate) => candidate.agents.some((agent) => agent !== '*' && product.includes(agent))) ??
    groups.find((candidate) => candidate.agents.includes('*'));
  if (!group) return true;
  let best: { length: number; allow: boolean } | null = null;
  for (const rule of group.rules) {
    if (rule.pattern === '' || !matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { length, allow: rule.allow };
  }
  return best?.allow ?? true;
}

interface Group {
  agents: string[];
  rules: Array<{ allow: boolean; pattern: string }>;
}

function parseGroups(robotsTxt: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const line of robotsTxt.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z-]+)\s*:\s*(\S[\s\S]*|)$/.exec(line.replace(/#[\s\S]*/, '').trimEnd());
    if (!match) continue;
    const [, field, value] = match;
    const name = field.toLowerCase();
    if (name === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if ((name === 'allow' || name === 'disallow') && current) {
      current.rules.push({ allow: name === 'allow', pattern: value });
      lastWasAgent = false;
    }
  }
  return groups;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}
