/**
 * The DevStack variable data: the extractor on a made-up tree of our own (its whole output pinned), and the committed
 * data file's facts that the rules rely on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import dataJson from '../../../src/devstack/lint/data/devstack-variables.json' with { type: 'json' };
import {
  dataDefaultServices,
  devstackVariable,
  knownValue,
  pluginDefinitions,
} from '../../../src/devstack/lint/devstack-data.js';
import { DF_ERA_DEFAULT_SERVICES, NEWEST_DEFAULT_SERVICES } from '../../../src/devstack/localconf/services.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const FIXTURE = join(REPO_ROOT, 'test', '__fixtures__', 'devstack-vars');
const out = mkdtempSync(join(tmpdir(), 'kdf-devstack-vars-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs the extractor on `root` and returns the JSON text it wrote. */
function extract(root: string): string {
  const file = join(out, 'out.json');
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'devstack-vars', 'extract.mjs'), root, file], {
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('scripts/devstack-vars/extract.mjs on a fixture tree', () => {
  const text = extract(join(FIXTURE, 'tree'));
  const data = JSON.parse(text) as {
    eras: { alpha: { defaultServices: string; variables: Record<string, Record<string, unknown>> } };
    plugins: { widget: { versions: Record<string, Record<string, Record<string, unknown>>> } };
  };
  const alpha = data.eras.alpha.variables;

  it('writes exactly the pinned output', () => {
    expect(text).toBe(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'));
  });

  it('builds the default service list from = and += pieces', () => {
    expect(data.eras.alpha.defaultServices).toBe('alpha,beta,gamma');
  });

  it('classifies defaults, literals, trueorfalse and resolves references', () => {
    expect(alpha.REGION).toMatchObject({ form: 'default', default: 'North' });
    expect(alpha.WIDGET_PORT).toMatchObject({ form: 'default', default: '8080' });
    expect(alpha.WIDGET_EMPTY).toMatchObject({ form: 'default', default: '' });
    expect(alpha.USE_COLOR).toMatchObject({ form: 'trueorfalse', default: 'True' });
    expect(alpha.WIDGET_CONF).toMatchObject({ form: 'computed', resolved: '/etc/widgets/widgets.conf' });
    expect(alpha.LONG_LIST).toMatchObject({ form: 'literal', default: 'one,two' });
  });

  it('records no command text: a value or default that runs a command keeps only its form', () => {
    expect(alpha.WORKERS).toEqual({ definedBy: 'stackrc', form: 'default', defaultComputed: true });
    // the later computed assignment replaces the empty default
    expect(alpha.HOST_ADDR).toEqual({ definedBy: 'stackrc', form: 'computed' });
    expect(text).not.toMatch(/\$\(|`/);
  });

  it('tells top level, branches and function bodies apart, and skips locals', () => {
    expect(alpha.WIDGET_PROTO).toMatchObject({ scope: 'branch' });
    expect(alpha.EXTRA_FLAG).toMatchObject({ scope: 'branch', default: 'yes' });
    expect(alpha.WIDGET_POLICY).toMatchObject({
      scope: 'function',
      function: 'configure_widgets',
      beforePrompt: false,
    });
    expect(alpha.WIDGET_POLICY).not.toHaveProperty('beforeMerge');
    expect(alpha.WIDGET_STOPPED).toMatchObject({ beforeMerge: false });
    expect(alpha).not.toHaveProperty('scratch');
  });

  it('reads plugin settings before the prompts and plugin.sh with the libs it sources after them', () => {
    const v1 = data.plugins.widget.versions.v1 ?? {};
    expect(v1.ADMIN_SECRET).toMatchObject({ form: 'default', resolved: 'toy' });
    expect(v1.ADMIN_SECRET).not.toHaveProperty('beforePrompt');
    expect(v1.GADGET_CONF).toMatchObject({ default: '/etc/gadget/gadget.conf', beforePrompt: false });
    expect(v1.GADGET_INSTALLED).toMatchObject({ scope: 'branch', beforePrompt: false });
    expect(Object.keys(data.plugins.widget.versions.v2 ?? {})).toEqual(['GADGET_HOME']);
  });
});

describe('the committed data (src/devstack/lint/data/devstack-variables.json)', () => {
  it('has both release trains and records only known forms, no command text', () => {
    expect(Object.keys(dataJson.eras).sort()).toEqual(['df', 'newest']);
    const all = [
      ...Object.values(dataJson.eras).flatMap((e) => Object.values(e.variables)),
      ...Object.values(dataJson.plugins).flatMap((p) => Object.values(p.versions).flatMap((v) => Object.values(v))),
    ] as { definedBy: string; form: string }[];
    expect(all.length).toBeGreaterThan(500);
    for (const v of all) {
      expect(v.definedBy).toMatch(/^(stackrc|lib\/[\w/.-]+|plugin:[\w-]+)$/);
      expect(['default', 'literal', 'computed', 'trueorfalse', 'append']).toContain(v.form);
    }
    expect(JSON.stringify({ eras: dataJson.eras, plugins: dataJson.plugins })).not.toMatch(/\$\(|`/);
  });

  it('matches the service lists the linter evaluates localrc against', () => {
    expect(dataDefaultServices('df')).toBe(DF_ERA_DEFAULT_SERVICES);
    expect(dataDefaultServices('newest')).toBe(NEWEST_DEFAULT_SERVICES);
    for (const svc of ['key', 'n-api', 'n-cpu', 'g-api', 'placement-api', 'mysql', 'rabbit'])
      expect(NEWEST_DEFAULT_SERVICES.split(',')).toContain(svc);
  });

  it.each(['df', 'newest'] as const)('%s: lib/neutron defines the agent config files and PHYSICAL_NETWORK', (era) => {
    for (const [name, value] of [
      ['NEUTRON_DHCP_CONF', '/etc/neutron/dhcp_agent.ini'],
      ['NEUTRON_L3_CONF', '/etc/neutron/l3_agent.ini'],
      ['Q_DHCP_CONF_FILE', '/etc/neutron/dhcp_agent.ini'],
      ['NOVA_CONF', '/etc/nova/nova.conf'],
      ['PHYSICAL_NETWORK', 'public'],
      ['PUBLIC_BRIDGE', 'br-ex'],
    ] as const) {
      const v = devstackVariable(era, name);
      expect([name, v && knownValue(v)]).toEqual([name, value]);
    }
    const vlans = devstackVariable(era, 'TENANT_VLAN_RANGE');
    expect(vlans && knownValue(vlans)).toBe('');
  });

  it('states no value for a default that refers to an unknown variable or runs a command', () => {
    const clear = devstackVariable('newest', 'CINDER_VOLUME_CLEAR');
    expect(clear?.default).toBe('${CINDER_VOLUME_CLEAR_DEFAULT:-zero}');
    expect(clear && knownValue(clear)).toBeUndefined();
    const listen = devstackVariable('newest', 'CINDER_SERVICE_LISTEN_ADDRESS');
    expect(listen).toMatchObject({ defaultComputed: true });
    expect(listen && knownValue(listen)).toBeUndefined();
  });

  it('knows which plugin files set the config-file variables and midonet passwords', () => {
    const owners = (n: string) => [...new Set(pluginDefinitions(n).map((d) => d.plugin))].sort();
    expect(owners('TACKER_CONF')).toEqual(['tacker']);
    expect(owners('ZUN_CONF')).toEqual(['zun']);
    expect(owners('OCTAVIA_CONF')).toEqual(['octavia']);
    expect(owners('DRAGONFLOW_CONF')).toEqual(['dragonflow']);
    expect(owners('KURYR_CONFIG')).toEqual(['kuryr-kubernetes', 'kuryr-libnetwork']);
    const pw = pluginDefinitions('ADMIN_PASSWORD', ['networking-midonet']);
    expect(pw.map((d) => [d.version, knownValue(d.variable), d.variable.beforePrompt])).toEqual([
      ['4a43e8d4', 'midonet', undefined],
    ]);
  });
});
