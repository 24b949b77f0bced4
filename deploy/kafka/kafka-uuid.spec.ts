import { randomKafkaUuidText } from './kafka-uuid';

describe(randomKafkaUuidText.name, () => {
  it('given random bytes, when formatted, then the id is 22 characters of unpadded base64url', () => {
    const id = randomKafkaUuidText();

    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('given bytes whose base64url starts with "-", when formatted, then those are drawn again', () => {
    const draws = [Buffer.alloc(16, 0xfb), Buffer.alloc(16, 0x01)];

    const id = randomKafkaUuidText(() => draws.shift()!);

    expect(Buffer.alloc(16, 0xfb).toString('base64url').startsWith('-')).toBe(true);
    expect(id).toBe(Buffer.alloc(16, 0x01).toString('base64url'));
  });

  it('given all-zero bytes, when formatted, then they are drawn again', () => {
    const draws = [Buffer.alloc(16, 0), Buffer.alloc(16, 0x22)];

    const id = randomKafkaUuidText(() => draws.shift()!);

    expect(id).toBe(Buffer.alloc(16, 0x22).toString('base64url'));
  });
});
