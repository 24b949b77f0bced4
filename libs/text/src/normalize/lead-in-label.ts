// A list item's plain lead-in ("Followers: About 1.02 million ..."): a short,
// capitalised phrase and a colon, with the content right after it.
const PLAIN_LEAD_IN = /^(\p{Lu}[^:.!?]{0,60}?):\s+\S/u;
const MAX_LABEL_WORDS = 6;

/** The label of a text that opens with a plain "Label:" lead-in, without its colon. */
export function plainLeadInLabel(text: string): string | undefined {
  const match = PLAIN_LEAD_IN.exec(text);
  if (!match || /\d{1,2}$/.test(match[1])) return undefined;
  return labelFromLeadIn(match[1] + ':');
}

/** A lead-in such as "Followers:" or "Events :" as a label, or undefined when it does not end in a colon. */
export function labelFromLeadIn(leadIn: string): string | undefined {
  // Trimming, not `^\s*(.+?)\s*:\s*$`, which tries every split of the spaces around the text.
  const trimmed = leadIn.trim();
  if (!trimmed.endsWith(':')) return undefined;
  const text = trimmed.slice(0, -1).trim();
  if (!text) return undefined;
  const label = text.replace(/\s+/g, ' ');
  return label.split(' ').length <= MAX_LABEL_WORDS ? label : undefined;
}
