import { labelFromLeadIn } from '../lead-in-label';
import { decodeCharacterReferences } from './character-references';

export interface InlineReading {
  text: string;
  /** The emphasised lead-in ("*Followers:*") as a label without its colon. */
  label?: string;
  /** Nothing but links, images and separators. */
  linkOnly: boolean;
}

const ESCAPABLE = '\\`*_{}[]()#+-.!|$>~<"\'';
// Escaped characters are parked in the private use area so emphasis removal cannot touch them.
const PARK_BASE = 0xe000;
const EMPHASIS_LEAD_IN = /^(\*\*|__|\*|_)(?=\S)(.{1,100}?)(?<=\S)\1(\s*:)?/;
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const INLINE_LINK = /\[([^\]\n]*)\]\((?:[^()\n]|\([^)\n]*\))*\)/g;
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;

/** Reads one block of Markdown-ish text: links become their text, emphasis and escapes go. */
export function readInline(markdown: string): InlineReading {
  const parked = parkEscapes(markdown.replace(/[\uE000-\uE0FF]/g, ''));
  const label = emphasisLabel(parked);
  const withoutLinks = parked.replace(IMAGE, '').replace(INLINE_LINK, '$1').replace(REFERENCE_LINK, '$1');
  const plain = unpark(stripEmphasis(withoutLinks.replace(AUTOLINK, '$1')).replace(/`([^`]*)`/g, '$1'));
  const text = decodeCharacterReferences(plain);
  return { text, label, linkOnly: isLinkOnly(parked) };
}

function parkEscapes(text: string): string {
  return text.replace(/\\(.)/g, (whole, char: string) =>
    ESCAPABLE.includes(char) ? String.fromCharCode(PARK_BASE + char.charCodeAt(0)) : whole,
  );
}

function unpark(text: string): string {
  return text.replace(/[\uE000-\uE0FF]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARK_BASE));
}

function emphasisLabel(markdown: string): string | undefined {
  const match = EMPHASIS_LEAD_IN.exec(markdown.trimStart());
  if (!match) return undefined;
  const leadIn = unpark(stripEmphasis(match[2].replace(INLINE_LINK, '$1'))) + (match[3] ?? '');
  return labelFromLeadIn(leadIn);
}

function stripEmphasis(text: string): string {
  return text
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\*\*/g, '');
}

function isLinkOnly(markdown: string): boolean {
  if (!/\]\(|\]\[|<https?:/.test(markdown)) return false;
  const rest = markdown.replace(IMAGE, '').replace(INLINE_LINK, '').replace(REFERENCE_LINK, '').replace(AUTOLINK, '');
  return !/[\p{L}\p{N}]/u.test(rest);
}
