/**
 * Byte-exact text limits. GitHub counts `summary`/`text`/`message`/`raw_details` in UTF-8 bytes and `title` in
 * characters; these helpers cut to the largest prefix that fits, never inside a character, and leave room for a
 * marker that says something was cut.
 */

/** What {@link truncateUtf8} and {@link truncateChars} append when they cut. */
export const TRUNCATION_MARKER = '\n… (truncated)';

/** Size of `text` in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest prefix of `text` whose UTF-8 encoding has at most `maxBytes` bytes, never splitting a code point (a
 * surrogate pair is kept or dropped whole).
 */
export function utf8Prefix(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  // Cheap exits: UTF-8 needs 1-3 bytes per UTF-16 unit, so short strings fit without encoding.
  if (text.length * 3 <= maxBytes) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Back off over continuation bytes (10xxxxxx) to the start of the code point that does not fit.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * `text` if it fits in `maxBytes` UTF-8 bytes; otherwise the longest prefix that fits together with `marker`
 * (the marker itself is cut if even it does not fit).
 */
export function truncateUtf8(text: string, maxBytes: number, marker = TRUNCATION_MARKER): string {
  if (utf8Length(text) <= maxBytes) return text;
  const markerBytes = utf8Length(marker);
  if (markerBytes >= maxBytes) return utf8Prefix(marker, maxBytes);
  return utf8Prefix(text, maxBytes - markerBytes) + marker;
}

/**
 * `text` cut to at most `maxUnits` UTF-16 code units (which also bounds the code points), never splitting a
 * surrogate pair, with `marker` at the end when cut.
 */
export function truncateChars(text: string, maxUnits: number, marker = '…'): string {
  if (text.length <= maxUnits) return text;
  if (marker.length >= maxUnits) return marker.slice(0, Math.max(0, maxUnits));
  let end = maxUnits - marker.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return text.slice(0, end) + marker;
}
