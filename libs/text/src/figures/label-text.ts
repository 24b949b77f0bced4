// What a figure counts, read from the words after it (or before it when nothing follows).

const MAX_LABEL_WORDS = 12;
const LEADING_FILLER =
  /^(?:[\s,]*(?:of|in|for|on|from|worth of|of the|the|these|those|its|their|our|such|total|in total|each|per|a|an)\b)+/i;
const TRAILING_FILLER =
  /(?<!\s)(?:\s+(?:and|or|but|as well as|as|across|to|of|in|on|for|from|with|by|at|than|that|which|the|a|an|these|those|this|its|their|our|was|were|is|are|be|been|while|whereas|including|compared|versus|vs\.?|up|down))+\s*$/i;
// A comma ends the label unless a short noun list continues it: "82 Pages, Groups and accounts".
const NOUN_LIST_TAIL = /^,\s*(?:[A-Za-z]+(?:\s[A-Za-z]+)?,\s*)*[A-Za-z]+(?:\s[A-Za-z]+)?,?\s+(?:and|or)\s+[A-Za-z]+/;
const CLAUSE_END = /[,;:()[\]|\t\u2014\u2013!?]|\.(?:\s|$)|\s-\s/;

function trimLabel(raw: string): string {
  const words = raw.replace(LEADING_FILLER, '').trim().split(/\s+/).slice(0, MAX_LABEL_WORDS).join(' ');
  return ` ${words}`
    .replace(TRAILING_FILLER, '')
    .replace(/(?<![\s,.])[\s,.]+$/, '')
    .trim();
}

function firstClause(rest: string): string {
  let cut = rest.search(CLAUSE_END);
  if (cut >= 0 && rest[cut] === ',' && cut < 40 && !/\d/.test(rest.slice(0, cut))) {
    const list = NOUN_LIST_TAIL.exec(rest.slice(cut));
    if (list && !/\d/.test(list[0])) {
      const after = rest.slice(cut + list[0].length);
      const nextCut = after.search(CLAUSE_END);
      cut = cut + list[0].length + (nextCut < 0 ? after.length : nextCut);
    }
  }
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** The counted words after a figure, up to the end of its clause or the next figure. */
export function labelAfter(text: string, end: number, limit: number): string {
  return trimLabel(firstClause(text.slice(end, limit)));
}

const VERB_TAIL =
  /(?<!\s)\s+(?:was|were|is|are|stood at|reached|rose to|fell to|grew to|increased to|decreased to|dropped to|totalled|totaled|amounted to|of|at|to|by|hit|exceeded|remained)\s*$/i;

// "(up from 1,100)", "compared with 900", "up 2.1 points": another value of a metric named earlier in the sentence.
export const COMPARISON_TAIL =
  /(?:^|\s)(?:from|compared (?:with|to)|versus|vs\.?|against|than|up|down|an? (?:increase|decrease|rise|drop|decline|change) of)\s*$/i;
const PRONOUN_ONLY = /^(?:it|this|that|they|these|those|we|there|which|who|not|he|she)$/i;

/** For a figure with nothing counted after it ("the proactive rate was 99.1%"), the subject before it. */
export function labelBefore(text: string, start: number, floor: number): string {
  const window = text.slice(floor, start);
  if (COMPARISON_TAIL.test(window)) return '';
  const clauses = window.split(/[,;:()[\]|\t\u2014\u2013!?]|\.\s/);
  const clause = clauses[clauses.length - 1].replace(VERB_TAIL, '').trim();
  const words = clause.split(/\s+/).filter(Boolean);
  const label = trimLabel(words.slice(-6).join(' '));
  return PRONOUN_ONLY.test(label) || !/[A-Za-z]/.test(label) ? '' : label;
}
