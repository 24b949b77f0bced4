import { checkImport, importsOf } from './rules';

const root = '/repo';

describe(checkImport.name, () => {
  it('given a deep import into a lib, then it is a violation', () => {
    expect(checkImport(root, '/repo/apps/ingest/src/a.ts', '@palimpsest/contracts/src/events')?.rule).toMatch(
      /root entry/,
    );
  });

  it('given an app importing another app, then it is a violation', () => {
    expect(checkImport(root, '/repo/apps/ingest/src/a.ts', '../../diff/src/b')?.rule).toMatch(/share only events/);
  });

  it('given a relative path into a lib from an app, then it is a violation', () => {
    expect(checkImport(root, '/repo/apps/ingest/src/a.ts', '../../../libs/text/src/model')?.rule).toMatch(
      /@palimpsest\/text/,
    );
  });

  it('given contracts importing a framework, then it is a violation', () => {
    expect(checkImport(root, '/repo/libs/contracts/src/a.ts', '@nestjs/common')).not.toBeNull();
    expect(checkImport(root, '/repo/libs/contracts/src/a.ts', 'zod')).toBeNull();
  });

  it('given the text lib reaching for the file system, then it is a violation', () => {
    expect(checkImport(root, '/repo/libs/text/src/a.ts', 'node:fs')).not.toBeNull();
    expect(checkImport(root, '/repo/libs/text/src/a.ts', 'node:crypto')).toBeNull();
  });

  it('given a test in the text lib reading its input file, then it passes', () => {
    expect(checkImport(root, '/repo/libs/text/src/a.spec.ts', 'node:fs')).toBeNull();
    expect(checkImport(root, '/repo/libs/text/src/newsroom-post.spec-helper.ts', 'node:fs')).toBeNull();
  });

  it.each([
    [
      '/repo/libs/platform/src/relay-producer.int-spec.ts',
      '../../../deploy/kafka/local-cluster',
      /must not import deploy\//,
    ],
    ['/repo/apps/alerts/src/a.ts', '../../../test/support/wait-for', /must not import test\//],
    ['/repo/libs/text/src/a.spec.ts', '../../../bench/corpus', /must not import bench\//],
    ['/repo/apps/cli/src/a.ts', '../../../tools/eval/accuracy', /must not import tools\//],
  ])('given %s importing %s, when checked, then it is a violation', (file, specifier, rule) => {
    expect(checkImport(root, file, specifier)?.rule).toMatch(rule);
  });

  it('given deploy, test, bench and tools importing apps and libs, when checked, then they pass', () => {
    expect(checkImport(root, '/repo/deploy/start/main.ts', '../../apps/ingest/src/bootstrap')).toBeNull();
    expect(checkImport(root, '/repo/deploy/kafka/relay.int-spec.ts', '@palimpsest/platform')).toBeNull();
    expect(checkImport(root, '/repo/bench/main.ts', '../test/support/pipeline')).toBeNull();
    expect(checkImport(root, '/repo/tools/eval/main.ts', '@palimpsest/text')).toBeNull();
  });

  it('given imports within one app, one lib, or a lib root entry, then they pass', () => {
    expect(checkImport(root, '/repo/apps/ingest/src/a/b.ts', '../c')).toBeNull();
    expect(checkImport(root, '/repo/libs/text/src/a/b.ts', '../model')).toBeNull();
    expect(checkImport(root, '/repo/apps/diff/src/a.ts', '@palimpsest/text')).toBeNull();
    expect(checkImport(root, '/repo/test/x.e2e-spec.ts', '../apps/ingest/src/bootstrap')).toBeNull();
  });
});

describe(importsOf.name, () => {
  it('given static, dynamic and require imports, then all specifiers are found', () => {
    const source = `import { a } from './a';\nimport './side';\nconst b = await import("./b");\nconst c = require('c');\nexport * from './d';`;
    expect(importsOf(source)).toEqual(['./a', './side', './b', 'c', './d']);
  });
});
