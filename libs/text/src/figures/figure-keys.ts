import { slugify } from './slug';
import { subjectWords } from './subject-words';

export interface KeySource {
  section: string | null;
  label: string;
  unit: string;
  role?: 'range-low' | 'range-high';
}

const ROLE_SUFFIX = { 'range-low': '~min', 'range-high': '~max' } as const;
// An amount in a heading ("Proactive removals rose to 98.2%") changes when the report is corrected; the section
// it names does not, so the key leaves the amount out. Years stay: "2024 elections" names the section.
const AMOUNT_IN_HEADING =
  /(?<![\w.,])[$€£]?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s?(?:%|percent\b|per cent\b|million\b|billion\b|bn\b|m\b|k\b))?/gi;

function sectionSlug(section: string | null): string {
  return section ? slugify(section.replace(AMOUNT_IN_HEADING, ' ')) : '';
}

/** "presence-on-facebook-and-instagram/page": the section and the counted subject, slugged. */
export function baseKey(source: KeySource): string {
  const section = sectionSlug(source.section);
  const subject = subjectWords(source.label).join('-') || slugify(source.unit);
  const suffix = source.role ? ROLE_SUFFIX[source.role] : '';
  return `${section || 'document'}/${subject}${suffix}`;
}

/** Keys unique within a document: a repeated key gets "~2", "~3" ... in reading order. */
export function assignKeys(sources: readonly KeySource[]): string[] {
  const seen = new Map<string, number>();
  return sources.map((source) => {
    const key = baseKey(source);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}~${count}`;
  });
}
