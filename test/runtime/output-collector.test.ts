/** One output stream: the byte cap keeps the tail on a character boundary; lines reach the callback masked. */
import { describe, expect, it } from '@jest/globals';

import { OutputCollector } from '../../src/runtime/output-collector.js';
import { SecretMasker } from '../../src/runtime/secrets.js';

describe('OutputCollector', () => {
  it('splits chunks into lines (CRLF too), masks them and flushes the last partial line at finish', () => {
    const masker = new SecretMasker();
    masker.add('hunter2');
    const lines: string[] = [];
    const c = new OutputCollector(1024, masker, (l) => lines.push(l));
    c.push(Buffer.from('pass=hun'));
    c.push(Buffer.from('ter2\r\nsecond'));
    expect(lines).toEqual(['pass=***']);
    expect(c.finish()).toEqual({ text: 'pass=***\r\nsecond', truncated: false });
    expect(lines).toEqual(['pass=***', 'second']);
  });

  it('keeps only the tail beyond the cap, never starting inside a UTF-8 sequence', () => {
    const c = new OutputCollector(4, new SecretMasker(), undefined);
    c.push(Buffer.from('abcdefg'));
    c.push(Buffer.from('é€')); // 2 + 3 bytes: the last 4 start with é's second byte
    const out = c.finish();
    expect(out.truncated).toBe(true);
    expect(out.text).toBe('€');
  });

  it('records the first error a line callback throws and stops calling it', () => {
    let calls = 0;
    const c = new OutputCollector(1024, new SecretMasker(), () => {
      calls++;
      throw new Error('callback broke');
    });
    c.push(Buffer.from('a\nb\nc\n'));
    c.finish();
    expect(calls).toBe(1);
    expect((c.callbackError as Error).message).toBe('callback broke');
  });
});
