export { generateLoad } from './generate-load';
export type { LoadCapture, LoadEdit, LoadOptions } from './generate-load';
export { seededRandom } from './seeded-random';
export type { SeededRandom } from './seeded-random';
