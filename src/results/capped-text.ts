/**
 * A text accumulator with a fixed memory bound: it keeps the head and the tail of what it is fed and counts what it
 * dropped in between. Parsers use it for failure bodies, tracebacks and captured output, which can be arbitrarily
 * large in a results file; the start (the assertion) and the end (the exception) are the parts a reviewer reads.
 */
export class CappedText {
  private head = '';
  private tail = '';
  private dropped = 0;
  /** Set once text went to the tail: the head never grows after that, or the order would break. */
  private headClosed = false;
  private readonly headMax: number;

  /** @param maxChars total characters kept (half head, half tail) */
  constructor(readonly maxChars: number = 64 * 1024) {
    this.headMax = Math.ceil(maxChars / 2);
  }

  /** What the tail may keep: the rest of the budget (the head may be one short to keep a surrogate pair whole). */
  private get tailMax(): number {
    return this.maxChars - this.head.length;
  }

  /** Appends `chunk`. */
  push(chunk: string): void {
    if (chunk === '') return;
    if (!this.headClosed && this.head.length < this.headMax) {
      let room = this.headMax - this.head.length;
      // Do not end the head on the first half of a surrogate pair.
      const last = chunk.charCodeAt(room - 1);
      if (room < chunk.length && last >= 0xd800 && last <= 0xdbff) room--;
      this.head += chunk.slice(0, room);
      chunk = chunk.slice(room);
      if (chunk === '') return;
    }
    this.headClosed = true;
    this.tail += chunk;
    if (this.tail.length > this.tailMax * 2) this.compact();
  }

  /** True when nothing was pushed. */
  get empty(): boolean {
    return this.head === '' && this.tail === '';
  }

  /** Characters dropped from the middle so far. */
  get droppedChars(): number {
    this.compact();
    return this.dropped;
  }

  /** The kept text: head, a `[… N characters omitted …]` line if anything was dropped, tail. */
  toString(): string {
    this.compact();
    if (this.dropped === 0) return this.head + this.tail;
    return `${this.head}\n[… ${this.dropped} characters omitted …]\n${this.tail}`;
  }

  private compact(): void {
    if (this.tail.length <= this.tailMax) return;
    let cut = this.tail.length - this.tailMax;
    // Do not start the tail on the second half of a surrogate pair.
    const code = this.tail.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut++;
    this.dropped += cut;
    this.tail = this.tail.slice(cut);
  }
}
