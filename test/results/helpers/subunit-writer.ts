/** A subunit v2 packet encoder for tests (python-subunit's `StreamResultToBytes._write_packet`, ported). */
import { crc32 } from 'node:zlib';
import {
  FLAG_EOF,
  FLAG_FILE_CONTENT,
  FLAG_MIME_TYPE,
  FLAG_ROUTE_CODE,
  FLAG_RUNNABLE,
  FLAG_TAGS,
  FLAG_TEST_ID,
  FLAG_TIMESTAMP,
  SUBUNIT_STATUSES,
  type SubunitStatus,
} from '../../../src/results/subunit/v2.js';

export interface PacketInit {
  testId?: string;
  status?: SubunitStatus;
  tags?: string[];
  runnable?: boolean;
  fileName?: string;
  fileBytes?: Buffer;
  eof?: boolean;
  mimeType?: string;
  routeCode?: string;
  /** Milliseconds since the epoch. */
  timestampMs?: number;
  /** Exact timestamp (wins over `timestampMs`). */
  timestamp?: { seconds: number; nanos: number };
}

function varint(value: number): Buffer {
  if (value < 0x40) return Buffer.from([value]);
  if (value < 0x4000) return Buffer.from([(value >> 8) | 0x40, value & 0xff]);
  if (value < 0x400000) return Buffer.from([(value >> 16) | 0x80, (value >> 8) & 0xff, value & 0xff]);
  const b = Buffer.alloc(4);
  b.writeUInt32BE((value | 0xc0000000) >>> 0);
  return b;
}

const str = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([varint(b.length), b]);
};

/** Encodes one packet. */
export function encodePacket(p: PacketInit): Buffer {
  let flags = 0x2000;
  const body: Buffer[] = [];
  if (p.timestamp !== undefined || p.timestampMs !== undefined) {
    flags |= FLAG_TIMESTAMP;
    const ms = p.timestampMs ?? 0;
    const seconds = p.timestamp?.seconds ?? Math.floor(ms / 1000);
    const nanos = p.timestamp?.nanos ?? Math.round((ms - seconds * 1000) * 1e6);
    const s = Buffer.alloc(4);
    s.writeUInt32BE(seconds);
    body.push(s, varint(nanos));
  }
  if (p.testId !== undefined) {
    flags |= FLAG_TEST_ID;
    body.push(str(p.testId));
  }
  if (p.tags?.length) {
    flags |= FLAG_TAGS;
    body.push(varint(p.tags.length), ...p.tags.map(str));
  }
  if (p.runnable ?? true) flags |= FLAG_RUNNABLE;
  if (p.mimeType) {
    flags |= FLAG_MIME_TYPE;
    body.push(str(p.mimeType));
  }
  if (p.fileName !== undefined) {
    flags |= FLAG_FILE_CONTENT;
    const bytes = p.fileBytes ?? Buffer.alloc(0);
    body.push(str(p.fileName), varint(bytes.length), bytes);
  }
  if (p.eof) flags |= FLAG_EOF;
  if (p.routeCode !== undefined) {
    flags |= FLAG_ROUTE_CODE;
    body.push(str(p.routeCode));
  }
  flags |= SUBUNIT_STATUSES.indexOf(p.status ?? 'undefined');
  const content = Buffer.concat(body);
  const base = 3 + content.length + 4;
  const lengthBytes = base <= 62 ? 1 : base <= 16381 ? 2 : 3;
  const head = Buffer.alloc(3);
  head[0] = 0xb3;
  head.writeUInt16BE(flags, 1);
  const packet = Buffer.concat([head, varint(base + lengthBytes), content]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(packet) >>> 0);
  return Buffer.concat([packet, crc]);
}
