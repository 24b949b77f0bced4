export interface RevisionKey {
  reportId: string;
  revision: number;
}

/** One string per (report, revision), for maps and sets. */
export function revisionKeyOf({ reportId, revision }: RevisionKey): string {
  return `${reportId}\u0000${revision}`;
}

/** The (report, revision) pairs added, each once, in first-seen order. */
export class RevisionKeys {
  private readonly seen = new Map<string, RevisionKey>();

  add(reportId: string, revision: number): void {
    const key = revisionKeyOf({ reportId, revision });
    if (!this.seen.has(key)) this.seen.set(key, { reportId, revision });
  }

  keys(): RevisionKey[] {
    return [...this.seen.values()];
  }
}
