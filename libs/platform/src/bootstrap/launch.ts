/**
 * What every app's main.ts does: start the app, and when it cannot start (invalid configuration,
 * Postgres or Kafka unreachable) say why in one line and exit non-zero, with no stack trace.
 */
export function launch(app: string, start: () => Promise<unknown>): void {
  Promise.resolve()
    .then(start)
    .catch((error: Error) => {
      console.error(`${app} failed to start: ${error.message}`);
      process.exit(1);
    });
}
