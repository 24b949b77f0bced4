import type { ImportGraph } from './import-cycles';
import { importCycles } from './import-cycles';

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe(importCycles.name, () => {
  it('given modules that import in one direction only, when checked, then there is no cycle', () => {
    const sut = graphOf({ app: ['service', 'model'], service: ['model'], model: [] });

    expect(importCycles(sut)).toEqual([]);
  });

  it('given three modules importing round in a ring, when checked, then the ring is reported as a path back to its start', () => {
    const sut = graphOf({ findings: ['masked'], masked: ['footnotes'], footnotes: ['findings'], index: ['findings'] });

    expect(importCycles(sut)).toEqual([['findings', 'masked', 'footnotes', 'findings']]);
  });

  it('given a module importing itself, when checked, then it is a cycle of one', () => {
    expect(importCycles(graphOf({ self: ['self'] }))).toEqual([['self', 'self']]);
  });

  it('given two separate rings, when checked, then each is reported once', () => {
    const sut = graphOf({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['c'] });

    expect(importCycles(sut)).toHaveLength(2);
  });

  it('given a ring with a shortcut, when checked, then the reported cycle is a real path', () => {
    const sut = graphOf({ a: ['b'], b: ['c', 'a'], c: ['a'] });
    const [cycle] = importCycles(sut);

    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    for (let step = 1; step < cycle.length; step++) expect(sut.get(cycle[step - 1])).toContain(cycle[step]);
  });

  it('given an import chain far deeper than the call stack, when checked, then it finishes without overflowing', () => {
    const depth = 50_000;
    const edges: Record<string, string[]> = {};
    for (let n = 0; n < depth; n++) edges[`m${n}`] = n + 1 < depth ? [`m${n + 1}`] : ['m0'];

    const cycles = importCycles(graphOf(edges));

    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(depth + 1);
  });
});
