import { labelFromLeadIn, plainLeadInLabel } from './lead-in-label';

describe(labelFromLeadIn.name, () => {
  it.each([
    ['Followers:', 'Followers'],
    ['Presence on Facebook and Instagram :', 'Presence on Facebook and Instagram'],
  ])('given the lead-in %p, then the label is %p', (leadIn, label) => {
    expect(labelFromLeadIn(leadIn)).toBe(label);
  });

  it('given a lead-in without a colon or too long to be a label, then there is none', () => {
    expect(labelFromLeadIn('Followers')).toBeUndefined();
    expect(labelFromLeadIn('This is a long emphasised sentence that just happens to end:')).toBeUndefined();
  });
});

describe(plainLeadInLabel.name, () => {
  it('given "Followers: About 1.02 million", then the label is Followers', () => {
    expect(plainLeadInLabel('Followers: About 1.02 million')).toBe('Followers');
  });

  it('given a time or a lower-case start, then there is no label', () => {
    expect(plainLeadInLabel('At 10: we met')).toBeUndefined();
    expect(plainLeadInLabel('note: lower case')).toBeUndefined();
  });
});
