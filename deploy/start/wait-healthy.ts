/** Polls an app's /health until it answers 200, or gives up after `timeoutMs`. */
export async function waitHealthy(url: string, exited: Promise<unknown>, timeoutMs = 120_000): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    gone ? `${url}: the app exited during start-up (see its log above)` : `${url} not healthy in ${timeoutMs} ms`,
  );
}
