import { API_OPTIONS, appApiFrom } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_OK } from '../command';
import type { FeedLineItem } from './feed-line';
import { formatFeedLine } from './feed-line';
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
    options: {
      publisher: { type: 'string', description: 'only reports of this host' },
      report: { type: 'string', description: 'only this report id' },
      ...API_OPTIONS,
    },
    async run({ values }, io) {
      const endpoint = appApiFrom('projection', values, process.env);
      if (!endpoint.ok) return complain(io, 'watch', endpoint.reason);
      const api = endpoint.value.baseUrl;
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
          return complain(io, 'watch', `cannot follow the live feed at ${api} (${cause})`);
        }
      }
      return EXIT_OK;
    },
  };
}

export const watchCommand = createWatchCommand(openEventStream, interruptSignal);
