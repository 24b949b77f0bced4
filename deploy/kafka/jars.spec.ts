import { kafkaVersionOfPom } from './jars';

describe(kafkaVersionOfPom.name, () => {
  it('given a pom with a kafka.version property, then that version is read', () => {
    const pom = '<properties>\n  <kafka.version> 4.4.0 </kafka.version>\n</properties>';

    expect(kafkaVersionOfPom(pom)).toBe('4.4.0');
  });

  it('given a pom without it, then it throws', () => {
    expect(() => kafkaVersionOfPom('<properties></properties>')).toThrow('has no <kafka.version> property');
  });
});
