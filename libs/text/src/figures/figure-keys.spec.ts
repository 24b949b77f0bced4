import { assignKeys, baseKey } from './figure-keys';
import { slugify } from './slug';
import { singular, subjectWords } from './subject-words';

describe(slugify.name, () => {
  it('given a heading with an apostrophe and capitals, when slugged, then it is lowercase words joined by hyphens', () => {
    expect(slugify('What We’ve Found So Far')).toBe('what-weve-found-so-far');
  });

  it('given accents and punctuation, when slugged, then only ascii letters and digits remain', () => {
    expect(slugify('Présence: Facebook & Instagram!')).toBe('presence-facebook-instagram');
  });
});

describe(singular.name, () => {
  it.each([
    ['accounts', 'account'],
    ['activities', 'activity'],
    ['businesses', 'business'],
    ['business', 'business'],
    ['news', 'news'],
    ['ads', 'ads'],
  ])('given "%s", when folded, then it is "%s"', (word, folded) => {
    expect(singular(word)).toBe(folded);
  });
});

describe(subjectWords.name, () => {
  it('given quantifier fillers, when reduced, then only the content words remain, sorted', () => {
    expect(subjectWords('accounts followed at least one of these Pages')).toEqual(['account', 'follow', 'page']);
  });

  it('given the same subject reworded with "one or more of", when reduced, then the words are the same', () => {
    expect(subjectWords('accounts followed one or more of these Pages')).toEqual(
      subjectWords('accounts followed at least one of these Pages'),
    );
  });

  it('given a purpose phrase after the counted noun, when reduced, then it stops at the preposition', () => {
    expect(subjectWords('Pages, Groups and accounts for coordinated inauthentic behavior')).toEqual([
      'account',
      'group',
      'page',
    ]);
  });

  it('given a negation, when reduced, then it is kept so "no interest" differs from "interest"', () => {
    expect(subjectWords('events received no interest')).toContain('no');
  });

  it('given a long phrase, when reduced, then at most four words are kept', () => {
    expect(subjectWords('people working on safety and security teams worldwide')).toHaveLength(4);
  });

  it('given synonyms, when reduced, then they fold to one word', () => {
    expect(subjectWords('individuals reached')).toEqual(subjectWords('people reached'));
  });
});

describe(baseKey.name, () => {
  it('given a section and a label, when keyed, then the key is the section slug and the subject', () => {
    expect(baseKey({ section: 'Presence on Facebook and Instagram', label: 'Pages', unit: 'count' })).toBe(
      'presence-on-facebook-and-instagram/page',
    );
  });

  it('given no section and no label, when keyed, then the document and the unit name the key', () => {
    expect(baseKey({ section: null, label: '', unit: 'USD' })).toBe('document/usd');
  });

  it('given the bounds of a range, when keyed, then each bound has its own suffix', () => {
    const low = baseKey({ section: 'S', label: 'Pages', unit: 'count', role: 'range-low' });
    const high = baseKey({ section: 'S', label: 'Pages', unit: 'count', role: 'range-high' });
    expect([low, high]).toEqual(['s/page~min', 's/page~max']);
  });
});

describe(assignKeys.name, () => {
  it('given colliding keys, when assigned, then later ones are numbered in reading order', () => {
    const source = { section: 'Events', label: 'events hosted', unit: 'count' };
    expect(assignKeys([source, source, source])).toEqual([
      'events/event-hosted',
      'events/event-hosted~2',
      'events/event-hosted~3',
    ]);
  });
});

describe(`${baseKey.name} under a heading that states an amount`, () => {
  it('given the amount in the heading changes, when keyed, then the key stays the same', () => {
    const key = (section: string) => baseKey({ section, label: 'videos removed', unit: 'percent' });

    expect(key('Proactive removals rose to 98.2%')).toBe(key('Proactive removals rose to 97.9%'));
    expect(key('Proactive removals rose to 98.2%')).toBe('proactive-removals-rose-to/removed-video');
  });

  it('given a year in the heading, when keyed, then the year stays in the key', () => {
    expect(baseKey({ section: '2024 elections', label: 'networks', unit: 'count' })).toBe('2024-elections/network');
  });
});
