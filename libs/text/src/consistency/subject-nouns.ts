/** What a figure's label says it counts, read from the label's leading noun phrase. */
export interface LabelReading {
  /** The head of each coordinated noun: "Pages, Groups and accounts for ..." counts page, group and account. */
  nouns: string[];
  /** Words before a head ("Meridian" in "Meridian accounts"), singular. */
  modifiers: string[];
  /** The verb right after the noun phrase ("followed" in "accounts followed these Pages"), or null. */
  predicate: string | null;
  /** Whether any verb follows the noun phrase, as in "accounts that were restored". */
  hasVerb: boolean;
}

export function readLabel(label: string): LabelReading {
  const tokens = label.toLowerCase().match(/[a-z][a-z'-]*|[,;&]/g) ?? [];
  const conjuncts: string[][] = [[]];
  let end = tokens.length;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const current = conjuncts[conjuncts.length - 1];
    if (CONJUNCTIONS.has(token)) {
      if (current.length > 0) conjuncts.push([]);
    } else if (PHRASE_ENDERS.has(token) || (current.length > 0 && isVerbForm(token))) {
      end = index;
      break;
    } else current.push(token);
  }
  const phrases = conjuncts.filter((words) => words.length > 0);
  const closing = tokens[end];
  return {
    nouns: [...new Set(phrases.map((words) => singular(words[words.length - 1])))],
    modifiers: phrases.flatMap((words) => words.slice(0, -1).map(singular)),
    predicate: closing !== undefined && (isVerbForm(closing) || AUXILIARIES.has(closing)) ? closing : null,
    hasVerb: tokens.slice(end).some((token) => isVerbForm(token) || AUXILIARIES.has(token)),
  };
}

/** The nouns a label counts; see `readLabel`. */
export function subjectNouns(label: string): string[] {
  return readLabel(label).nouns;
}

const CONJUNCTIONS = new Set([',', ';', '&', 'and', 'or']);

const AUXILIARIES = new Set(
  'is are was were be been being has have had do does did will would can could may might shall should'.split(' '),
);

// Prepositions, relative words and auxiliaries close a noun phrase ("accounts on Instagram", "people who ...").
const PHRASE_ENDERS = new Set([
  ...AUXILIARIES,
  ...(
    'about above across after against along among around at before behind below beside between beyond by during ' +
    'for from in inside into near of off on onto out over per since than through to toward towards under until up ' +
    'upon via with within without that which who whom whose where when while these those this their its'
  ).split(' '),
]);

const IRREGULAR_VERBS = new Set('paid made ran run set spent sent took taken began begun saw seen'.split(' '));

/** Past and present participles ("followed", "working") and common irregular past forms. */
function isVerbForm(token: string): boolean {
  return IRREGULAR_VERBS.has(token) || (token.length > 4 && /(ed|ing)$/.test(token));
}

const IRREGULAR_PLURALS: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman' };

/** English plural to singular, enough to match "Pages" with "page" and "groups" with "Group". */
export function singular(word: string): string {
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && !/(ss|is|us)$/.test(word)) return word.slice(0, -1);
  return word;
}
