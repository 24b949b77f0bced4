import { BudgetExceededError, deadLetterCause } from '@palimpsest/kafka';
import { readCapture } from './text-tasks';
import { TextWorkerPool } from './text-worker-pool';

// Big enough that reading it takes well over the smallest budget on any machine.
const largePage = () =>
  Array.from({ length: 40_000 }, (_, i) => `In region ${i} we removed ${i * 7} accounts and ${i} Pages.`).join('\n\n');

describe(TextWorkerPool.name, () => {
  let pool: TextWorkerPool;

  afterEach(() => pool.close());

  it('given a capture, when read on a worker, then the result equals reading it in place', async () => {
    pool = new TextWorkerPool({ textWorkThreads: 1, textWorkBudgetMs: 60_000 });
    const capture = { text: 'We removed 82 Pages, Groups and accounts.\n\nAbout 1.02 million accounts followed.' };
    await expect(pool.run('readCapture', capture)).resolves.toEqual(readCapture(capture));
  });

  it('given a task past its budget, when run, then it fails as budget-exceeded and the pool goes on', async () => {
    pool = new TextWorkerPool({ textWorkThreads: 1, textWorkBudgetMs: 100 });
    const failure = await pool.run('readCapture', { text: largePage() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BudgetExceededError);
    expect(deadLetterCause(failure as Error).reason).toBe('budget-exceeded');
    await expect(pool.run('readCapture', { text: 'We removed 3 Pages.' })).resolves.toMatchObject({
      amendments: [],
    });
  });

  it('given a long task, when it runs, then the event loop keeps turning meanwhile', async () => {
    pool = new TextWorkerPool({ textWorkThreads: 1, textWorkBudgetMs: 60_000 });
    let turns = 0;
    const ticker = setInterval(() => turns++, 5);
    try {
      await pool.run('readCapture', { text: largePage() });
    } finally {
      clearInterval(ticker);
    }
    // Run on this thread, the task would have held the loop: no turn until it returned.
    expect(turns).toBeGreaterThan(2);
  });
});
