import type { AmendmentNoted, RevisionRecorded } from '@palimpsest/contracts';
import { AMENDMENT_NOTED, createEvent, deterministicId, REVISION_RECORDED } from '@palimpsest/contracts';
import type { AmendmentNote, NormalizedDocument } from '@palimpsest/text';
import { createHash } from 'node:crypto';
import type { CaptureRequest } from './capture-request';

export interface ReportState {
  reportId: string;
  canonicalUrl: string;
  lastRevision: number;
  lastHash: string | null;
  /** Hashes of the amendment notes already noted for this report. */
  knownNoteHashes: ReadonlySet<string>;
}

export interface PlannedRevision {
  revision: number;
  revisionEvent: RevisionRecorded;
  amendmentEvents: AmendmentNoted[];
  noteHashes: string[];
}

/** Notes are the same note when their words are, whatever the brackets, case or spacing. */
export function noteHash(raw: string): string {
  const words = raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex').slice(0, 32);
}

/**
 * Decides the events for a capture whose content differs from the report's
 * last revision: the next revision number, a RevisionRecorded, and one
 * AmendmentNoted per note not seen before in this report.
 */
export function planRevision(
  state: ReportState,
  capture: CaptureRequest,
  document: NormalizedDocument,
  contentHash: string,
  amendments: AmendmentNote[],
): PlannedRevision {
  const revision = state.lastRevision + 1;
  const correlationId = deterministicId('capture', state.reportId, contentHash, capture.observedAt);
  const revisionEventId = deterministicId(REVISION_RECORDED, state.reportId, revision, contentHash);
  const newNotes = firstSeenNotes(amendments, state.knownNoteHashes);
  const amendmentEvents = newNotes.map(({ note, hash }) =>
    createEvent(
      AMENDMENT_NOTED,
      {
        reportId: state.reportId,
        occurredAt: capture.observedAt,
        effectiveAt: noteInstant(note) ?? capture.observedAt,
        causationId: revisionEventId,
        correlationId,
      },
      {
        revision,
        kind: note.kind,
        raw: note.raw,
        statedAt: note.effectiveAt,
        precision: note.precision,
        timezone: note.timezone,
        reason: note.reason,
        blockId: note.blockId,
      },
      [hash],
    ),
  );
  const publishedAt = capture.publishedAt ?? document.publishedAt;
  const revisionEvent = createEvent(
    REVISION_RECORDED,
    {
      reportId: state.reportId,
      occurredAt: capture.observedAt,
      effectiveAt: revisionEffectiveAt(
        revision,
        publishedAt,
        newNotes.map(({ note }) => noteInstant(note)),
        capture.observedAt,
      ),
      causationId: null,
      correlationId,
    },
    {
      url: capture.url,
      canonicalUrl: state.canonicalUrl,
      revision,
      contentHash,
      previousHash: state.lastHash,
      publishedAt,
      document,
      amendmentIds: amendmentEvents.map((event) => event.id),
      captureSource: capture.source ?? 'api',
    },
    [revision, contentHash],
  );
  return { revision, revisionEvent, amendmentEvents, noteHashes: newNotes.map(({ hash }) => hash) };
}

function firstSeenNotes(amendments: AmendmentNote[], known: ReadonlySet<string>) {
  const seen = new Set(known);
  const fresh: Array<{ note: AmendmentNote; hash: string }> = [];
  for (const note of amendments) {
    const hash = noteHash(note.raw);
    if (seen.has(hash)) continue;
    seen.add(hash);
    fresh.push({ note, hash });
  }
  return fresh;
}

/** A note's stated instant; a date alone is read as the start of that day in UTC. */
function noteInstant(note: AmendmentNote): string | null {
  if (!note.effectiveAt) return null;
  return note.precision === 'day' ? `${note.effectiveAt}T00:00:00.000Z` : new Date(note.effectiveAt).toISOString();
}

/**
 * Valid time of a revision (docs/architecture.md, "Bitemporal time"): the publication date for
 * the first revision, the newest stated instant of its new amendment notes for
 * amended content, else the observation time.
 */
export function revisionEffectiveAt(
  revision: number,
  publishedAt: string | null,
  newNoteInstants: Array<string | null>,
  observedAt: string,
): string {
  if (revision === 1 && publishedAt) return `${publishedAt}T00:00:00.000Z`;
  const stated = newNoteInstants.filter((instant): instant is string => instant !== null).sort();
  return stated.at(-1) ?? observedAt;
}
