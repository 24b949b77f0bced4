import { analyzeDocument } from '@palimpsest/text';
import type { Command } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../command';
import { loadDocument } from '../input/load-document';
import { writeJson } from '../write-json';
import { extractOutput } from './extract-output';

export const extractCommand: Command = {
  name: 'extract',
  summary: "Print a report's title, figures and amendment notes as JSON (FILE is HTML or text; '-' reads stdin).",
  operands: ['FILE'],
  async run({ positionals: [file] }, io) {
    const loaded = await loadDocument(file, io);
    if (!loaded.ok) {
      io.stderr.write(`palimpsest extract: ${loaded.reason}\n`);
      return EXIT_USAGE;
    }
    writeJson(io, extractOutput(analyzeDocument(loaded.value)));
    return EXIT_OK;
  },
};
