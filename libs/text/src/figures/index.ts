export { extractFigures } from './extract-figures';
export type { ExtractFiguresOptions } from './extract-figures';
export { extractFiguresFromText } from './extract-from-text';
export type { TextFigure } from './figure-draft';
export { findNumbers } from './mention-findings';
export type { Finding, Findings, Span } from './mention-findings';
export type { NonFigureReason } from './non-figure-reason';
export { parseNumber } from './parse-number';
export { assignKeys, baseKey } from './figure-keys';
