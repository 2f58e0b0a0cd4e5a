// Buffered writing to stdout: thousands of small writes to a pipe are slow,
// and a consumer slower than the diff must not make the buffer grow without bound.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const FLUSH_AT = 64 * 1024;

export class BufferedOutput {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  write = (chunk: string): void => {
    this.pending.push(chunk);
    this.size += chunk.length;
  };

  /** Writes what is pending once there is enough of it (or always, with `force`), waiting for the stream to drain. */
  async flush(force = false): Promise<void> {
    if (!this.size || (!force && this.size < FLUSH_AT)) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}
