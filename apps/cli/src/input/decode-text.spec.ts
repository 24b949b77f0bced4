import { decodeText } from './decode-text';

describe(decodeText.name, () => {
  it('given UTF-8 text, when decoded, then the text is returned', () => {
    expect(decodeText(Buffer.from('Less than $100 — café'))).toEqual({
      ok: true,
      value: 'Less than $100 — café',
    });
  });

  it('given no bytes, when decoded, then it is refused as empty', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({
      ok: false,
      reason: 'is empty',
    });
  });

  it('given only whitespace, when decoded, then it is refused as empty', () => {
    expect(decodeText(Buffer.from(' \n\t '))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('empty'),
    });
  });

  it('given a NUL byte, when decoded, then it is refused as binary', () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x00, 0x03]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('NUL'),
    });
  });

  it('given mostly invalid UTF-8, when decoded, then it is refused as not text', () => {
    const bytes = Buffer.from(Array.from({ length: 64 }, (_, index) => 0x80 + (index % 64)));
    expect(decodeText(bytes)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not valid UTF-8'),
    });
  });

  it('given one stray Latin-1 byte in a long text, when decoded, then it is still accepted', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(500)), Buffer.from([0xe9]), Buffer.from(' end')]);
    expect(decodeText(bytes).ok).toBe(true);
  });
});
