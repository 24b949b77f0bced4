export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

/**
 * Incremental parser for the server-sent events wire format (WHATWG HTML,
 * "Interpreting an event stream"): lines of `field: value`, a blank line ends
 * a message, lines starting with ":" are comments. Chunks may split anywhere.
 */
export class SseParser {
  private buffer = '';
  private event = 'message';
  private data: string[] = [];
  private id: string | undefined;

  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() ?? '';
    return lines.flatMap((line) => this.line(line));
  }

  private line(line: string): SseMessage[] {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return [];
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    return [];
  }

  private dispatch(): SseMessage[] {
    const message = this.data.length > 0 ? [{ event: this.event, data: this.data.join('\n'), id: this.id }] : [];
    this.event = 'message';
    this.data = [];
    return message;
  }
}
