import { importGraph, resolveImport } from './module-graph';

const root = '/repo';
const files = new Set([
  '/repo/libs/text/src/index.ts',
  '/repo/libs/text/src/figures/span.ts',
  '/repo/libs/text/src/figures/index.ts',
  '/repo/apps/diff/src/main.ts',
]);

describe(resolveImport.name, () => {
  it('given a relative path without its extension, when resolved, then it names the .ts file', () => {
    expect(resolveImport(root, files, '/repo/libs/text/src/figures/index.ts', './span')).toBe(
      '/repo/libs/text/src/figures/span.ts',
    );
  });

  it('given a folder, when resolved, then it names the folder index', () => {
    expect(resolveImport(root, files, '/repo/libs/text/src/index.ts', './figures')).toBe(
      '/repo/libs/text/src/figures/index.ts',
    );
  });

  it('given a lib root entry, when resolved, then it names the lib index', () => {
    expect(resolveImport(root, files, '/repo/apps/diff/src/main.ts', '@palimpsest/text')).toBe(
      '/repo/libs/text/src/index.ts',
    );
  });

  it('given a package from node_modules, when resolved, then it is outside the graph', () => {
    expect(resolveImport(root, files, '/repo/apps/diff/src/main.ts', 'kafkajs')).toBeNull();
  });
});

describe(importGraph.name, () => {
  it('given a type-only import and a repeated one, when graphed, then each counts as one edge', () => {
    const sources = new Map([
      ['/repo/libs/text/src/figures/index.ts', `import type { Span } from './span';\nexport * from './span';`],
      ['/repo/libs/text/src/figures/span.ts', `import { z } from 'zod';`],
    ]);

    expect(importGraph(root, sources)).toEqual(
      new Map([
        ['/repo/libs/text/src/figures/index.ts', ['/repo/libs/text/src/figures/span.ts']],
        ['/repo/libs/text/src/figures/span.ts', []],
      ]),
    );
  });
});
