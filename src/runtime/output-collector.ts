/** Capturing one output stream of a running program: a byte cap keeping the tail, and masked lines for a callback. */
import { StringDecoder } from 'node:string_decoder';

import type { SecretMasker } from './secrets.js';

/** Longest partial line (in characters) buffered for a line callback before it is emitted anyway. */
const MAX_PENDING_LINE = 1024 * 1024;

/** Captures one output stream with a byte cap (keeping the tail) and splits it into masked lines for a callback. */
export class OutputCollector {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private truncated = false;
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** The first error a line callback threw; the run rejects with it. */
  callbackError: unknown;

  constructor(
    private readonly maxBytes: number,
    private readonly masker: SecretMasker,
    private readonly onLine: ((line: string) => void) | undefined,
  ) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    // Compact only at twice the cap, so copying stays linear in the output size.
    if (this.bytes > 2 * this.maxBytes) this.compact();
    if (this.onLine) this.feed(this.decoder.write(chunk));
  }

  /** Flushes the final partial line and returns the captured (masked) text. */
  finish(): { text: string; truncated: boolean } {
    if (this.onLine) {
      this.feed(this.decoder.end());
      if (this.pending !== '') this.emit(this.pending);
      this.pending = '';
    }
    if (this.bytes > this.maxBytes) this.compact();
    let buffer = Buffer.concat(this.chunks);
    if (this.truncated) {
      // Don't start the kept tail in the middle of a UTF-8 sequence.
      let start = 0;
      while (start < buffer.length && start < 4 && ((buffer[start] ?? 0) & 0xc0) === 0x80) start++;
      buffer = buffer.subarray(start);
    }
    return { text: this.masker.mask(buffer.toString('utf8')), truncated: this.truncated };
  }

  private compact(): void {
    const all = Buffer.concat(this.chunks);
    const kept = all.subarray(all.length - this.maxBytes);
    this.chunks = [kept];
    this.bytes = kept.length;
    this.truncated = true;
  }

  private feed(text: string): void {
    if (text === '') return;
    this.pending += text;
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) !== -1) {
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      this.emit(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
    if (this.pending.length > MAX_PENDING_LINE) {
      this.emit(this.pending);
      this.pending = '';
    }
  }

  private emit(line: string): void {
    if (!this.onLine || this.callbackError !== undefined) return;
    try {
      this.onLine(this.masker.mask(line));
    } catch (err) {
      this.callbackError = err ?? new Error('line callback threw');
    }
  }
}
