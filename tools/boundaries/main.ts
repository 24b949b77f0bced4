import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { importCycles } from './import-cycles';
import { importGraph } from './module-graph';
import { checkImport, importsOf } from './rules';

const root = resolve(__dirname, '..', '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.kafka', '.artifacts', '.git']);

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (SKIP.has(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* typescriptFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const sources = new Map<string, string>();
for (const top of ['apps', 'libs', 'test', 'tools', 'deploy', 'bench']) {
  const dir = join(root, top);
  try {
    statSync(dir);
  } catch {
    continue;
  }
  for (const file of typescriptFiles(dir)) sources.set(file, readFileSync(file, 'utf8'));
}

const problems: string[] = [];
for (const [file, source] of sources) {
  for (const specifier of importsOf(source)) {
    const violation = checkImport(root, file, specifier);
    if (violation) problems.push(`${violation.file}: '${violation.specifier}': ${violation.rule}`);
  }
}
for (const cycle of importCycles(importGraph(root, sources))) {
  problems.push(`import cycle: ${cycle.map((file) => relative(root, file)).join(' -> ')}`);
}

for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? 'boundaries: ok' : `boundaries: ${problems.length} violation(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
