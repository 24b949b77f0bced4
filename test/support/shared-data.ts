import { readSeed } from '@palimpsest/shared-folder';

export const SEED_URL = 'https://about.fb.com/news/2018/10/coordinated-inauthentic-behavior-takedown/';

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
