import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import type { MachineFacts } from '../report/bench-results';

export function readMachineFacts(startedAt: Date): MachineFacts {
  const processors = cpus();
  return {
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    totalMemoryMiB: Math.round(totalmem() / (1024 * 1024)),
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    date: startedAt.toISOString(),
  };
}
