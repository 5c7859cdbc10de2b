/** Pins the full command list `planCommands` plans (programs, arguments, users, reasons) for each variant. */
import { describe, expect, it } from '@jest/globals';

import { type CommandPlanInput, planCommands, PREREQUISITES } from '../../src/devstack/commands.js';
import type { Distro } from '../../src/devstack/distro.js';

const BASE: CommandPlanInput = {
  gitBase: 'https://opendev.org',
  devstackRef: 'stable/ussuri',
  dest: '/opt/stack',
  stackUser: 'stack',
  forceDistro: false,
  plugins: [],
  nat: false,
  floatingRange: '172.24.4.0/24',
};

const FEDORA: Distro = { id: 'fedora-31', family: 'fedora', version: '31', devstackName: 'f31', packageManager: 'dnf' };

describe('planCommands', () => {
  it('plans preflight, apt prerequisites, the stack user, the clone, local.conf and stack.sh (no distro: apt)', () => {
    expect(planCommands(BASE)).toMatchSnapshot();
  });

  it('installs the prerequisites with the distro package manager, without apt options', () => {
    const cmds = planCommands({ ...BASE, distro: FEDORA });
    expect(cmds[1]).toEqual({
      step: 'prerequisites',
      command: 'sudo',
      args: ['-n', 'dnf', 'install', '-y', ...PREREQUISITES.dnf],
      why: 'git to clone, gawk for the local.conf merge, iptables for the NAT rule',
    });
    expect(cmds.slice(2)).toEqual(planCommands(BASE).slice(2));
  });

  it('adds FORCE=yes, two verify commands per plugin and the NAT rule last', () => {
    const cmds = planCommands({
      ...BASE,
      forceDistro: true,
      plugins: [{ name: 'kuryr-kubernetes' }, { name: 'dragonflow' }],
      nat: true,
    });
    expect(cmds.map((c) => c.step)).toEqual([
      'preflight',
      'prerequisites',
      'stack-user',
      'stack-user',
      'stack-user',
      'clone',
      'clone',
      'clone',
      'local-conf',
      'stack',
      'verify',
      'verify',
      'verify',
      'verify',
      'nat',
    ]);
    expect(cmds.slice(9)).toMatchSnapshot();
  });
});
