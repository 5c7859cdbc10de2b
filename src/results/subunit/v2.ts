/**
 * A streaming reader of subunit v2, the binary test-event protocol of python-subunit, testtools, stestr and tempest.
 *
 * Packet layout (python-subunit `subunit/v2.py`): signature `0xB3`; 16-bit big-endian flags (version `0x2` in the top
 * nibble); the whole packet's length as a variable-length number of at most 3 bytes (so a packet is < 4 MiB); then,
 * each only when its flag is set and in this order: timestamp (32-bit seconds + varint nanoseconds), test id, tags
 * (varint count + strings), MIME type, file content (name + varint length + bytes), route code; finally a CRC-32 of
 * everything before it. Strings are a varint byte length followed by UTF-8.
 *
 * Bytes between packets that do not start with the signature are "non-subunit" output and are reported as such. A
 * packet with a bad checksum or a bad field is reported and skipped, and reading resumes after it, as python-subunit
 * does. At most one packet is buffered, so memory is bounded by the 4 MiB packet limit.
 */
import { TextDecoder } from 'node:util';
import { crc32 } from 'node:zlib';

export const SUBUNIT_SIGNATURE = 0xb3;
export const FLAG_TEST_ID = 0x0800;
export const FLAG_ROUTE_CODE = 0x0400;
export const FLAG_TIMESTAMP = 0x0200;
export const FLAG_RUNNABLE = 0x0100;
export const FLAG_TAGS = 0x0080;
export const FLAG_FILE_CONTENT = 0x0040;
export const FLAG_MIME_TYPE = 0x0020;
export const FLAG_EOF = 0x0010;

/** Test statuses by their 3-bit code. */
export const SUBUNIT_STATUSES = [
  'undefined',
  'exists',
  'inprogress',
  'success',
  'uxsuccess',
  'skip',
  'fail',
  'xfail',
] as const;
export type SubunitStatus = (typeof SUBUNIT_STATUSES)[number];

/** One decoded packet. */
export interface SubunitPacket {
  kind: 'packet';
  /** Byte offset of the packet in the stream. */
  offset: number;
  status: SubunitStatus;
  testId?: string;
  /** Milliseconds since the epoch (fractional). */
  timestampMs?: number;
  /** The timestamp exactly as encoded. */
  timestamp?: { seconds: number; nanos: number };
  tags?: string[];
  mimeType?: string;
  fileName?: string;
  fileBytes?: Buffer;
  eof: boolean;
  runnable: boolean;
  routeCode?: string;
}

/** Bytes outside any packet (a runner's plain output mixed into the stream). */
export interface SubunitNonSubunit {
  kind: 'non-subunit';
  offset: number;
  bytes: Buffer;
}

/** A packet that could not be decoded; reading goes on after it. */
export interface SubunitProblem {
  kind: 'problem';
  offset: number;
  message: string;
}

export type SubunitEvent = SubunitPacket | SubunitNonSubunit | SubunitProblem;

/** Thrown by field decoding inside one packet. */
class PacketError extends Error {}

/** A FIFO of byte chunks that copies only what is asked for. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    this.length += chunk.length;
  }

  /** The first `n` bytes (n ≤ length), without consuming them. */
  peek(n: number): Buffer {
    const first = this.chunks[0];
    if (first && first.length >= n) return first.subarray(0, n);
    const merged = Buffer.concat(this.chunks);
    this.chunks = [merged];
    return merged.subarray(0, n);
  }

  /** Index of the first `byte` within the first `limit` bytes, or -1. */
  indexOf(byte: number, limit: number): number {
    let base = 0;
    for (const chunk of this.chunks) {
      if (base >= limit) break;
      const i = chunk.indexOf(byte);
      if (i !== -1 && base + i < limit) return base + i;
      base += chunk.length;
    }
    return -1;
  }

  /** Removes and returns the first `n` bytes. */
  take(n: number): Buffer {
    const out = this.peek(n);
    const first = this.chunks[0] as Buffer;
    const rest = first.subarray(n);
    if (rest.length === 0) this.chunks.shift();
    else this.chunks[0] = rest;
    this.length -= n;
    return Buffer.from(out); // detach from the shared chunk so callers may keep it
  }
}

/** Reads a subunit variable-length number at `pos`; returns [value, bytes used]. */
export function readVarint(buf: Buffer, pos: number, max3Bytes = false): [number, number] {
  const b0 = buf[pos];
  if (b0 === undefined) throw new PacketError(`number at ${pos} runs past the end of the packet`);
  const kind = b0 & 0xc0;
  const v0 = b0 & 0x3f;
  const need = kind === 0x00 ? 1 : kind === 0x40 ? 2 : kind === 0x80 ? 3 : 4;
  if (need === 4 && max3Bytes) throw new PacketError('packet length uses 4 bytes (at most 3 are allowed)');
  if (pos + need > buf.length) throw new PacketError(`number at ${pos} runs past the end of the packet`);
  if (need === 1) return [v0, 1];
  if (need === 2) return [(v0 << 8) | (buf[pos + 1] as number), 2];
  if (need === 3) return [(v0 << 16) | buf.readUInt16BE(pos + 1), 3];
  return [v0 * 0x1000000 + buf.readUIntBE(pos + 1, 3), 4];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readString(buf: Buffer, pos: number, what: string): [string, number] {
  const [len, used] = readVarint(buf, pos);
  const start = pos + used;
  if (start + len > buf.length) throw new PacketError(`${what} runs past the end of the packet`);
  const bytes = buf.subarray(start, start + len);
  if (bytes.includes(0)) throw new PacketError(`${what} contains a NUL byte`);
  try {
    return [utf8.decode(bytes), start + len];
  } catch {
    throw new PacketError(`${what} is not UTF-8`);
  }
}

/** Decodes the body of one complete packet (signature to CRC inclusive). */
export function decodePacket(packet: Buffer, offset: number): SubunitPacket {
  const flags = packet.readUInt16BE(1);
  const version = flags >> 12;
  if (version !== 2) throw new PacketError(`unsupported version ${version}`);
  const [, lenBytes] = readVarint(packet, 3, true);
  const body = packet.subarray(0, packet.length - 4);
  let pos = 3 + lenBytes;
  const out: SubunitPacket = {
    kind: 'packet',
    offset,
    status: SUBUNIT_STATUSES[flags & 0x7] as SubunitStatus,
    eof: (flags & FLAG_EOF) !== 0,
    runnable: (flags & FLAG_RUNNABLE) !== 0,
  };
  if (flags & FLAG_TIMESTAMP) {
    if (pos + 4 > body.length) throw new PacketError('timestamp runs past the end of the packet');
    const seconds = body.readUInt32BE(pos);
    const [nanos, used] = readVarint(body, pos + 4);
    pos += 4 + used;
    out.timestamp = { seconds, nanos };
    out.timestampMs = seconds * 1000 + nanos / 1e6;
  }
  if (flags & FLAG_TEST_ID) [out.testId, pos] = readString(body, pos, 'test id');
  if (flags & FLAG_TAGS) {
    const [count, used] = readVarint(body, pos);
    pos += used;
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      let tag: string;
      [tag, pos] = readString(body, pos, 'tag');
      tags.push(tag);
    }
    out.tags = tags;
  }
  if (flags & FLAG_MIME_TYPE) [out.mimeType, pos] = readString(body, pos, 'MIME type');
  if (flags & FLAG_FILE_CONTENT) {
    [out.fileName, pos] = readString(body, pos, 'file name');
    const [len, used] = readVarint(body, pos);
    pos += used;
    if (pos + len > body.length) throw new PacketError('file content runs past the end of the packet');
    out.fileBytes = Buffer.from(body.subarray(pos, pos + len));
    pos += len;
  }
  if (flags & FLAG_ROUTE_CODE) [out.routeCode, pos] = readString(body, pos, 'route code');
  return out;
}

/** Most non-subunit bytes reported in one event. */
const MAX_NON_SUBUNIT_CHUNK = 64 * 1024;

/** The reader's input: a byte queue filled from the chunk iterator on demand, and the offset of its first byte. */
class PacketInput {
  readonly q = new ByteQueue();
  offset = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** Pulls chunks until `n` bytes are queued or the input ends; true when they are. */
  async fill(n: number): Promise<boolean> {
    while (this.q.length < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else this.q.push(next.value);
    }
    return this.q.length >= n;
  }

  /** Removes and returns `n` bytes, moving the offset past them. */
  take(n: number): Buffer {
    const bytes = this.q.take(n);
    this.offset += n;
    return bytes;
  }

  /** Drops everything queued (the rest of the stream is unreadable). */
  drop(): void {
    this.q.take(this.q.length);
  }
}

/** What one step of the reader produced: an event to yield, and whether the stream ends there. */
interface Step {
  event: SubunitEvent;
  end?: boolean;
}

const problem = (offset: number, message: string): SubunitProblem => ({ kind: 'problem', offset, message });

/** Bytes up to the next signature byte (at most {@link MAX_NON_SUBUNIT_CHUNK}) as non-subunit output. */
function readNonSubunit(input: PacketInput): SubunitEvent {
  const offset = input.offset;
  const limit = Math.min(input.q.length, MAX_NON_SUBUNIT_CHUNK);
  const next = input.q.indexOf(SUBUNIT_SIGNATURE, limit);
  return { kind: 'non-subunit', offset, bytes: input.take(next === -1 ? limit : next) };
}

/** A problem at the current byte, which is skipped so reading resumes right after it. */
function skipByte(input: PacketInput, message: string): Step {
  const event = problem(input.offset, message);
  input.take(1);
  return { event };
}

/** The stream ends inside a packet: a problem, and nothing more to read. */
function truncated(input: PacketInput, message: string): Step {
  const event = problem(input.offset, message);
  input.drop();
  return { event, end: true };
}

/** Reads the length of the packet at the signature byte, or the step to take when the header is unusable. */
async function readPacketLength(input: PacketInput): Promise<number | Step> {
  const offset = input.offset;
  // Signature, flags, and up to 3 length bytes.
  if (!(await input.fill(4))) return truncated(input, `truncated packet header at byte ${offset}`);
  // The length's first byte says how many bytes it takes (1-3; 4 is refused below).
  const headerBytes = 3 + Math.min((((input.q.peek(4)[3] as number) >> 6) & 0x3) + 1, 3);
  if (!(await input.fill(headerBytes))) return truncated(input, `truncated packet header at byte ${offset}`);
  let length: number;
  try {
    [length] = readVarint(input.q.peek(headerBytes), 3, true);
  } catch (err) {
    return skipByte(input, `bad packet length at byte ${offset}: ${(err as Error).message}`);
  }
  if (length < 8) return skipByte(input, `impossible packet length ${length} at byte ${offset}`);
  return length;
}

/** A whole packet's bytes → the packet, or a problem when its checksum or a field is bad. */
function checkedPacket(packet: Buffer, offset: number): SubunitEvent {
  const length = packet.length;
  const stored = packet.readUInt32BE(length - 4);
  const computed = crc32(packet.subarray(0, length - 4)) >>> 0;
  if (stored !== computed) {
    return problem(
      offset,
      `bad checksum at byte ${offset}: computed 0x${computed.toString(16)}, stored 0x${stored.toString(16)}`,
    );
  }
  try {
    return decodePacket(packet, offset);
  } catch (err) {
    if (!(err instanceof PacketError)) throw err;
    return problem(offset, `bad packet at byte ${offset}: ${err.message}`);
  }
}

/** Reads the packet that starts at the current byte (a signature). */
async function readPacket(input: PacketInput): Promise<Step> {
  const length = await readPacketLength(input);
  if (typeof length !== 'number') return length;
  const offset = input.offset;
  if (!(await input.fill(length))) {
    return truncated(
      input,
      `truncated packet at byte ${offset}: ${length} bytes declared, ${input.q.length} left in the stream`,
    );
  }
  return { event: checkedPacket(input.take(length), offset) };
}

/**
 * Reads a subunit v2 byte stream and yields its packets, interleaved non-subunit output, and problems (bad checksum,
 * bad fields, a truncated last packet). Never throws for bad input; rejects only if `chunks` itself fails.
 */
export async function* readSubunitV2(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SubunitEvent> {
  const input = new PacketInput(chunks);
  while (await input.fill(1)) {
    if (input.q.peek(1)[0] !== SUBUNIT_SIGNATURE) {
      yield readNonSubunit(input);
      continue;
    }
    const step = await readPacket(input);
    yield step.event;
    if (step.end) break;
  }
}
