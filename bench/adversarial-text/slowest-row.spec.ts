import { rateOf, slowestFamilyRow } from './slowest-row';

const report = (bytes: number, roundMs: number[]) => ({ ok: true as const, report: { bytes, roundMs } });

describe(rateOf.name, () => {
  it('given rounds over 2 MB, then the rate is the median round over the megabytes', () => {
    expect(rateOf('a', 2_000_000, report(2_000_000, [30, 10, 20]), 8_000)).toEqual({
      name: 'a',
      msPerMb: 10,
      stopped: null,
    });
  });

  it('given a family stopped at its cap, then the rate is the cap over the megabytes, marked as a lower bound', () => {
    expect(rateOf('b', 4_000_000, { ok: false, problem: 'exceeded 8 s', timedOut: true }, 8_000)).toEqual({
      name: 'b',
      msPerMb: 2_000,
      stopped: 'exceeded 8 s',
    });
  });

  it('given a family whose process crashed, then it has no rate, only the failure', () => {
    const crashed = rateOf('c', 4_000_000, { ok: false, problem: 'exited (code 1)', timedOut: false }, 8_000);
    expect(crashed).toMatchObject({ name: 'c', stopped: null, failed: 'exited (code 1)' });
    expect(crashed.msPerMb).toBeNaN();
  });
});

describe(slowestFamilyRow.name, () => {
  const seed = { name: 'seed', msPerMb: 50, stopped: null };

  it('given measured families, then the slowest is compared with the seed and every family is in the note', () => {
    const row = slowestFamilyRow(
      [
        { name: 'fast', msPerMb: 40, stopped: null },
        { name: 'slow', msPerMb: 500, stopped: null },
      ],
      seed,
      5,
    );
    expect(row).toMatchObject({ subject: 'slow', subjectValue: 500, baselineValue: 50, ratio: 10, unit: 'ms/MB' });
    expect(row.note).toContain('fast 40.0; slow 500.0');
  });

  it('given a family stopped at the cap, then it is the slowest even when its lower bound is below a measured rate', () => {
    const row = slowestFamilyRow(
      [
        { name: 'measured', msPerMb: 3_000, stopped: null },
        { name: 'stopped', msPerMb: 1_600, stopped: 'exceeded 8 s' },
      ],
      seed,
      5,
    );
    expect(row.subject).toBe('stopped (exceeded 8 s: a lower bound)');
    expect(row.note).toContain('stopped >= 1600 (exceeded 8 s)');
  });

  it('given a crashed family, then it is listed as failed and not ranked', () => {
    const row = slowestFamilyRow(
      [
        { name: 'measured', msPerMb: 300, stopped: null },
        { name: 'crashed', msPerMb: Number.NaN, stopped: null, failed: 'exited (code 1)' },
      ],
      seed,
      5,
    );
    expect(row.subject).toBe('measured');
    expect(row.note).toContain('crashed failed (exited (code 1))');
  });
});
