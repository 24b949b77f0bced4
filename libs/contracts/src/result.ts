/**
 * A value read from input someone gave (a request, a command line, a file), or the reason it was
 * refused, worded for that someone. Failures of our own code are thrown, not returned.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export const accept = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
