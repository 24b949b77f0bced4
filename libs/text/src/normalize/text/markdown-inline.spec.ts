import { readInline } from './markdown-inline';

describe(readInline.name, () => {
  it('given an italic lead-in with its colon inside, when read, then it labels the block and stays in the text', () => {
    expect(readInline('*Followers:* About 1.02 million accounts')).toEqual({
      text: 'Followers: About 1.02 million accounts',
      label: 'Followers',
      linkOnly: false,
    });
  });

  it('given a bold lead-in with its colon outside, when read, then it labels the block', () => {
    expect(readInline('**Events**: Seven events hosted.').label).toBe('Events');
  });

  it('given links, images and autolinks, when read, then only link text remains', () => {
    expect(readInline('See [the lab](https://x.org/a_(b)) ![logo](l.png) and <https://x.org>.').text).toBe(
      'See the lab  and https://x.org.',
    );
  });

  it('given escaped characters, when read, then they read as themselves and are not markup', () => {
    expect(readInline('Less than \\$100 and a literal \\*star\\*').text).toBe('Less than $100 and a literal *star*');
  });

  it('given bold brackets around a note, when read, then the brackets stay and the stars go', () => {
    expect(readInline('hosted. **[Updated on October 26, 2018.]**').text).toBe(
      'hosted. [Updated on October 26, 2018.]',
    );
  });

  it('given snake_case words, when read, then their underscores stay', () => {
    expect(readInline('the user_id field').text).toBe('the user_id field');
  });

  it.each(['[← Back to Newsroom](#)', '[META](#)', '[A](/a) | [B](/b)'])(
    'given %p, when read, then it is link-only',
    (line) => {
      expect(readInline(line).linkOnly).toBe(true);
    },
  );

  it('given a sentence with a link, when read, then it is not link-only', () => {
    expect(readInline('Our [elections war room](#) has teams.').linkOnly).toBe(false);
  });
});
