/**
 * local.conf meta-section handling of the DevStack double (docs/local-conf.md#grammar): header matching on the
 * unexpanded first field, merges at the right phases, multi-valued repeated keys, value evaluation, dropped and leaking
 * blocks, the undefined-specification warning that skips the rest of the group, and the df-era fatal missing
 * directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canRun, localConf, plainLines, World, type RunResult, type StackDir } from './harness.js';

const INI_META = [
  '[[post-config|$NOVA_CONF]]',
  '[DEFAULT]',
  'debug = False',
  'spaced   =   value with   spaces   ',
  'quoted = "q"',
  'expanded = $HOST_IP',
  'executed = $(echo ran)',
  'percent = 50% & more',
  'inline = v # note',
  'noequals',
  '   indented = ignored',
  '# a comment',
  '[my section]',
  'key = 1',
  '[[post-config|$NOVA_CONF]] trailing text is ignored',
  '[DEFAULT]',
  'debug = True',
  '[[ post-config | $NOVA_CONF ]]',
  '[DEFAULT]',
  'dropped = yes',
  '[[post-config|${NOVA_CONF}]]',
  '[other]',
  'spelling = braces',
  '[[post-config|$KURYR_CONFIG]]',
  '[kubernetes]',
  'watch_retry_timeout = 5',
  ' [[post-config|$KURYR_CONFIG]]',
  'leaked = into-the-previous-block',
  '[[extra|$NOVA_CPU_CONF]]',
  '[DEFAULT]',
  'phase = extra',
  '[[post-extra|$NOVA_CPU_CONF]]',
  '[DEFAULT]',
  'phase2 = post-extra',
  '[[test-config|$KURYR_CONFIG]]',
  '[kubernetes]',
  'late = test-config',
  '[[unknown-phase|$NOVA_CPU_CONF]]',
  '[DEFAULT]',
  'never = merged',
  '[[local|other]]',
  'NOT_LOCALRC=1',
  '',
].join('\n');

const UNDEFINED_META = [
  '[[post-config|$NOVA_CONF]]',
  '[DEFAULT]',
  'first = merged',
  '[[post-config|$OCTAVIA_CONF]]',
  '[controller_worker]',
  'amp_active_retries = 9999',
  '[[post-config|$NOVA_CPU_CONF]]',
  '[DEFAULT]',
  'after = skipped',
  '[[test-config|$NOVA_CPU_CONF]]',
  '[DEFAULT]',
  'other_phase = merged',
  '',
].join('\n');

const suite = canRun() ? describe : describe.skip;

suite('DevStack double: local.conf merges', () => {
  let w: World;
  /** Independent runs started together in beforeAll. */
  const runs: Record<string, { dir: StackDir; result: Promise<RunResult> }> = {};
  const start = (name: string, dir: StackDir): void => {
    runs[name] = { dir, result: w.run(dir) };
  };
  const get = async (name: string): Promise<{ dir: StackDir; r: RunResult }> => {
    const run = runs[name] as { dir: StackDir; result: Promise<RunResult> };
    return { dir: run.dir, r: await run.result };
  };

  beforeAll(() => {
    w = World.create();
    start(
      'ini',
      w.stackDir(
        localConf(w, {
          plugins: [{ name: 'kuryr-kubernetes', ref: 'ussuri-eol' }],
          services: 'key mysql rabbit n-api kuryr-kubernetes',
          meta: INI_META,
        }),
      ),
    );
    start('undefined', w.stackDir(localConf(w, { services: 'key mysql rabbit n-api', meta: UNDEFINED_META })));
    start(
      'bogus',
      w.stackDir(
        localConf(w, {
          localrc: 'MISSING_CONF=$DEST/nowhere/x.conf',
          meta: '[[post-config|$MISSING_CONF]]\n[DEFAULT]\na = 1\n',
        }),
      ),
    );
    const both = w.stackDir(localConf(w, { localrc: 'FROM_LOCAL_CONF=1' }));
    w.writeAsUser(
      join(both.devstack, 'localrc'),
      readFileSync(join(both.devstack, 'local.conf'), 'utf8').split('[[local|localrc]]\n')[1] as string,
    );
    start('localrc', both);
  });
  afterAll(async () => {
    await Promise.all(Object.values(runs).map((run) => run.result));
    w?.destroy();
  });

  it('merges INI blocks as DevStack does (gawk + eval)', async () => {
    const { dir, r } = await get('ini');
    expect(r.code).toBe(0);
    const nova = readFileSync(join(dir.etc, 'nova', 'nova.conf'), 'utf8');
    const section = (text: string, name: string): string[] => {
      const lines = text.split('\n');
      const start = lines.indexOf(`[${name}]`);
      if (start < 0) return [];
      const end = lines.findIndex((l, i) => i > start && l.startsWith('['));
      return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
    };
    // nova's own options (configure_nova) stay; the merged ones keep local.conf order below the header
    expect(section(nova, 'DEFAULT')).toEqual([
      'debug = False',
      'debug = True', // repeated key (two blocks, same file): multi-valued, both kept
      'spaced = value with spaces',
      'quoted = q',
      'expanded = 127.0.0.1',
      'executed = ran',
      'percent = 50% & more',
      'inline = v # note',
      'noequals = ',
      'my_ip = 127.0.0.1',
    ]);
    expect(section(nova, 'my')).toEqual(['key = 1']); // "[my section]" is section "my"
    expect(nova).not.toContain('dropped');
    expect(nova).not.toContain('indented');
    expect(section(nova, 'other')).toEqual(['spelling = braces']); // ${NOVA_CONF} is its own group, same file

    const kuryr = readFileSync(join(dir.etc, 'kuryr', 'kuryr.conf'), 'utf8');
    // merged after kuryr's own post-config phase wrote 1200; the indented header's line leaked into this block
    expect(section(kuryr, 'kubernetes')).toEqual(
      expect.arrayContaining(['watch_retry_timeout = 5', 'leaked = into-the-previous-block', 'late = test-config']),
    );
    expect(section(kuryr, 'kubernetes').filter((l) => l.startsWith('watch_retry_timeout'))).toEqual([
      'watch_retry_timeout = 5',
    ]);

    const cpu = readFileSync(join(dir.etc, 'nova', 'nova-cpu.conf'), 'utf8');
    expect(section(cpu, 'DEFAULT')).toEqual(expect.arrayContaining(['phase = extra', 'phase2 = post-extra']));
    expect(cpu).not.toContain('never');
    expect(readFileSync(join(dir.devstack, '.localrc.auto'), 'utf8')).not.toContain('NOT_LOCALRC');
    // gawk's harmless warning
    expect(r.output).toContain("warning: regexp escape sequence `\\#' is not a known regexp operator");
  }, 30000);

  it('an undefined file specification warns and skips the rest of the phase, and stack.sh succeeds', async () => {
    const { dir, r } = await get('undefined');
    expect(r.code).toBe(0);
    expect(plainLines(r).filter((l) => l.startsWith('[WARNING]'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[WARNING\\] ${dir.devstack}/stack\\.sh:\\d+ unknown config file specification: \\$OCTAVIA_CONF is undefined$`,
        ),
      ),
    ]);
    expect(readFileSync(join(dir.etc, 'nova', 'nova.conf'), 'utf8')).toContain('first = merged');
    const cpu = readFileSync(join(dir.etc, 'nova', 'nova-cpu.conf'), 'utf8');
    expect(cpu).not.toContain('after');
    expect(cpu).toContain('other_phase = merged');
    expect(plainLines(r)).toContain('The default users are: admin and demo');
  }, 30000);

  it('a missing parent directory is fatal in the df era (bogus config file specification)', async () => {
    const { dir, r } = await get('bogus');
    expect(r.code).toBe(1);
    const mc = join(dir.devstack, 'inc', 'meta-config');
    expect(plainLines(r).find((l) => l.startsWith('[ERROR]'))).toBe(
      `[ERROR] ${mc}:${lineNo(mc, 'die $LINENO "bogus config file specification')} bogus config file specification $MISSING_CONF ($MISSING_CONF=${dir.dest}/nowhere/x.conf, ${dir.dest}/nowhere is not a directory)`,
    );
    expect(plainLines(r)).toContain('Error on exit');
    expect(r.output).not.toContain('stack.sh failed');
  }, 30000);

  it('localrc wins over [[local|localrc]] with the DevStack message', async () => {
    const { r } = await get('localrc');
    expect(r.code).toBe(0);
    expect(plainLines(r)).toContain('localrc and local.conf:[[local]] both exist, using localrc');
  }, 30000);
});

function lineNo(file: string, fragment: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(fragment)) + 1
  );
}
