import { captureTimeFromName } from './capture-time';
import { parseCsvManifest, parseJsonManifest } from './manifest';
import { planDirectoryImport } from './plan-directory-import';

describe(captureTimeFromName.name, () => {
  it.each([
    ['2018-10-26T16-00-00Z__takedown.html', '2018-10-26T16:00:00.000Z'],
    ['2018-10-26T09:00:00-07:00.html', '2018-10-26T16:00:00.000Z'],
    ['2018-10-26T16-00Z.txt', '2018-10-26T16:00:00.000Z'],
    ['web.archive.org_20181026160000_takedown.html', '2018-10-26T16:00:00.000Z'],
  ])('given %s, then the time is %s', (name, time) => {
    expect(captureTimeFromName(name)).toBe(time);
  });

  it('given a name without a time, then there is none', () => {
    expect(captureTimeFromName('takedown-2018.html')).toBeNull();
  });
});

describe(parseCsvManifest.name, () => {
  it('given a header and quoted cells, then each row is an entry with the columns it fills', () => {
    const csv = 'file,url,observedAt\r\n"a, b.html",https://news.example/a,2018-10-26T16:00:00Z\nc.html,,\n';
    expect(parseCsvManifest(csv)).toEqual([
      { file: 'a, b.html', url: 'https://news.example/a', observedAt: '2018-10-26T16:00:00Z' },
      { file: 'c.html' },
    ]);
  });
});

describe(parseJsonManifest.name, () => {
  it('given { captures } or an array, then entries are read; an entry without a file is refused', () => {
    expect(parseJsonManifest('{"captures":[{"file":"a.html","url":"https://n.example/a"}]}')).toEqual([
      { file: 'a.html', url: 'https://n.example/a' },
    ]);
    expect(() => parseJsonManifest('[{"url":"x"}]')).toThrow(/entry 1 has no "file"/);
  });
});

describe(planDirectoryImport.name, () => {
  it('given no manifest, then page files with a time in their name are planned with the default URL', () => {
    const files = ['2018-10-26T16-00-00Z__a.html', 'notes.txt', 'image.png', '2018-10-26T22-00-00Z__a.html'];
    expect(planDirectoryImport(files, null, 'https://news.example/a')).toEqual({
      planned: [
        { file: '2018-10-26T16-00-00Z__a.html', url: 'https://news.example/a', observedAt: '2018-10-26T16:00:00.000Z' },
        { file: '2018-10-26T22-00-00Z__a.html', url: 'https://news.example/a', observedAt: '2018-10-26T22:00:00.000Z' },
      ],
      problems: [expect.stringMatching(/^notes\.txt: no observation time/)],
    });
  });

  it('given a manifest, then its times and URLs win and missing files are reported', () => {
    const manifest = [
      { file: 'x.html', url: 'https://news.example/x', observedAt: '2018-10-27T00:00:00+02:00' },
      { file: 'gone.html', observedAt: '2018-10-27T00:00:00Z' },
    ];
    expect(planDirectoryImport(['x.html'], manifest, null)).toEqual({
      planned: [{ file: 'x.html', url: 'https://news.example/x', observedAt: '2018-10-26T22:00:00.000Z' }],
      problems: ['gone.html: named in the manifest but not in the directory'],
    });
  });
});
