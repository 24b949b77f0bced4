import { readFileSync } from 'node:fs';
import type { Capture } from '@palimpsest/text';
import { hostileFamily } from '../load';
import { captureWork, previousRevisionOf } from './capture-work';
import type { Target, TargetReport } from './child-protocol';
import { MAX_ROUNDS, MIN_MEASURE_MS } from './child-protocol';

/** The seed used for every family's body, so every run measures the same bytes. */
const BODY_SEED = 13;

function captureOf(target: Target): Capture {
  if (target.kind === 'seed') return { text: readFileSync(target.path, 'utf8') };
  const family = hostileFamily(target.name);
  const body = family.generate(target.bytes, BODY_SEED);
  return family.contentType === 'text/html' ? { html: body } : { text: body };
}

/** Runs the capture's work in rounds (bounded by count and time) and answers each round's duration. */
export function measureTarget(target: Target): TargetReport {
  const capture = captureOf(target);
  const previous = previousRevisionOf(capture);
  const roundMs: number[] = [];
  const started = performance.now();
  let sink = 0;
  do {
    const round = performance.now();
    sink += captureWork(capture, previous);
    roundMs.push(performance.now() - round);
  } while (roundMs.length < MAX_ROUNDS && performance.now() - started < MIN_MEASURE_MS);
  if (sink < 0) throw new Error('unreachable: counts are never negative');
  return { bytes: Buffer.byteLength(capture.html ?? capture.text ?? ''), roundMs };
}
