/** Applies the pieces it is given, all or nothing: one transaction in every app. */
export type PieceHandler<T> = (items: readonly T[]) => Promise<void>;

/** Rejects each piece of a joined call that failed: the piece is then applied on its own. */
export class JoinedCallFailed extends Error {
  constructor(readonly failure: unknown) {
    super(`a joined call failed: ${String(failure)}`);
    this.name = JoinedCallFailed.name;
  }
}

interface Piece<T> {
  items: readonly T[];
  resolve: () => void;
  reject: (failure: unknown) => void;
}

interface PendingCall<T> {
  pieces: Array<Piece<T>>;
  size: number;
}

/**
 * Joins the pieces that partitions hand over at the same moment into one
 * call of their handler, so one fetch of many partitions becomes one
 * transaction rather than one per partition.
 *
 * kafkajs hands every partition batch of a fetch to its workers at once and
 * fetches again only when all are done, so under load the pieces of one fetch
 * arrive within the same turn of the event loop. A call is made on the next
 * turn (setImmediate) with every piece given by then, or at once when it holds
 * `maxItems`. Order within a partition is kept: a partition hands over its
 * next piece only after its last one settled. Partitions hold different
 * reports, so pieces of different partitions may share a transaction.
 *
 * A failed call rejects each of its pieces with JoinedCallFailed (a call of
 * one piece, with the handler's own error), and the caller applies each piece
 * alone, so one poison event never holds back another partition.
 */
export class PieceJoiner<T> {
  private readonly pending = new Map<PieceHandler<T>, PendingCall<T>>();

  constructor(private readonly maxItems: number) {}

  /** Resolves once `items` are applied as part of a call of `handle`. */
  apply(items: readonly T[], handle: PieceHandler<T>): Promise<void> {
    let call = this.pending.get(handle);
    if (!call) {
      const fresh: PendingCall<T> = { pieces: [], size: 0 };
      this.pending.set(handle, fresh);
      setImmediate(() => this.flush(handle, fresh));
      call = fresh;
    }
    const joined = call;
    const settled = new Promise<void>((resolve, reject) => joined.pieces.push({ items, resolve, reject }));
    joined.size += items.length;
    if (joined.size >= this.maxItems) this.flush(handle, joined);
    return settled;
  }

  private flush(handle: PieceHandler<T>, call: PendingCall<T>): void {
    // Flushed already when it filled up: the scheduled flush then has nothing to do.
    if (this.pending.get(handle) !== call) return;
    this.pending.delete(handle);
    const { pieces } = call;
    const items = pieces.length === 1 ? pieces[0].items : pieces.flatMap((piece) => piece.items);
    handle(items).then(
      () => pieces.forEach((piece) => piece.resolve()),
      (error: unknown) => {
        const failure = pieces.length === 1 ? error : new JoinedCallFailed(error);
        pieces.forEach((piece) => piece.reject(failure));
      },
    );
  }
}
