import { NormalizedDocument, normalizeCapture } from '@palimpsest/text';
import { CliIo } from '../command';
import { readInput } from './read-input';

export type LoadedDocument = { ok: true; doc: NormalizedDocument } | { ok: false; message: string };

/** Reads one operand and normalises it as the ingest service would: HTML through the page cleaner, text as is. */
export async function loadDocument(operand: string, io: CliIo): Promise<LoadedDocument> {
  const input = await readInput(operand, io);
  if (!input.ok) return input;
  const capture = input.format === 'html' ? { html: input.text } : { text: input.text };
  return { ok: true, doc: normalizeCapture(capture) };
}
