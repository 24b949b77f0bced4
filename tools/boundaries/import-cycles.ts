/** Which modules each module imports, by name. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * One cycle, as a path that starts and ends at the same module, for every
 * group of modules that import one another (a strongly connected component
 * with more than one module, or a module importing itself). Tarjan's
 * algorithm, iterative so a deep import chain cannot overflow the stack:
 * every module and import is visited once, so the work grows linearly with
 * the graph.
 */
export function importCycles(graph: ImportGraph): string[][] {
  return stronglyConnected(graph)
    .filter((group) => group.length > 1 || (graph.get(group[0]) ?? []).includes(group[0]))
    .map((group) => cycleWithin(graph, new Set(group)));
}

interface Frame {
  node: string;
  next: number;
}

function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const edges = (node: string) => graph.get(node) ?? [];
  const open = (node: string, frames: Frame[]) => {
    const order = index.size;
    index.set(node, order);
    low.set(node, order);
    stack.push(node);
    onStack.add(node);
    frames.push({ node, next: 0 });
  };
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const frames: Frame[] = [];
    open(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const target = edges(frame.node)[frame.next++];
      if (target !== undefined) {
        if (!index.has(target)) open(target, frames);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) groups.push(popGroup(stack, onStack, frame.node));
    }
  }
  return groups;
}

function popGroup(stack: string[], onStack: Set<string>, head: string): string[] {
  const group: string[] = [];
  let node: string | undefined;
  do {
    node = stack.pop()!;
    onStack.delete(node);
    group.push(node);
  } while (node !== head);
  return group.sort();
}

/** A shortest way round from the group's first module back to itself, found breadth-first inside the group. */
function cycleWithin(graph: ImportGraph, group: ReadonlySet<string>): string[] {
  const start = [...group][0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const target of graph.get(node) ?? []) {
      if (!group.has(target)) continue;
      if (target === start) return [...pathTo(cameFrom, start, node), start];
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      queue.push(target);
    }
  }
  return [start, start];
}

function pathTo(cameFrom: ReadonlyMap<string, string>, start: string, end: string): string[] {
  const path = [end];
  for (let node = end; node !== start; node = cameFrom.get(node)!) path.push(cameFrom.get(node)!);
  return path.reverse();
}
