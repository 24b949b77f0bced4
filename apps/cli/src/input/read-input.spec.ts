import { fakeIo } from '../testing/fake-io.spec-helper';
import { readInput } from './read-input';

describe(readInput.name, () => {
  it('given a readable text file, when read, then its text and format are returned', async () => {
    const io = fakeIo({ files: { 'a.txt': 'Seven events hosted.' } });
    expect(await readInput('a.txt', io)).toEqual({
      ok: true,
      value: { name: 'a.txt', format: 'text', text: 'Seven events hosted.' },
    });
  });

  it('given "-", when read, then stdin is used', async () => {
    const io = fakeIo({ stdin: '<html><body><p>x</p></body></html>' });
    expect(await readInput('-', io)).toMatchObject({
      ok: true,
      value: { name: 'stdin', format: 'text' },
    });
  });

  it('given a missing file, when read, then the message names the file and the problem', async () => {
    expect(await readInput('nope.txt', fakeIo({}))).toEqual({
      ok: false,
      reason: 'nope.txt: no such file',
    });
  });

  it('given a directory, when read, then the message says it is a directory', async () => {
    const io = fakeIo({ directories: ['docs'] });
    expect(await readInput('docs', io)).toEqual({
      ok: false,
      reason: 'docs: is a directory, not a file',
    });
  });

  it('given a binary file, when read, then the message says it is not text', async () => {
    const io = fakeIo({
      files: { 'img.png': Buffer.from([0x89, 0x50, 0x00, 0x0a]) },
    });
    expect(await readInput('img.png', io)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^img\.png: is not text/),
    });
  });
});
