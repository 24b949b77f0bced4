export { generateLoad } from './generate-load';
export type { LoadCapture, LoadEdit, LoadOptions } from './generate-load';
export { seededRandom } from './seeded-random';
export type { SeededRandom } from './seeded-random';
export {
  CAPTURE_LIMIT_BYTES,
  HOSTILE_BODY_BYTES,
  HOSTILE_FAMILIES,
  hostileFamily,
  STATED_SUM_SENTENCE,
} from './hostile-captures';
export type { HostileFamily } from './hostile-captures';
