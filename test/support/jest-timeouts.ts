// Jest's per-project `testTimeout` is not honoured for projects; the tiers
// that talk to the broker and the database set their bound here instead.
jest.setTimeout(Number(process.env.PALIMPSEST_TEST_TIMEOUT_MS ?? 180_000));
