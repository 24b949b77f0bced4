import { readRobots, robotsAllows } from './robots-rules';

const agent = 'PalimpsestBot/1.0 (report change monitor)';

describe(robotsAllows.name, () => {
  const robots = [
    'User-agent: *',
    'Disallow: /private/',
    'Allow: /private/press/',
    '',
    'User-agent: OtherBot',
    'Disallow: /',
  ].join('\n');

  it('given the * group, then a disallowed prefix is refused and a longer allow wins inside it', () => {
    expect(robotsAllows(robots, agent, '/private/x')).toBe(false);
    expect(robotsAllows(robots, agent, '/private/press/2018')).toBe(true);
    expect(robotsAllows(robots, agent, '/news/a')).toBe(true);
  });

  it('given a group naming our product token, then it replaces the * group', () => {
    const named = 'User-agent: *\nDisallow: /\n\nUser-agent: palimpsestbot\nDisallow: /drafts\n';
    expect(robotsAllows(named, agent, '/news')).toBe(true);
    expect(robotsAllows(named, agent, '/drafts/1')).toBe(false);
  });

  it('given wildcards and an end anchor, then they match as RFC 9309 describes', () => {
    const wild = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /tmp*/cache\n';
    expect(robotsAllows(wild, agent, '/a/report.pdf')).toBe(false);
    expect(robotsAllows(wild, agent, '/a/report.pdf?x=1')).toBe(true);
    expect(robotsAllows(wild, agent, '/tmp123/cache/x')).toBe(false);
  });

  it('given an empty Disallow or no matching group, then everything is allowed', () => {
    expect(robotsAllows('User-agent: *\nDisallow:\n', agent, '/x')).toBe(true);
    expect(robotsAllows('User-agent: OtherBot\nDisallow: /\n', agent, '/x')).toBe(true);
  });

  it('given two groups naming our product token, then their rules are merged (RFC 9309 §2.2.1)', () => {
    const split =
      'User-agent: PalimpsestBot\nDisallow: /a\n\nUser-agent: *\nDisallow: /\n\nUser-agent: palimpsestbot\nDisallow: /b\n';
    expect(robotsAllows(split, agent, '/a/1')).toBe(false);
    expect(robotsAllows(split, agent, '/b/1')).toBe(false);
    expect(robotsAllows(split, agent, '/c/1')).toBe(true);
  });

  it('given a group naming only part of our product token, then it does not apply to us', () => {
    expect(robotsAllows('User-agent: palimpsest\nDisallow: /\n', agent, '/x')).toBe(true);
  });

  it('given a rule in raw UTF-8 and a path percent-encoded in either case, then they match', () => {
    const accents = 'User-agent: *\nDisallow: /café/\n';
    expect(robotsAllows(accents, agent, '/caf%C3%A9/menu')).toBe(false);
    expect(robotsAllows(accents, agent, '/caf%c3%a9/menu')).toBe(false);
  });

  it('given a rule of many wildcards and a long path, when read twice, then both answers agree', () => {
    const sut = readRobots(`User-agent: *\nDisallow: /${'*a'.repeat(1_000)}$\n`);
    const path = `/${'a'.repeat(2_000)}b`;
    expect(sut.allows(agent, path)).toBe(true);
    expect(sut.allows(agent, path.slice(0, -1))).toBe(false);
  });
});
