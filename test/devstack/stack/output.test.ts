import { describe, expect, it } from '@jest/globals';
import { passwordVariableOfBanner, StackOutputParser, stripTimestamp } from '../../../src/devstack/stack/output.js';

const feed = (text: string): StackOutputParser => {
  const p = new StackOutputParser();
  for (const line of text.split('\n')) p.push(line);
  return p;
};

describe('StackOutputParser (docs/devstack-operations.md#console-output)', () => {
  it('reads the success tail, with or without the outfilter timestamp', () => {
    const tail = [
      'stack.sh log /opt/stack/logs/stack.sh.log.2026-11-28-101010',
      '+ ./stack.sh:main:1300                    :   run_phase stack post-config',
      '+ ./stack.sh:main:1400                    :   run_phase stack extra',
      '=========================',
      'DevStack Component Timing',
      ' (times are in seconds)  ',
      '=========================',
      'osc                   42',
      'run_process           30',
      'git_timed            120',
      '-------------------------',
      'Unaccounted time      15',
      '=========================',
      'Total runtime         207',
      '',
      'This is your host IP address: 192.0.2.5',
      'This is your host IPv6 address: ::1',
      'Keystone is serving at http://192.0.2.5/identity/',
      'The default users are: admin and demo',
      'The password: Secret123',
      'stack.sh completed in 207 seconds.',
    ];
    for (const stamped of [false, true]) {
      const p = new StackOutputParser();
      const events = tail.flatMap((l) => p.push(stamped ? `2026-11-28 10:13:37.123 | ${l}` : l));
      const o = p.outcome();
      expect(o).toMatchObject({
        completed: true,
        completedSeconds: 207,
        hostIp: '192.0.2.5',
        hostIpv6: '::1',
        keystoneUrl: 'http://192.0.2.5/identity',
        logFile: '/opt/stack/logs/stack.sh.log.2026-11-28-101010',
        phases: ['post-config', 'extra'],
        errorOnExit: false,
      });
      expect(o.timing).toMatchObject({
        osc: 42,
        run_process: 30,
        git_timed: 120,
        'Unaccounted time': 15,
        'Total runtime': 207,
      });
      expect(events).toEqual([
        { kind: 'phase', phase: 'post-config' },
        { kind: 'phase', phase: 'extra' },
        { kind: 'completed', seconds: 207 },
      ]);
    }
  });

  it('collects die output: call trace frames then [ERROR] with file and line', () => {
    const o = feed(
      [
        '+ /opt/stack/dragonflow/devstack/plugin.sh:configure_df_plugin:305 :   neutron_server_config_add_new /etc/neutron/dragonflow.ini',
        '[Call Trace]',
        './stack.sh:1200:run_phase',
        '/opt/stack/devstack/functions-common:2000:source',
        '/opt/stack/dragonflow/devstack/plugin.sh:305:die',
        '[ERROR] /opt/stack/dragonflow/devstack/plugin.sh:305 neutron_server_config_add_new: command not found',
        'Error on exit',
        'World dumping... see /opt/stack/logs/worlddump-2026-11-28-101500.txt for details',
      ].join('\n'),
    ).outcome();
    expect(o.errors).toEqual([
      {
        file: '/opt/stack/dragonflow/devstack/plugin.sh',
        line: 305,
        message: 'neutron_server_config_add_new: command not found',
        callTrace: [
          { file: './stack.sh', line: 1200, func: 'run_phase' },
          { file: '/opt/stack/devstack/functions-common', line: 2000, func: 'source' },
          { file: '/opt/stack/dragonflow/devstack/plugin.sh', line: 305, func: 'die' },
        ],
      },
    ]);
    expect(o.errorOnExit).toBe(true);
    expect(o.stackFailed).toBeUndefined();
    expect(o.worlddump).toBe('/opt/stack/logs/worlddump-2026-11-28-101500.txt');
    expect(o.completed).toBe(false);
  });

  it('handles die without $LINENO: `[ERROR] <file>:msg ` has no line number', () => {
    const o = feed(
      '[ERROR] /opt/stack/kuryr-kubernetes/devstack/plugin.sh:Timed out waiting for kubernetes-api \n',
    ).outcome();
    expect(o.errors[0]).toMatchObject({
      file: '/opt/stack/kuryr-kubernetes/devstack/plugin.sh',
      line: undefined,
      message: 'Timed out waiting for kubernetes-api',
    });
  });

  it('a failure inside a function has no `stack.sh failed` line: the last xtrace tells where', () => {
    const o = feed(
      [
        '+ lib/neutron:configure_neutron:812          :   iniset /etc/neutron/neutron.conf DEFAULT x y',
        '+ lib/neutron:configure_neutron:813          :   false',
        'Error on exit',
      ].join('\n'),
    ).outcome();
    expect(o.stackFailed).toBeUndefined();
    expect(o.errors).toEqual([]);
    expect(o.lastTrace).toEqual({ file: 'lib/neutron', func: 'configure_neutron', line: 813, command: 'false' });
    expect(o.tail).toEqual(['Error on exit']);
  });

  it('top-level failure prints stack.sh failed', () => {
    const p = new StackOutputParser();
    expect(p.push('stack.sh failed: full log in /opt/stack/logs/stack.sh.log.2026-11-28-1')).toEqual([
      { kind: 'failed', text: 'stack.sh failed: full log in /opt/stack/logs/stack.sh.log.2026-11-28-1' },
    ]);
  });

  it('spots password prompts, the distro refusal and the root refusal', () => {
    const o = feed(
      [
        '################################################################################',
        'ENTER A PASSWORD TO USE FOR THE DATABASE.',
        'WARNING: this script has not been tested on jammy',
        'DevStack should be run as a user with sudo permissions, ',
        '[WARNING] /opt/stack/devstack/functions-common:1234 Attempt to enable_service q-agt when it has been disabled',
      ].join('\n'),
    ).outcome();
    expect(o.passwordPrompt).toBe('ENTER A PASSWORD TO USE FOR THE DATABASE.');
    expect(passwordVariableOfBanner(o.passwordPrompt as string)).toBe('DATABASE_PASSWORD');
    expect(o.distroRefused).toBe('jammy');
    expect(o.rootRefused).toBe(true);
    expect(o.warnings).toEqual([
      {
        file: '/opt/stack/devstack/functions-common',
        line: 1234,
        message: 'Attempt to enable_service q-agt when it has been disabled',
      },
    ]);
  });

  it('keeps only a bounded tail', () => {
    const p = new StackOutputParser({ tailSize: 3 });
    for (let i = 0; i < 100; i++) p.push(`line ${i}`);
    expect(p.outcome().tail).toEqual(['line 97', 'line 98', 'line 99']);
    expect(stripTimestamp('2026-01-01 00:00:00.000 | x')).toBe('x');
  });
});

describe('forEachLine', () => {
  it('splits on LF and CRLF across chunk boundaries and keeps a final unterminated line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { forEachLine } = await import('../../../src/devstack/stack/read-lines.js');
    const file = join(mkdtempSync(join(tmpdir(), 'kdf-lines-')), 'log');
    const long = 'x'.repeat(1024 * 1024 + 7); // crosses the 1 MiB chunk boundary
    writeFileSync(file, `a\r\nb\n${long}\nüñí\nlast`);
    const lines: string[] = [];
    expect(await forEachLine(file, (l) => lines.push(l))).toBe(5);
    expect(lines).toEqual(['a', 'b', long, 'üñí', 'last']);
  });
});

describe("bash's own error lines", () => {
  it('records `<file>: line N: msg` (the Dragonflow plugin on a new devstack dies this way)', () => {
    const p = new StackOutputParser();
    p.push('/opt/stack/dragonflow/devstack/plugin.sh: line 305: neutron_server_config_add_new: command not found');
    p.push('Error on exit');
    expect(p.outcome().bashErrors).toEqual([
      {
        file: '/opt/stack/dragonflow/devstack/plugin.sh',
        line: 305,
        message: 'neutron_server_config_add_new: command not found',
      },
    ]);
  });
});
