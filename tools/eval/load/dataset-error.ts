/** A dataset that does not follow the format; the message lists every problem found, one per line. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid eval dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}
