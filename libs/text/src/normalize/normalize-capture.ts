import type { NormalizedDocument } from '../model';
import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { normalizeHtml } from './html/normalize-html';
import { normalizeText } from './text/normalize-text';

export interface Capture {
  html?: string;
  text?: string;
}

// Structural tags that Markdown and plain prose do not contain.
const DOCUMENT_MARKUP = /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/i;
const BLOCK_MARKUP = /<(?:p|div|article|main|section|h[1-6]|ul|ol|li|table|br)(?:\s[^<>]*)?\/?>/gi;
// Prose may quote a tag or two; a page is made of them.
const MIN_BLOCK_TAGS = 3;

/** Normalises whichever form a capture carries; HTML is the fuller record when both are present. */
export function normalizeCapture(capture: Capture, meter: WorkMeter = NO_METER): NormalizedDocument {
  if (capture.html?.trim()) return normalizeHtml(capture.html, meter);
  const text = capture.text ?? '';
  return looksLikeHtml(text) ? normalizeHtml(text, meter) : normalizeText(text, meter);
}

/** True for text that is really markup: a document skeleton, or several block tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (DOCUMENT_MARKUP.test(head)) return true;
  return (text.match(BLOCK_MARKUP)?.length ?? 0) >= MIN_BLOCK_TAGS;
}
