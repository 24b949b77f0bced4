// The counted noun phrase of a label reduced to a bag of content words, so rewording keeps the metric's identity.

const MAX_SUBJECT_WORDS = 4;
// Quantifier fillers that rewording swaps freely: "at least one of these" / "one or more of these" / "any of".
const FILLERS =
  /\b(?:at least one of|one or more of|at least one|one or more|any of|some of|each of|all of|many of|most of)\b/g;
// A preposition or relative word ends the counted phrase: "Pages [for coordinated behavior]", "spending [for ads]".
const PHRASE_END = new Set([
  'for',
  'since',
  'during',
  'between',
  'from',
  'by',
  'with',
  'to',
  'across',
  'after',
  'before',
  'until',
  'through',
  'at',
  'into',
  'per',
  'that',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'while',
  'because',
  'as',
  'than',
  'against',
  'via',
  'including',
  'about',
  'under',
  'over',
  'within',
  'without',
]);
const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'these',
  'those',
  'this',
  'that',
  'of',
  'in',
  'on',
  'and',
  'or',
  'its',
  'their',
  'our',
  'his',
  'her',
  'we',
  'they',
  'it',
  'them',
  'us',
  'you',
  'were',
  'was',
  'is',
  'are',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'which',
  'some',
  'such',
  'other',
  'more',
  'also',
  'total',
  'than',
  'least',
  'one',
  'all',
  'any',
  'each',
  'both',
  'there',
  'here',
  'so',
  'far',
  'then',
  'just',
  'only',
  'approximately',
  'about',
  'around',
  'roughly',
]);
const SYNONYMS: Readonly<Record<string, string>> = {
  individual: 'people',
  person: 'people',
  persons: 'people',
  user: 'user',
  advert: 'ad',
  advertisement: 'ad',
  fb: 'facebook',
  ig: 'instagram',
  profile: 'account',
  followed: 'follow',
  following: 'follow',
  follows: 'follow',
  joined: 'join',
  joins: 'join',
  spent: 'spending',
  spend: 'spending',
};

/** "accounts" -> "account", "ads" -> "ad", "activities" -> "activity"; "business", "news" unchanged. */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|news|series)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function fold(word: string): string {
  const base = SYNONYMS[word] ?? word;
  return SYNONYMS[singular(base)] ?? singular(base);
}

/** Up to four content words of the counted phrase, folded and sorted. */
export function subjectWords(label: string): string[] {
  const words = label
    .toLowerCase()
    .replace(FILLERS, ' ')
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9]+/);
  const content: string[] = [];
  for (const word of words) {
    if (word === '') continue;
    if (PHRASE_END.has(word) && content.length > 0) break;
    if (STOPWORDS.has(word) || PHRASE_END.has(word)) continue;
    content.push(fold(word));
    if (content.length === MAX_SUBJECT_WORDS) break;
  }
  return [...new Set(content)].sort();
}
