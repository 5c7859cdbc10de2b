/** Byte-exact truncation and the capped text buffer: properties over arbitrary Unicode. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { CappedText } from '../../../src/results/capped-text.js';
import {
  TRUNCATION_MARKER,
  truncateChars,
  truncateUtf8,
  utf8Length,
  utf8Prefix,
} from '../../../src/results/publish/utf8.js';

const text = fc.string({ unit: 'grapheme', maxLength: 300 });
const anyUnits = fc.string({ unit: 'binary', maxLength: 300 });

describe('utf8Prefix', () => {
  it('returns the longest prefix that fits, never splitting a code point', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 1200 }), (s, max) => {
        const p = utf8Prefix(s, max);
        expect(utf8Length(p)).toBeLessThanOrEqual(max);
        expect(s.startsWith(p)).toBe(true);
        // Maximal: one more code point would not fit.
        const next = [...s.slice(p.length)][0];
        if (next !== undefined) expect(utf8Length(p + next)).toBeGreaterThan(max);
      }),
    );
  });

  it('counts 4-byte characters as 4 bytes (emoji, CJK extension B)', () => {
    expect(utf8Prefix('a😀b', 4)).toBe('a');
    expect(utf8Prefix('a😀b', 5)).toBe('a😀');
    expect(utf8Prefix('é', 1)).toBe('');
  });
});

describe('truncateUtf8', () => {
  it('leaves fitting text alone and otherwise ends in the marker within the limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 1200 }), (s, max) => {
        const t = truncateUtf8(s, max);
        expect(utf8Length(t)).toBeLessThanOrEqual(max);
        if (utf8Length(s) <= max) expect(t).toBe(s);
        else if (max > utf8Length(TRUNCATION_MARKER)) {
          expect(t.endsWith(TRUNCATION_MARKER)).toBe(true);
          expect(s.startsWith(t.slice(0, -TRUNCATION_MARKER.length))).toBe(true);
        }
      }),
    );
  });

  it('fills the budget exactly when the text is ASCII', () => {
    const t = truncateUtf8('x'.repeat(70_000), 65535);
    expect(utf8Length(t)).toBe(65535);
  });
});

describe('truncateChars', () => {
  it('keeps at most N UTF-16 units and never leaves half a surrogate pair', () => {
    fc.assert(
      fc.property(anyUnits, fc.integer({ min: 1, max: 300 }), (s, max) => {
        const t = truncateChars(s, max);
        expect(t.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(t).toBe(s);
        else {
          const body = t.slice(0, -1);
          expect(s.startsWith(body)).toBe(true);
          const last = body.charCodeAt(body.length - 1);
          const cutsPair = last >= 0xd800 && last <= 0xdbff && s.charCodeAt(body.length) >= 0xdc00;
          expect(cutsPair).toBe(false);
        }
      }),
    );
  });
});

describe('CappedText', () => {
  it('keeps a text of exactly its cap when the head boundary falls inside a surrogate pair (fast-check seed 684732573)', () => {
    const c = new CappedText(9);
    c.push('𐀀𐀀𐀀 𐀀'); // 9 UTF-16 units; the head (5) would end inside the third pair, so it keeps 4
    expect(c.toString()).toBe('𐀀𐀀𐀀 𐀀');
    expect(c.droppedChars).toBe(0);
  });

  it('keeps everything up to its cap and head + tail beyond it, in bounded memory', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.integer({ min: 4, max: 200 }), (chunks, cap) => {
        const c = new CappedText(cap);
        chunks.forEach((x) => c.push(x));
        const all = chunks.join('');
        const out = c.toString();
        if (all.length <= cap) expect(out).toBe(all);
        else {
          expect(out).toContain('characters omitted');
          const [head, tail] = out.split(/\n\[… \d+ characters omitted …\]\n/);
          expect(all.startsWith(head ?? '')).toBe(true);
          expect(all.endsWith(tail ?? '')).toBe(true);
          expect((head ?? '').length + (tail ?? '').length).toBeLessThanOrEqual(cap);
          expect(c.droppedChars).toBe(all.length - (head ?? '').length - (tail ?? '').length);
        }
      }),
    );
  });
});
