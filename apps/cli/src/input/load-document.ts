import { type Result } from '@palimpsest/contracts';
import type { NormalizedDocument } from '@palimpsest/text';
import { normalizeCapture } from '@palimpsest/text';
import type { CliIo } from '../command';
import { readInput } from './read-input';

/** Reads one operand and normalises it as the ingest service would: HTML through the page cleaner, text as is. */
export async function loadDocument(operand: string, io: CliIo): Promise<Result<NormalizedDocument>> {
  const input = await readInput(operand, io);
  if (!input.ok) return input;
  const { format, text } = input.value;
  return { ok: true, value: normalizeCapture(format === 'html' ? { html: text } : { text }) };
}
