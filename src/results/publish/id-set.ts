/**
 * A set of strings kept as 64-bit fingerprints in flat typed arrays (open addressing, linear probing): about 20 bytes
 * per member instead of a string plus a map entry (80–100 bytes). The collector uses it to remember the id of every
 * failure it counted but did not keep, so a later pass of the same case (a retry) is still recognised as flaky while
 * memory stays nearly flat however many failures there are.
 *
 * Two different strings share a fingerprint with probability about n²/2⁶⁵ (for a million failures, one in 36
 * million); the cost of that would be one passed case counted as a retry.
 */

const EMPTY = 0;
const USED = 1;
const DELETED = 2;

/** Two independent 32-bit hashes of `s` (FNV-1a and a multiply-rotate hash over UTF-16 code units). */
function fingerprint(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}

/** A set of strings by fingerprint: `add`, `has`, `delete`. */
export class FingerprintSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private state: Uint8Array;
  /** Members. */
  size = 0;
  /** Slots that are not empty (members and tombstones): what the load factor counts. */
  private occupied = 0;

  constructor(capacity = 1024) {
    const n = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.state = new Uint8Array(n);
  }

  /** Adds `s` (no effect when present). */
  add(s: string): void {
    const [h, l] = fingerprint(s);
    if (this.find(h, l) !== -1) return;
    if ((this.occupied + 1) * 2 > this.state.length) this.rehash((this.size + 1) * 4 > this.state.length);
    const mask = this.state.length - 1;
    let i = h & mask;
    while (this.state[i] === USED) i = (i + 1) & mask;
    if (this.state[i] === EMPTY) this.occupied++;
    this.hi[i] = h;
    this.lo[i] = l;
    this.state[i] = USED;
    this.size++;
  }

  /** Whether `s` is a member. */
  has(s: string): boolean {
    const [h, l] = fingerprint(s);
    return this.find(h, l) !== -1;
  }

  /** Removes `s`; true when it was a member. */
  delete(s: string): boolean {
    const [h, l] = fingerprint(s);
    const i = this.find(h, l);
    if (i === -1) return false;
    this.state[i] = DELETED;
    this.size--;
    return true;
  }

  private find(h: number, l: number): number {
    const mask = this.state.length - 1;
    for (let i = h & mask; this.state[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.state[i] === USED && this.hi[i] === h && this.lo[i] === l) return i;
    }
    return -1;
  }

  /** Rebuilds without tombstones, twice as large when `grow`. */
  private rehash(grow: boolean): void {
    const { hi, lo, state } = this;
    const n = grow ? state.length * 2 : state.length;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.state = new Uint8Array(n);
    this.occupied = 0;
    const mask = n - 1;
    for (let j = 0; j < state.length; j++) {
      if (state[j] !== USED) continue;
      let i = (hi[j] as number) & mask;
      while (this.state[i] === USED) i = (i + 1) & mask;
      this.hi[i] = hi[j] as number;
      this.lo[i] = lo[j] as number;
      this.state[i] = USED;
      this.occupied++;
    }
  }
}
