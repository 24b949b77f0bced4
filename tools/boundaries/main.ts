import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkImport, importsOf, Violation } from './rules';

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

const violations: Violation[] = [];
for (const top of ['apps', 'libs', 'test', 'tools', 'deploy', 'bench']) {
  const dir = join(root, top);
  try {
    statSync(dir);
  } catch {
    continue;
  }
  for (const file of typescriptFiles(dir)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const violation = checkImport(root, file, specifier);
      if (violation) violations.push(violation);
    }
  }
}

for (const { file, specifier, rule } of violations) console.error(`${file}: '${specifier}': ${rule}`);
console.log(violations.length === 0 ? 'boundaries: ok' : `boundaries: ${violations.length} violation(s)`);
process.exitCode = violations.length === 0 ? 0 : 1;
