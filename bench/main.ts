import { benchmarks } from './registry';
import { benchCommand } from './run/bench-command';

void benchCommand(benchmarks, __filename, process.argv.slice(2));
