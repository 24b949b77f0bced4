import { Command, EXIT_OK, EXIT_USAGE } from '../command';
import { DEFAULT_API } from '../history/history-options';
import { formatFeedLine, FeedLineItem } from './feed-line';
import { SseParser } from './sse-parser';

export type StreamOpener = (url: string, signal: AbortSignal) => Promise<AsyncIterable<Uint8Array>>;

export const openEventStream: StreamOpener = async (url, signal) => {
  const response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal });
  if (!response.ok || !response.body) throw new Error(`the live feed answered ${response.status}`);
  return response.body as unknown as AsyncIterable<Uint8Array>;
};

/** Ctrl-C ends the watch cleanly (exit 0) instead of killing the process mid-line. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

/** `palimpsest watch`: tails the projection's live feed until Ctrl-C (or `signal`). */
export function createWatchCommand(open: StreamOpener, signal: () => AbortSignal): Command {
  return {
    name: 'watch',
    summary: 'Tail the live feed: revisions, amendment notes, figure changes and silent edits as they are applied.',
    operands: [],
    options: { api: { type: 'string' }, publisher: { type: 'string' }, report: { type: 'string' } },
    async run({ values }, io) {
      const api = ((values.api as string | undefined) ?? DEFAULT_API).replace(/(?<!\/)\/+$/, '');
      if (!/^https?:\/\/[^/]/.test(api)) {
        io.stderr.write(`palimpsest watch: --api must be an http(s) URL, got "${api}"\n`);
        return EXIT_USAGE;
      }
      const query = new URLSearchParams();
      for (const name of ['publisher', 'report'] as const) if (values[name]) query.set(name, String(values[name]));
      const abort = signal();
      const parser = new SseParser();
      const decoder = new TextDecoder();
      try {
        for await (const chunk of await open(`${api}/events/stream?${query}`, abort)) {
          for (const message of parser.push(decoder.decode(chunk, { stream: true }))) {
            if (message.event === 'feed')
              io.stdout.write(`${formatFeedLine(JSON.parse(message.data) as FeedLineItem)}\n`);
          }
        }
      } catch (error) {
        if (!abort.aborted) {
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
          io.stderr.write(`palimpsest watch: cannot follow the live feed at ${api} (${cause})\n`);
          return EXIT_USAGE;
        }
      }
      return EXIT_OK;
    },
  };
}

export const watchCommand = createWatchCommand(openEventStream, interruptSignal);
