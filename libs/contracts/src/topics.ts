/**
 * Topic names. A prefix lets tests and parallel environments share one broker
 * without seeing each other's events. Every message is keyed by reportId, so
 * one report's events share a partition and keep their order (docs/architecture.md, invariant 2).
 */
export interface Topics {
  /** RevisionRecorded, AmendmentNoted (from ingest). */
  revisions: string;
  /** RevisionAnalyzed, FigureChanged (from diff). */
  analyses: string;
  /** Messages a consumer could not process, with the cause in headers. */
  deadLetter: string;
  /** Ids (`partition:offset`) of dead letters already redriven, so a redrive is done once. */
  deadLetterRedriven: string;
}

export function topicNames(prefix = ''): Topics {
  const name = (base: string) => (prefix ? `${prefix}.${base}` : base);
  return {
    revisions: name('palimpsest.revisions.v1'),
    analyses: name('palimpsest.analyses.v1'),
    deadLetter: name('palimpsest.dead-letter.v1'),
    deadLetterRedriven: name('palimpsest.dead-letter-redriven.v1'),
  };
}
