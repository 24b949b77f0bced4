import { isArticleEndCaption, isInterfaceCaption } from './boilerplate-captions';

describe(isInterfaceCaption.name, () => {
  it.each([
    'LISTEN TO ARTICLE',
    '**LISTEN TO ARTICLE**',
    '← Back to Newsroom',
    'Share',
    '5 min read',
    'Accept all cookies',
  ])('given the widget caption %p, when checked, then it is interface', (caption) => {
    expect(isInterfaceCaption(caption)).toBe(true);
  });

  it('given a sentence that mentions sharing, when checked, then it is not interface', () => {
    expect(isInterfaceCaption('We share information with law enforcement.')).toBe(false);
  });
});

describe(isArticleEndCaption.name, () => {
  it.each([
    'Downloads',
    'Share this article',
    'Categories:',
    'Tags: Elections, Security',
    '▼ RECENT NEWS',
    '▼ RELATED NEWS',
    'Related articles',
    'More from the Newsroom',
    'Read more',
    'You might also like',
    'Follow Meta Newsroom',
    'Follow us on Twitter',
    'Press Resources | PRESS@META.COM MEDIA GALLERY',
    'Sign up for our weekly newsletter',
    'Leave a comment',
  ])('given the caption %p, when checked, then it ends the article', (caption) => {
    expect(isArticleEndCaption(caption)).toBe(true);
  });

  it.each(['What We Found', 'Follow the money trail', 'More than 28,000 accounts followed these Pages.'])(
    'given the article line %p, when checked, then it does not end the article',
    (line) => {
      expect(isArticleEndCaption(line)).toBe(false);
    },
  );
});
