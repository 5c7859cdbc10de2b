/**
 * Rules that use the DevStack variable data (issue #18): LC201 knows lib and plugin variables, LC510 says what a
 * DevStack variable holds, LC401 counts plugin settings that set a password, and era `newest` starts from DevStack
 * master's full default service list.
 */
import { describe, expect, it } from '@jest/globals';

import { lintText } from '../../../src/devstack/lint/index.js';
import type { LintContext, LintFinding } from '../../../src/devstack/lint/types.js';
import { conf } from '../../__fixtures__/lint/rule-examples.js';

const PW = ['ADMIN_PASSWORD=a', 'DATABASE_PASSWORD=b', 'RABBIT_PASSWORD=c', 'SERVICE_PASSWORD=d'];

const lint = (text: string, ctx?: Partial<LintContext>): LintFinding[] =>
  lintText(text, 'local.conf', ctx, { syntaxCheck: false });
const rule = (text: string, id: string, ctx?: Partial<LintContext>) => lint(text, ctx).filter((f) => f.rule === id);

/** A post-config block for `spec` after a localrc with passwords and `localrc` lines. */
const spec = (specText: string, ...localrc: string[]) =>
  conf('[[local|localrc]]', ...PW, ...localrc, `[[post-config|${specText}]]`, '[DEFAULT]', 'debug = True');

describe('LC201 with the variable data', () => {
  it.each(['df', 'newest'] as const)('%s: variables lib/neutron defines are defined at merge time', (era) => {
    for (const v of [
      '$NEUTRON_DHCP_CONF',
      '$NEUTRON_L3_CONF',
      '$Q_DHCP_CONF_FILE',
      '$Q_META_CONF_FILE',
      '$KEYSTONE_CONF',
    ])
      expect([v, rule(spec(v), 'LC201', { era })]).toEqual([v, []]);
  });

  it('variables of an enabled plugin are defined (settings, plugin.sh and the libs it sources)', () => {
    const cases: [string, string][] = [
      ['$TACKER_CONF', 'enable_plugin tacker https://opendev.org/openstack/tacker stable/ussuri'],
      ['$ZUN_CONF', 'enable_plugin zun https://opendev.org/openstack/zun stable/ussuri'],
      ['$KURYR_CONFIG', 'enable_plugin kuryr-libnetwork https://opendev.org/openstack/kuryr-libnetwork stable/ussuri'],
      ['$DRAGONFLOW_CONF', 'enable_plugin dragonflow https://opendev.org/openstack/dragonflow 4dc36ed6'],
      ['$OCTAVIA_CONF', 'enable_plugin octavia https://opendev.org/openstack/octavia stable/ussuri'],
    ];
    for (const [v, line] of cases) expect([v, rule(spec(v, line), 'LC201')]).toEqual([v, []]);
  });

  it('a plugin variable whose plugin is not enabled stays an error naming the plugin', () => {
    const [f] = rule(spec('$TACKER_CONF'), 'LC201');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('set by the devstack files of the `tacker` plugin');
    expect(f?.fix).toContain('`enable_plugin tacker <url> <ref>`');
    expect(f?.fix).toContain('`/etc/tacker/tacker.conf`');
  });

  it('a variable a plugin merely also sets is a hedged warning, not an error', () => {
    const [f] = rule(spec('$HEAT_CONF_DIR/heat.conf'), 'LC201');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('most likely undefined');
  });

  it('an unknown name and a typo of a lib variable stay warnings, the typo with a suggestion', () => {
    expect(rule(spec('$MY_OWN_CONF'), 'LC201').map((f) => f.severity)).toEqual(['warning']);
    const [typo] = rule(spec('$NEUTRON_DHCP_CONFF'), 'LC201');
    expect(typo?.severity).toBe('warning');
    expect(typo?.fix).toContain('[[post-config|$NEUTRON_DHCP_CONF]]');
  });
});

describe('LC510 with the variable data', () => {
  const values = (...lines: string[]) =>
    conf('[[local|localrc]]', ...PW, '[[post-config|$NOVA_CONF]]', '[DEFAULT]', ...lines);

  it('a DevStack variable with a default is info and the message gives the default', () => {
    const [f] = rule(values('physnet = $PHYSICAL_NETWORK'), 'LC510');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(
      '`$PHYSICAL_NETWORK` is `public` (the default in lib/neutron-legacy) unless localrc sets it',
    );
    expect(f?.message).not.toContain('most likely empty');
    const [newest] = rule(values('physnet = $PHYSICAL_NETWORK'), 'LC510', { era: 'newest' });
    expect(newest?.message).toContain('(the default in lib/neutron)');
  });

  it('a lib assignment localrc cannot override is said to be set by lib', () => {
    const [f] = rule(values('x = $NEUTRON_DHCP_CONF'), 'LC510');
    expect([f?.severity, f?.message]).toEqual([
      'info',
      expect.stringContaining('`$NEUTRON_DHCP_CONF` is `/etc/neutron/dhcp_agent.ini` (set by lib/neutron)'),
    ]);
  });

  it('an empty DevStack default is a warning that says so', () => {
    const [f] = rule(values('ranges = $TENANT_VLAN_RANGE'), 'LC510');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('is empty unless localrc sets it (lib/neutron-legacy defaults it to empty)');
  });

  it('unknown names keep the "most likely empty" warning; plugin-only names name the plugin', () => {
    const [unknown] = rule(values('x = $NOT_A_DEVSTACK_NAME'), 'LC510');
    expect([unknown?.severity, unknown?.message]).toEqual([
      'warning',
      expect.stringContaining('is not known to be defined then and will most likely be empty'),
    ]);
    const [plugin] = rule(values('x = $TACKER_PORT'), 'LC510');
    expect(plugin?.message).toContain('set only by the devstack files of `tacker`, which localrc does not enable');
    const [on] = rule(
      conf(
        '[[local|localrc]]',
        ...PW,
        'enable_plugin tacker https://opendev.org/openstack/tacker stable/ussuri',
        '[[post-config|$NOVA_CONF]]',
        '[DEFAULT]',
        'x = $TACKER_PORT',
      ),
      'LC510',
    );
    expect([on?.severity, on?.message]).toEqual([
      'info',
      expect.stringContaining('`$TACKER_PORT` is `9890` (the default in the tacker plugin) unless localrc sets it'),
    ]);
  });

  it('a variable set in localrc needs no clause', () => {
    const [f] = rule(values('x = $MINE').replace('[[post-config', 'MINE=1\n[[post-config'), 'LC510');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/text\)\.$/);
  });
});

describe('LC401 with plugin settings', () => {
  const midonet = (ref = '') =>
    conf(
      '[[local|localrc]]',
      `enable_plugin networking-midonet http://github.com/openstack/networking-midonet.git${ref ? ` ${ref}` : ''}`,
      'ENABLED_SERVICES=rabbit,mysql,key',
    );

  it('a plugin version whose settings set the passwords: no prompt claim, the version split is info', () => {
    const found = rule(midonet(), 'LC401');
    expect(found.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(found[0]?.message).toContain(
      "`networking-midonet` plugin's devstack/settings gives it a default (`midonet`)",
    );
    expect(found[0]?.message).toContain('version `0217af74` sets none, and with it read_password prompts for it');
  });

  it('pinned to the version that sets them: nothing prompts, no finding', () => {
    expect(rule(midonet('4a43e8d490fe128399704a4619694f926635b2c2'), 'LC401')).toEqual([]);
  });

  it('pinned to a version that does not set them: the prompt errors stay', () => {
    expect(rule(midonet('0217af742f74a25a1ae2c6b34dbb1f4eeb6271e1'), 'LC401').map((f) => f.severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  it('a plugin whose settings set no password changes nothing', () => {
    const text = conf('[[local|localrc]]', 'enable_plugin tacker https://opendev.org/openstack/tacker stable/ussuri');
    expect(rule(text, 'LC401').map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
  });
});

describe('era newest: DevStack master default services', () => {
  it('prompts for the passwords like master does (keystone, mysql, rabbit are enabled)', () => {
    const found = rule(conf('[[local|localrc]]', 'LOG_COLOR=False'), 'LC401', { era: 'newest' });
    expect(found.map((f) => [f.severity, f.message.split(' ')[0]])).toEqual([
      ['error', 'ADMIN_PASSWORD'],
      ['error', 'DATABASE_PASSWORD'],
      ['error', 'RABBIT_PASSWORD'],
      ['error', 'SERVICE_PASSWORD'],
    ]);
  });

  it('merges nova blocks: nova is enabled, so no LC203', () => {
    expect(rule(spec('$NOVA_CONF'), 'LC203', { era: 'newest' })).toEqual([]);
  });
});
