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

/**
 * Reads a subunit v2 byte stream and yields its packets, interleaved non-subunit output, and problems (bad checksum,
 * bad fields, a truncated last packet). Never throws for bad input; rejects only if `chunks` itself fails.
 */
export async function* readSubunitV2(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SubunitEvent> {
  const q = new ByteQueue();
  let offset = 0;
  let ended = false;
  const iterator = chunks[Symbol.asyncIterator]();
  /** Pulls chunks until `n` bytes are queued or the input ends; true when they are. */
  const fill = async (n: number): Promise<boolean> => {
    while (q.length < n && !ended) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else q.push(next.value);
    }
    return q.length >= n;
  };

  while (await fill(1)) {
    const first = q.peek(1)[0];
    if (first !== SUBUNIT_SIGNATURE) {
      const limit = Math.min(q.length, MAX_NON_SUBUNIT_CHUNK);
      const next = q.indexOf(SUBUNIT_SIGNATURE, limit);
      const n = next === -1 ? limit : next;
      yield { kind: 'non-subunit', offset, bytes: q.take(n) };
      offset += n;
      continue;
    }
    // Signature, flags, and up to 3 length bytes.
    if (!(await fill(4))) {
      yield { kind: 'problem', offset, message: `truncated packet header at byte ${offset}` };
      q.take(q.length);
      break;
    }
    // The length's first byte says how many bytes it takes (1-3; 4 is refused below).
    const lengthBytes = (((q.peek(4)[3] as number) >> 6) & 0x3) + 1;
    if (!(await fill(3 + Math.min(lengthBytes, 3)))) {
      yield { kind: 'problem', offset, message: `truncated packet header at byte ${offset}` };
      q.take(q.length);
      break;
    }
    const header = q.peek(3 + Math.min(lengthBytes, 3));
    let length: number;
    try {
      [length] = readVarint(header, 3, true);
    } catch (err) {
      yield { kind: 'problem', offset, message: `bad packet length at byte ${offset}: ${(err as Error).message}` };
      q.take(1);
      offset += 1;
      continue;
    }
    if (length < 8) {
      yield { kind: 'problem', offset, message: `impossible packet length ${length} at byte ${offset}` };
      q.take(1);
      offset += 1;
      continue;
    }
    if (!(await fill(length))) {
      yield {
        kind: 'problem',
        offset,
        message: `truncated packet at byte ${offset}: ${length} bytes declared, ${q.length} left in the stream`,
      };
      q.take(q.length);
      break;
    }
    const packet = q.take(length);
    const stored = packet.readUInt32BE(length - 4);
    const computed = crc32(packet.subarray(0, length - 4)) >>> 0;
    if (stored !== computed) {
      yield {
        kind: 'problem',
        offset,
        message: `bad checksum at byte ${offset}: computed 0x${computed.toString(16)}, stored 0x${stored.toString(16)}`,
      };
      offset += length;
      continue;
    }
    try {
      yield decodePacket(packet, offset);
    } catch (err) {
      if (!(err instanceof PacketError)) throw err;
      yield { kind: 'problem', offset, message: `bad packet at byte ${offset}: ${err.message}` };
    }
    offset += length;
  }
}
