/** A buffered CLI io for running commands in-process. */
export function bufferIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    readFile: async () => Buffer.alloc(0),
    readStdin: async () => Buffer.alloc(0),
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
