/**
 * Splits a child's output stream into lines and prefixes each with the app's
 * name, keeping a partial last line until the rest of it arrives.
 */
export class LinePrefixer {
  private pending = '';

  constructor(
    private readonly prefix: string,
    private readonly write: (line: string) => void,
  ) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.write(`${this.prefix} ${line}`);
  }

  flush(): void {
    if (this.pending) this.write(`${this.prefix} ${this.pending}`);
    this.pending = '';
  }
}
