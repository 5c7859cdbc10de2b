/** SecretMasker: registration rules, derived forms, longest-first replacement. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { SecretMasker, defaultMasker } from '../../src/runtime/secrets.js';

describe('SecretMasker', () => {
  it('masks every occurrence of a registered value', () => {
    const masker = new SecretMasker();
    masker.add('hunter2');
    expect(masker.mask('pw=hunter2, again hunter2.')).toBe('pw=***, again ***.');
    expect(masker.mask('nothing here')).toBe('nothing here');
  });

  it('ignores empty, whitespace-only and non-string values', () => {
    const masker = new SecretMasker();
    masker.add('');
    masker.add('   \n\t ');
    masker.add(undefined);
    masker.add(null);
    expect(masker.size).toBe(0);
    expect(masker.mask('a b  c')).toBe('a b  c');
  });

  it('replaces longer values first so no fragment leaks', () => {
    const masker = new SecretMasker();
    masker.add('abc');
    masker.add('abcdef');
    expect(masker.mask('xabcdefx abc')).toBe('x***x ***');
  });

  it('treats regular-expression characters literally', () => {
    const masker = new SecretMasker();
    masker.add('a.b*c$(d)[e]');
    expect(masker.mask('a.b*c$(d)[e] axbbbc')).toBe('*** axbbbc');
  });

  it('registers each line of a multi-line secret, skipping very short lines', () => {
    const masker = new SecretMasker();
    masker.add('{\n  "key": "line-one-secret",\r\n  "id": "line-two"\n}');
    expect(masker.mask('leaked "key": "line-one-secret", partially')).toBe('leaked *** partially');
    expect(masker.mask('"id": "line-two"')).toBe('***');
    // A lone brace is too common to mask.
    expect(masker.mask('{ }')).toBe('{ }');
  });

  it('registers the JSON-escaped form', () => {
    const masker = new SecretMasker();
    masker.add('pa"ss\\word');
    expect(masker.mask(JSON.stringify({ password: 'pa"ss\\word' }))).toBe('{"password":"***"}');
  });

  it('registers the URL-encoded form', () => {
    const masker = new SecretMasker();
    masker.add('p@ss word/1');
    expect(masker.mask('https://u:p%40ss%20word%2F1@example.org')).toBe('https://u:***@example.org');
  });

  it('does not add derived forms that equal the value', () => {
    const masker = new SecretMasker();
    masker.add('plain');
    expect(masker.size).toBe(1);
  });

  it('picks up values added after a previous mask call', () => {
    const masker = new SecretMasker();
    masker.add('first');
    expect(masker.mask('first second')).toBe('*** second');
    masker.add('second');
    expect(masker.mask('first second')).toBe('*** ***');
  });

  it('provides a shared default instance', () => {
    expect(defaultMasker).toBeInstanceOf(SecretMasker);
  });

  it('never lets a registered secret through (property)', () => {
    const secret = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !s.includes('*'));
    fc.assert(
      fc.property(secret, fc.string(), fc.string(), (s, before, after) => {
        const masker = new SecretMasker();
        masker.add(s);
        expect(masker.mask(`${before}${s}${after}`)).not.toContain(s);
      }),
    );
  });
});
