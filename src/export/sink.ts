// Where an export's text goes: a file (written beside it and renamed at the end,
// so a killed run never leaves half an export) or a stream such as stdout.
// Text is gathered per batch and flushed with backpressure, so memory stays flat.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';

export interface TextSink {
  /** Queue text; nothing is written until flush. */
  write(text: string): void;
  /** Write what is queued, waiting while the destination is full. */
  flush(): Promise<void>;
  /** Flush, then finish the file (rename it into place) or leave the stream open. */
  close(): Promise<void>;
  /** Give up: remove the unfinished file. */
  abort(): Promise<void>;
}

class StreamSink implements TextSink {
  private queued: string[] = [];
  constructor(private readonly stream: Writable) {}

  write(text: string): void {
    this.queued.push(text);
  }

  async flush(): Promise<void> {
    if (!this.queued.length) return;
    const text = this.queued.join('');
    this.queued = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async abort(): Promise<void> {
    this.queued = [];
  }
}

class FileSink extends StreamSink {
  constructor(private readonly file: string, private readonly tmp: string, private readonly out: Writable) {
    super(out);
  }

  override async close(): Promise<void> {
    await super.close();
    this.out.end();
    await once(this.out, 'close');
    await rename(this.tmp, this.file);
  }

  override async abort(): Promise<void> {
    await super.abort();
    this.out.destroy();
    await rm(this.tmp, { force: true });
  }
}

export async function fileSink(file: string): Promise<TextSink> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, 'utf8');
  await once(out, 'open');
  return new FileSink(file, tmp, out);
}

export function streamSink(stream: Writable): TextSink {
  return new StreamSink(stream);
}
