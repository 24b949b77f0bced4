import { analyzeDocument, diffRevisions } from '@palimpsest/text';
import type { Command } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../command';
import { loadDocument } from '../input/load-document';
import { STDIN_OPERAND } from '../input/read-input';
import { writeJson } from '../write-json';
import { diffOutput } from './diff-output';

export const diffCommand: Command = {
  name: 'diff',
  summary:
    "Print the figure changes, block changes and silent-edit verdict between two revisions as JSON ('-' reads stdin).",
  operands: ['OLD', 'NEW'],
  async run({ positionals: [oldFile, newFile] }, io) {
    const fail = (message: string) => {
      io.stderr.write(`palimpsest diff: ${message}\n`);
      return EXIT_USAGE;
    };
    if (oldFile === STDIN_OPERAND && newFile === STDIN_OPERAND)
      return fail("only one of OLD and NEW can be '-' (stdin)");
    const before = await loadDocument(oldFile, io);
    if (!before.ok) return fail(before.reason);
    const after = await loadDocument(newFile, io);
    if (!after.ok) return fail(after.reason);
    writeJson(io, diffOutput(diffRevisions(analyzeDocument(before.value), analyzeDocument(after.value))));
    return EXIT_OK;
  },
};
