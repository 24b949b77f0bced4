import type { BenchContext, Benchmark } from '../benchmark';
import type { BenchExtras } from '../report/pipeline-summary';
import { readBenchEnvironment } from './bench-environment';
import type { ChildReport } from './child-protocol';
import { RssPeak } from './rss-peak';

/** Runs one benchmark in this process (forked by the runner) and sends its rows and memory peak to the parent. */
export async function runChild(benchmark: Benchmark, env: NodeJS.ProcessEnv): Promise<void> {
  const environment = readBenchEnvironment(env, []);
  const peak = new RssPeak();
  const started = performance.now();
  const extras: BenchExtras = {};
  const context: BenchContext = {
    kafkaBrokers: environment.kafkaBrokers,
    databaseServer: environment.databaseServer,
    progress(message) {
      peak.sample();
      const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
      process.stdout.write(`  [${benchmark.name} +${seconds} s] ${message}\n`);
    },
    record(fields) {
      Object.assign(extras, fields);
    },
  };
  let report: ChildReport;
  try {
    const rows = await benchmark.run(context);
    report = { ok: true, rows, memory: peak.stop(), extras };
  } catch (error) {
    report = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  await new Promise<void>((resolve, reject) =>
    process.send!(report, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}
