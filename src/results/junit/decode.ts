/**
 * Byte stream → text stream for XML: the encoding comes from the byte-order mark, else from the XML declaration's
 * `encoding` pseudo-attribute, else UTF-8 (XML 1.0 §4.3.3 and Appendix F). Decoding is incremental, so a file of any
 * size passes through a fixed-size window; malformed bytes become U+FFFD instead of aborting the parse.
 */
import { TextDecoder } from 'node:util';
import { ConfigurationError } from '../../runtime/errors.js';

/** How many leading bytes are examined for the declaration. */
const SNIFF_BYTES = 1024;

/** The encoding label for `head`, the first bytes of an XML document. */
export function sniffXmlEncoding(head: Uint8Array): string {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: `<?` as 16-bit units.
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  const text = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1');
  const decl = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(text);
  return decl?.[1]?.toLowerCase() ?? 'utf-8';
}

function createDecoder(label: string, source: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    throw new ConfigurationError(`${source}: unsupported XML encoding '${label}'.`, source);
  }
}

/**
 * Decodes an XML byte stream to text chunks. The first chunk(s) are buffered until {@link SNIFF_BYTES} bytes (or the
 * end) are seen, to find the encoding; after that every chunk is decoded as it arrives.
 * @param source file name for error messages
 * @throws ConfigurationError when the declared encoding is unknown
 */
export async function* decodeXmlStream(chunks: AsyncIterable<Uint8Array>, source: string): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    if (!decoder) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = Buffer.concat(pending);
      pending = [];
      decoder = createDecoder(sniffXmlEncoding(head), source);
      const text = decoder.decode(head, { stream: true });
      if (text !== '') yield text;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  if (!decoder) {
    const head = Buffer.concat(pending);
    decoder = createDecoder(sniffXmlEncoding(head), source);
    const text = decoder.decode(head, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
