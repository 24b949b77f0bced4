import type { Target } from './child-protocol';
import { measureTarget } from './measure-target';

// Entry of the process the benchmark forks per target: one target in, one report out, then exit.
process.once('message', (target: Target) => {
  const report = measureTarget(target);
  process.send!(report, () => process.exit(0));
});
