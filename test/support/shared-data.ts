import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the checkout (read in place, never copied), or PALIMPSEST_SHARED_DIR. */
export const sharedDir = process.env.PALIMPSEST_SHARED_DIR ?? resolve(__dirname, '..', '..', '..', 'shared');

export const SEED_URL = 'https://about.fb.com/news/2018/10/coordinated-inauthentic-behavior-takedown/';

export function readSeed(): string {
  return readFileSync(join(sharedDir, 'seeds', '000_2b0c92a317130db5.txt'), 'utf8');
}

/**
 * Revision 1 as the issue describes it: the seed before its same-day edit,
 * with the Events bullet cut to "Seven events hosted." and no update note.
 */
export function seedBeforeUpdate(): string {
  const seed = readSeed();
  const events = /^- \*Events:\*.*$/m;
  if (!events.test(seed)) throw new Error('the seed no longer has an "*Events:*" bullet');
  return seed.replace(events, '- *Events:* Seven events hosted.');
}
