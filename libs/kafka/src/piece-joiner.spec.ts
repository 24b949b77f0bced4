import type { PieceHandler } from './piece-joiner';
import { JoinedCallFailed, PieceJoiner } from './piece-joiner';

function recording(fail?: (items: readonly number[]) => boolean) {
  const calls: number[][] = [];
  const handle: PieceHandler<number> = async (items) => {
    calls.push([...items]);
    if (fail?.(items)) throw new Error(`refused ${items.join(',')}`);
  };
  return { calls, handle };
}

describe(PieceJoiner.name, () => {
  it('given pieces handed over in the same turn, when the turn ends, then one call holds them all, in the order given', async () => {
    const joiner = new PieceJoiner<number>(100);
    const { calls, handle } = recording();
    await Promise.all([joiner.apply([1, 2], handle), joiner.apply([3], handle)]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('given pieces handed over in different turns, then each turn makes its own call', async () => {
    const joiner = new PieceJoiner<number>(100);
    const { calls, handle } = recording();
    await joiner.apply([1], handle);
    await joiner.apply([2], handle);
    expect(calls).toEqual([[1], [2]]);
  });

  it('given a piece that fills the call, then the call is made at once and later pieces start the next one', async () => {
    const joiner = new PieceJoiner<number>(3);
    const { calls, handle } = recording();
    const filling = [joiner.apply([1, 2], handle), joiner.apply([3], handle)];
    expect(calls).toEqual([[1, 2, 3]]);
    await Promise.all([...filling, joiner.apply([4], handle)]);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('given two handlers, then their pieces are never joined', async () => {
    const joiner = new PieceJoiner<number>(100);
    const first = recording();
    const second = recording();
    await Promise.all([joiner.apply([1], first.handle), joiner.apply([2], second.handle)]);
    expect([first.calls, second.calls]).toEqual([[[1]], [[2]]]);
  });

  it('given a joined call that fails, then every piece is rejected with JoinedCallFailed carrying the cause', async () => {
    const joiner = new PieceJoiner<number>(100);
    const { handle } = recording((items) => items.includes(2));
    const outcomes = await Promise.allSettled([joiner.apply([1], handle), joiner.apply([2], handle)]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as JoinedCallFailed;
      expect(reason).toBeInstanceOf(JoinedCallFailed);
      expect(String(reason.failure)).toMatch(/refused 1,2/);
    }
  });

  it('given a call of one piece that fails, then the piece gets the handler’s own error', async () => {
    const joiner = new PieceJoiner<number>(100);
    const { handle } = recording(() => true);
    await expect(joiner.apply([7], handle)).rejects.toThrow('refused 7');
  });
});
