/** CoreLogger (with an injected @actions/core fake) and ConsoleLogger (with an in-memory stream). */
import { describe, expect, it } from '@jest/globals';

import { ConsoleLogger, type ConsoleLoggerOptions } from '../../src/runtime/console-logger.js';
import { CoreLogger } from '../../src/runtime/core-logger.js';
import { SecretMasker } from '../../src/runtime/secrets.js';
import { createCoreMock } from '../__fixtures__/core-mock.js';

/** A clock that advances by the given steps, one per call. */
function steppingClock(...readings: number[]): () => number {
  let i = 0;
  return () => readings[Math.min(i++, readings.length - 1)] ?? 0;
}

describe('CoreLogger', () => {
  it('maps levels and annotation properties to @actions/core', () => {
    const core = createCoreMock();
    const logger = new CoreLogger({ core, masker: new SecretMasker() });
    logger.debug('d');
    logger.info('i');
    logger.notice('n', { title: 'T' });
    logger.warning('w', { file: 'local.conf', startLine: 12 });
    logger.error('e', { title: 'Bad', file: 'a.yml', startLine: 3, endLine: 5 });
    logger.error('plain');
    expect(core.debug).toHaveBeenCalledWith('d');
    expect(core.info).toHaveBeenCalledWith('i');
    expect(core.notice).toHaveBeenCalledWith('n', { title: 'T' });
    expect(core.warning).toHaveBeenCalledWith('w', { file: 'local.conf', startLine: 12 });
    expect(core.error).toHaveBeenNthCalledWith(1, 'e', { title: 'Bad', file: 'a.yml', startLine: 3, endLine: 5 });
    expect(core.error).toHaveBeenNthCalledWith(2, 'plain', undefined);
  });

  it('registers secrets with the runner and masks them locally', () => {
    const core = createCoreMock();
    const masker = new SecretMasker();
    const logger = new CoreLogger({ core, masker });
    logger.addSecret('tok-123456');
    logger.addSecret('   ');
    logger.info('token is tok-123456');
    logger.warning('oops tok-123456', { title: 'leak tok-123456' });
    expect(core.setSecret).toHaveBeenCalledTimes(1);
    expect(core.setSecret).toHaveBeenCalledWith('tok-123456');
    expect(core.info).toHaveBeenCalledWith('token is ***');
    expect(core.warning).toHaveBeenCalledWith('oops ***', { title: 'leak ***' });
    expect(masker.mask('tok-123456')).toBe('***');
  });

  it('registers a multi-line secret (a private key) with the real runner line by line: one ::add-mask:: per line', () => {
    const key = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAx1y2Jm0line0NOTREALbutLONGenoughToLookLikeOne',
      'q9Wf3c0line1NOTREALbutLONGenoughToLookLikeOneToo+/AbCdEf012345',
      'ab',
      '-----END RSA PRIVATE KEY-----',
      '',
    ].join('\n');
    const written: string[] = [];
    const originalWrite = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    const masker = new SecretMasker();
    try {
      new CoreLogger({ masker }).addSecret(key); // the real @actions/core
    } finally {
      process.stdout.write = originalWrite;
    }
    const masks = written
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'));
    // Each line is a mask of its own (the runner masks per line); nothing is sent %0A-joined, short lines are skipped.
    expect(masks).toEqual([
      '::add-mask::-----BEGIN RSA PRIVATE KEY-----',
      '::add-mask::MIIEowIBAAKCAQEAx1y2Jm0line0NOTREALbutLONGenoughToLookLikeOne',
      '::add-mask::q9Wf3c0line1NOTREALbutLONGenoughToLookLikeOneToo+/AbCdEf012345',
      '::add-mask::-----END RSA PRIVATE KEY-----',
    ]);
    expect(masker.mask(`ssh said: ${key.split('\n')[2] ?? ''}`)).toBe('ssh said: ***');
  });

  it('wraps a group in startGroup/endGroup and prints the elapsed time after it', async () => {
    const core = createCoreMock();
    const logger = new CoreLogger({ core, masker: new SecretMasker(), now: steppingClock(1000, 13_300) });
    const order: string[] = [];
    core.startGroup.mockImplementation((name) => order.push(`start ${name}`));
    core.endGroup.mockImplementation(() => order.push('end'));
    core.info.mockImplementation((msg) => order.push(`info ${msg}`));
    const value = await logger.group('Stack DevStack', async () => {
      logger.info('inside');
      return 42;
    });
    expect(value).toBe(42);
    expect(order).toEqual(['start Stack DevStack', 'info inside', 'end', 'info ✓ Stack DevStack (12.3s)']);
  });

  it('ends the group and reports the failure when the callback throws', async () => {
    const core = createCoreMock();
    const logger = new CoreLogger({ core, masker: new SecretMasker(), now: steppingClock(0, 2000) });
    await expect(
      logger.group('Fails', async () => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    expect(core.endGroup).toHaveBeenCalledTimes(1);
    expect(core.info).toHaveBeenCalledWith('✗ Fails (failed after 2s)');
  });

  it('turns a nested group into a line, since the log viewer cannot nest groups', async () => {
    const core = createCoreMock();
    const logger = new CoreLogger({ core, masker: new SecretMasker(), now: steppingClock(0, 10, 20, 30) });
    await logger.group('outer', () => logger.group('inner', async () => undefined));
    expect(core.startGroup).toHaveBeenCalledTimes(1);
    expect(core.endGroup).toHaveBeenCalledTimes(1);
    expect(core.info.mock.calls.map((c) => c[0])).toEqual(['▶ inner', '✓ inner (10ms)', '✓ outer (30ms)']);
  });
});

/** A ConsoleLogger writing to a string. */
function consoleLogger(options: ConsoleLoggerOptions = {}): { logger: ConsoleLogger; output: () => string } {
  const chunks: string[] = [];
  const logger = new ConsoleLogger({
    masker: new SecretMasker(),
    ...options,
    stream: { write: (c) => chunks.push(c) },
  });
  return { logger, output: () => chunks.join('') };
}

describe('ConsoleLogger', () => {
  it('prefixes levels and writes compiler-style locations', () => {
    const { logger, output } = consoleLogger({ verbose: true });
    logger.debug('d');
    logger.info('i');
    logger.notice('n');
    logger.warning('w', { file: 'local.conf', startLine: 12 });
    logger.error('e', { file: 'a.yml', startLine: 3, endLine: 5, title: 'Bad key' });
    logger.error('no line', { file: 'b.yml' });
    expect(output()).toBe(
      [
        'debug: d',
        'i',
        'notice: n',
        'local.conf:12: warning: w',
        'a.yml:3-5: error: Bad key: e',
        'b.yml: error: no line',
        '',
      ].join('\n'),
    );
  });

  it('hides debug unless verbose', () => {
    const { logger, output } = consoleLogger();
    logger.debug('hidden');
    logger.info('shown');
    expect(output()).toBe('shown\n');
  });

  it('keeps only warnings, errors and failed groups when quiet', async () => {
    const { logger, output } = consoleLogger({ quiet: true, now: steppingClock(0, 1500, 0, 500) });
    logger.info('i');
    logger.notice('n');
    logger.warning('w');
    await logger.group('ok', async () => undefined);
    await expect(
      logger.group('bad', async () => {
        logger.error('e');
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(output()).toBe('warning: w\n  error: e\n✗ bad (failed after 500ms)\n');
  });

  it('prints group headers with elapsed time and indents their content', async () => {
    const { logger, output } = consoleLogger({ now: steppingClock(0, 100, 350, 61_000) });
    await logger.group('Stack', async () => {
      logger.info('line 1\nline 2');
      await logger.group('Inner', async () => logger.warning('careful'));
    });
    expect(output()).toBe(
      [
        '▶ Stack',
        '  line 1',
        '  line 2',
        '  ▶ Inner',
        '    warning: careful',
        '  ✓ Inner (250ms)',
        '✓ Stack (1m1s)',
        '',
      ].join('\n'),
    );
  });

  it('masks secrets in every line, group names included', async () => {
    const { logger, output } = consoleLogger();
    logger.addSecret('pw-987654');
    logger.info('password pw-987654');
    logger.warning('w pw-987654', { title: 'pw-987654', file: 'x' });
    await logger.group('login pw-987654', async () => undefined);
    expect(output()).not.toContain('pw-987654');
    expect(output()).toContain('password ***\n');
    expect(output()).toContain('x: warning: ***: w ***\n');
    expect(output()).toContain('▶ login ***\n');
  });

  it('writes to process.stderr by default', () => {
    const written: string[] = [];
    const originalWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      new ConsoleLogger({ masker: new SecretMasker() }).warning('to stderr');
    } finally {
      process.stderr.write = originalWrite;
    }
    expect(written).toEqual(['warning: to stderr\n']);
  });
});

describe('streaming groups (startGroup/endGroup)', () => {
  it('CoreLogger opens and closes runner groups in sequence with elapsed times', () => {
    const core = createCoreMock();
    const logger = new CoreLogger({ core, masker: new SecretMasker(), now: steppingClock(0, 1500, 1500, 3000) });
    logger.startGroup('stack.sh: install');
    logger.info('line');
    logger.endGroup();
    logger.startGroup('stack.sh: post-config');
    logger.endGroup();
    logger.endGroup(); // nothing open: ignored
    expect(core.startGroup.mock.calls).toEqual([['stack.sh: install'], ['stack.sh: post-config']]);
    expect(core.endGroup).toHaveBeenCalledTimes(2);
    expect(core.info.mock.calls.map((c) => c[0])).toEqual([
      'line',
      '✓ stack.sh: install (1.5s)',
      '✓ stack.sh: post-config (1.5s)',
    ]);
  });

  it('ConsoleLogger indents the lines of an open group', () => {
    const { logger, output } = consoleLogger({});
    logger.startGroup('phase');
    logger.info('inside');
    logger.endGroup();
    logger.info('outside');
    expect(output()).toMatch(/^▶ phase\n {2}inside\n✓ phase \([^)]+\)\noutside\n$/);
  });
});
