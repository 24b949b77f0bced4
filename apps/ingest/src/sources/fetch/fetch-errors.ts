/** A fetch that did not give a usable answer; its message is what operators see as the source's last error. */
export class FetchFailedError extends Error {
  override readonly name = 'FetchFailedError';
}
