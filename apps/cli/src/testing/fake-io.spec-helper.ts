import type { CliIo } from '../command';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

function errnoError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** In-memory files, directories and stdin, with stdout and stderr captured, for command specs. */
export function fakeIo(given: {
  files?: Record<string, string | Buffer>;
  directories?: string[];
  stdin?: string;
}): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const files = given.files ?? {};
  return {
    async readFile(path) {
      if (given.directories?.includes(path)) throw errnoError('EISDIR', path);
      if (!(path in files)) throw errnoError('ENOENT', path);
      return Buffer.from(files[path]);
    },
    readStdin: async () => Buffer.from(given.stdin ?? ''),
    stdout: { write: (chunk: string) => stdout.push(chunk) },
    stderr: { write: (chunk: string) => stderr.push(chunk) },
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}
