import { type Result } from '@palimpsest/contracts';

/** Share of undecodable bytes above which a file is taken for binary or a non-UTF-8 encoding, not a few stray bytes. */
export const MAX_INVALID_UTF8_SHARE = 0.01;

/** Decodes bytes as UTF-8 text, refusing empty input, NUL bytes and content that is mostly not UTF-8. */
export function decodeText(bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'is not text (it contains NUL bytes)' };
  const text = new TextDecoder('utf-8').decode(bytes);
  const invalid = text.match(/\uFFFD/g)?.length ?? 0;
  if (invalid / text.length > MAX_INVALID_UTF8_SHARE) {
    return {
      ok: false,
      reason: `is not text (${invalid} bytes are not valid UTF-8)`,
    };
  }
  if (text.trim() === '') return { ok: false, reason: 'is empty (only whitespace)' };
  return { ok: true, value: text };
}
