import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerThreadPriority, TEXT_WORK_NICENESS } from './lower-thread-priority';

/** The nice value of one thread, from the 19th field of /proc/<pid>/task/<tid>/stat. */
function niceOf(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[16]);
}

/** A worker thread loads JavaScript only: the build of this module (`npm test` builds first). */
const BUILT = join(resolve(__dirname, '../../../..'), 'dist/libs/platform/src/text-work/lower-thread-priority.js');

describe(lowerThreadPriority.name, () => {
  it('given a worker thread that lowers itself, then that thread is niced and the main thread is not', async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { readlinkSync } = require('node:fs');
       const { lowerThreadPriority } = require(${JSON.stringify(BUILT)});
       const lowered = lowerThreadPriority();
       parentPort.postMessage({ lowered, thread: readlinkSync('/proc/thread-self') });
       setTimeout(() => {}, 5000);`,
      { eval: true },
    );
    try {
      const reply = await new Promise<{ lowered: boolean; thread: string }>((resolve) =>
        worker.once('message', resolve),
      );
      expect(reply.lowered).toBe(true);
      expect(niceOf(`/proc/${reply.thread}/stat`)).toBe(TEXT_WORK_NICENESS);
      expect(niceOf('/proc/thread-self/stat')).toBe(0);
    } finally {
      await worker.terminate();
    }
  });
});
