import { dirname, join, resolve } from 'node:path';
import type { ImportGraph } from './import-cycles';
import { importsOf } from './rules';

/**
 * The repository file a specifier names: a relative path (with or without
 * `.ts` or `/index.ts`) or a lib's root entry. Null for a package from
 * node_modules or anything that is not one of `files`.
 */
export function resolveImport(
  root: string,
  files: ReadonlySet<string>,
  file: string,
  specifier: string,
): string | null {
  const lib = /^@palimpsest\/([^/]+)$/.exec(specifier);
  const base = lib
    ? join(root, 'libs', lib[1], 'src')
    : specifier.startsWith('.')
      ? resolve(dirname(file), specifier)
      : null;
  if (base === null) return null;
  return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => files.has(candidate)) ?? null;
}

/** Each file's imports of other files in the repository, type-only imports included. */
export function importGraph(root: string, sources: ReadonlyMap<string, string>): ImportGraph {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const targets = importsOf(source).map((specifier) => resolveImport(root, files, file, specifier));
    graph.set(file, [...new Set(targets.filter((target): target is string => target !== null))]);
  }
  return graph;
}
