import { join } from 'node:path';
import { findRepoRoot } from '../../deploy/kafka/repo-root';
import type { Benchmark } from '../benchmark';
import { readBenchEnvironment } from './bench-environment';
import { CHILD_FLAG } from './child-protocol';
import { runAll } from './run-all';
import { runChild } from './run-child';

/**
 * `node dist/bench/main.js [name...]` runs the benchmarks (all, or those named);
 * `main.js --child <name>` is how the runner starts each one in its own process.
 */
export async function benchCommand(benchmarks: readonly Benchmark[], mainPath: string, args: readonly string[]) {
  try {
    process.exitCode =
      args[0] === CHILD_FLAG ? await child(benchmarks, args[1]) : await parent(benchmarks, mainPath, args);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

async function child(benchmarks: readonly Benchmark[], name: string | undefined): Promise<number> {
  const benchmark = benchmarks.find((candidate) => candidate.name === name);
  if (!benchmark) throw new Error(`no benchmark named ${name}`);
  await runChild(benchmark, process.env);
  return 0;
}

function parent(benchmarks: readonly Benchmark[], mainPath: string, args: readonly string[]): Promise<number> {
  return runAll({
    benchmarks,
    environment: readBenchEnvironment(process.env, args),
    mainPath,
    resultsDir: join(findRepoRoot(__dirname), 'dist', 'bench'),
  });
}
