import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The dependency rules of the tree (docs/style.md, "Shape of the tree"):
 * - a lib is imported only through its root entry, `@palimpsest/<lib>`;
 * - an app never imports another app, and a lib never imports an app;
 * - `libs/contracts` has no framework imports; `libs/text` does no I/O;
 * - apps and libs, their tests included, never import `deploy/`, `test/`,
 *   `bench/` or `tools/`: those are built around the product, not into it;
 * - no module imports itself through others (see import-cycles.ts).
 */
export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  contracts: /^(@nestjs\/|typeorm$|kafkajs$|pg$)/,
  text: /^(@nestjs\/|typeorm$|kafkajs$|pg$|(node:)?(fs|net|http|https|child_process|dgram|dns)(\/|$))/,
};

/** The folders around the product: they may import apps and libs, never the other way round. */
const SURROUNDINGS = new Set(['deploy', 'test', 'bench', 'tools']);

interface Area {
  kind: 'app' | 'lib' | 'other';
  name: string;
}

function areaOf(root: string, file: string): Area {
  const [top, name] = relative(root, file).split(sep);
  if (top === 'apps' && name) return { kind: 'app', name };
  if (top === 'libs' && name) return { kind: 'lib', name };
  return { kind: 'other', name: top ?? '' };
}

export function checkImport(root: string, file: string, specifier: string): Violation | null {
  const from = areaOf(root, file);
  const violation = (rule: string): Violation => ({ file: relative(root, file), specifier, rule });
  if (/^@palimpsest\/[^/]+\/.+/.test(specifier)) {
    return violation('import a lib through its root entry (@palimpsest/<lib>), not a deep path');
  }
  if (from.kind === 'lib' && !isTestFile(file) && FORBIDDEN_PACKAGES[from.name]?.test(specifier)) {
    return violation(`libs/${from.name} must not import ${specifier}`);
  }
  if (!specifier.startsWith('.')) return null;
  const to = areaOf(root, resolve(dirname(file), specifier));
  if (to.kind === 'app' && from.kind === 'app' && to.name !== from.name) {
    return violation(`apps/${from.name} imports apps/${to.name}: apps share only events`);
  }
  if (to.kind === 'app' && from.kind === 'lib') return violation(`libs/${from.name} must not import an app`);
  if (from.kind !== 'other' && to.kind === 'other' && SURROUNDINGS.has(to.name)) {
    return violation(`${from.kind}s/${from.name} must not import ${to.name}/, which is built around apps and libs`);
  }
  if (to.kind === 'lib' && !(from.kind === 'lib' && from.name === to.name)) {
    return violation(`import @palimpsest/${to.name} instead of a relative path into libs/${to.name}`);
  }
  return null;
}

/** Tests may read their inputs (the seed, external spec suites); the rule is about the lib's own code. */
function isTestFile(file: string): boolean {
  return /\.(spec|int-spec|e2e-spec|spec-helper)\.ts$/.test(file);
}

const IMPORT_PATTERN = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^[ \t]*import\s+)['"]([^'"]+)['"]/gm;

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_PATTERN)].map((match) => match[1]);
}
