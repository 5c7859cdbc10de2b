import { describe, expect, it } from '@jest/globals';
import { createPlan, planToJson } from '../../src/devstack/plan.js';
import { parsePortsPool, parseSetItems } from '../../src/devstack/options.js';
import { PROFILES } from '../../src/devstack/profiles/index.js';
import { TRAINS } from '../../src/devstack/trains.js';
import { flattenStatements } from '../../src/devstack/localconf/services.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const fixedPassword = (): string => 'Secret123';
const OVERCLOUD_SET = {
  SERVICE_HOST: '192.0.2.10',
  KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: '6c6b1f5e-5b8c-4a34-9d6e-0f1f0c2f9a11',
};

/** Every profile with every train that can run it. */
const COMBOS = Object.values(PROFILES).flatMap((p) =>
  Object.values(TRAINS)
    .filter((t) => p.backend === 'none' || t.backends.includes(p.backend))
    .map((t) => [p.name, t.name] as const),
);

const assigned = (plan: ReturnType<typeof createPlan>, name: string): string | undefined => {
  const b = plan.conf.blocks.find((x) => x.kind === 'localrc');
  if (b?.kind !== 'localrc') return undefined;
  return flattenStatements(b.statements).findLast((s) => s.kind === 'assign' && s.name === name)?.value?.raw;
};

describe('createPlan for every profile × train', () => {
  it.each(COMBOS)('%s on %s: pinned plugins, absolute LOGFILE, every password, services', (profile, release) => {
    const plan = createPlan({
      profile,
      release,
      set: profile === 'overcloud-nested-vlan' ? OVERCLOUD_SET : {},
      generatePassword: fixedPassword,
    });
    expect(plan.preflight.ok).toBe(true);
    expect(plan.refs.plugins.length).toBeGreaterThan(0);
    for (const p of plan.refs.plugins) {
      expect(p.ref).toBe(TRAINS[release]!.pluginRefs[p.name]);
      expect(p.url).toBe(`https://opendev.org/openstack/${p.name}`);
    }
    expect(assigned(plan, 'LOGFILE')).toBe('$DEST/logs/stack.sh.log');
    for (const v of ['ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'RABBIT_PASSWORD', 'SERVICE_PASSWORD', 'SERVICE_TOKEN']) {
      expect(assigned(plan, v)).toBe('Secret123');
    }
    expect(plan.secrets).toEqual(['Secret123']);
    expect(plan.serviceEvents).toEqual([]);
    expect(plan.services.enabled).toEqual(
      expect.arrayContaining(['key', 'mysql', 'rabbit'].filter(() => PROFILES[profile]!.role !== 'overcloud')),
    );
    if (PROFILES[profile]!.role !== 'undercloud') {
      expect(plan.refs.plugins.map((p) => p.name)).toContain('kuryr-kubernetes');
      expect(plan.services.enabled).toEqual(expect.arrayContaining(['kuryr-kubernetes', 'kuryr-daemon', 'etcd3']));
    }
  });

  it('dragonflow profile enables the DF services and the exact-True guard; no OVN defaults leak in', () => {
    const plan = createPlan({ profile: 'dragonflow', generatePassword: fixedPassword });
    expect(plan.train.name).toBe('ussuri');
    expect(plan.services.enabled).toEqual(
      expect.arrayContaining(['df-redis', 'df-redis-server', 'df-controller', 'q-svc', 'o-api']),
    );
    expect(plan.services.enabled).not.toContain('ovn-northd');
    expect(assigned(plan, 'Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER')).toBe('True');
    expect(plan.refs.plugins.find((p) => p.name === 'dragonflow')?.ref).toBe(
      '4dc36ed6490e2ed53b47dece883cdbd78ea96033',
    );
    expect(plan.localConf).toContain('LIBS_FROM_GIT+=,python-octaviaclient');
  });

  it('dragonflow-undercloud has trunk + metadata and no Kubernetes', () => {
    const plan = createPlan({ profile: 'dragonflow-undercloud', generatePassword: fixedPassword });
    expect(plan.services.enabled).toEqual(expect.arrayContaining(['q-trunk', 'df-metadata', 'q-qos']));
    expect(plan.services.enabled.filter((s) => s.startsWith('kube') || s.startsWith('kuryr'))).toEqual([]);
    expect(plan.services.disabled).toEqual(expect.arrayContaining(['q-agt', 'q-dhcp', 'q-l3', 'df-l3-agent']));
  });

  it('kuryr-last uses kubernetes-master and crio; ussuri the hyperkube services', () => {
    const last = createPlan({ profile: 'ovs', release: 'kuryr-last', generatePassword: fixedPassword });
    expect(last.services.enabled).toContain('kubernetes-master');
    expect(assigned(last, 'CONTAINER_ENGINE')).toBe('crio');
    const uss = createPlan({ profile: 'ovs', release: 'ussuri', generatePassword: fixedPassword });
    expect(uss.services.enabled).toEqual(expect.arrayContaining(['kubernetes-api', 'kubelet']));
    expect(uss.services.enabled).not.toContain('kubernetes-master');
  });
});

describe('placeholders, overrides and options', () => {
  it('unresolved overcloud placeholders are a ConfigurationError naming each and how to find it', () => {
    const run = (): unknown => createPlan({ profile: 'overcloud-nested-vlan', generatePassword: fixedPassword });
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(
      /SERVICE_HOST:[\s\S]*--set SERVICE_HOST=<value>[\s\S]*KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID:[\s\S]*subnet pool show shared-default-subnetpool-v4/,
    );
  });

  it('placeholders resolve from --set as quoted literals; other --set values override in place', () => {
    const plan = createPlan({
      profile: 'overcloud-nested-vlan',
      set: { ...OVERCLOUD_SET, KURYR_NEUTRON_DEFAULT_ROUTER: 'my router', EXTRA: '$(id)' },
      generatePassword: fixedPassword,
    });
    expect(assigned(plan, 'SERVICE_HOST')).toBe('192.0.2.10');
    expect(assigned(plan, 'KURYR_NEUTRON_DEFAULT_ROUTER')).toBe("'my router'");
    expect(assigned(plan, 'EXTRA')).toBe("'$(id)'");
    expect(plan.localConf).not.toContain('@SERVICE_HOST@');
    expect(plan.options.portsPool.enabled).toBe(true);
    expect(assigned(plan, 'KURYR_VIF_POOL_DRIVER')).toBe('nested');
  });

  it('ports-pool maps to the variables the code reads (KURYR_USE_PORTS_POOLS, KURYR_VIF_POOL_*)', () => {
    const plan = createPlan({
      profile: 'dragonflow',
      portsPool: parsePortsPool('min=5,max=0,batch=10,update-freq=20'),
      generatePassword: fixedPassword,
    });
    expect(assigned(plan, 'KURYR_USE_PORTS_POOLS')).toBe('True');
    expect(assigned(plan, 'KURYR_VIF_POOL_DRIVER')).toBe('neutron');
    expect([
      assigned(plan, 'KURYR_VIF_POOL_MIN'),
      assigned(plan, 'KURYR_VIF_POOL_BATCH'),
      assigned(plan, 'KURYR_VIF_POOL_UPDATE_FREQ'),
    ]).toEqual(['5', '10', '20']);
    expect(plan.localConf).not.toMatch(/KURYR_PORT_POOL|KURYR_USE_PORT_POOLS/);
    const off = createPlan({ profile: 'dragonflow', generatePassword: fixedPassword });
    expect(assigned(off, 'KURYR_VIF_POOL_DRIVER')).toBe('noop');
    expect(() => parsePortsPool('min=x')).toThrow(/ports-pool.*min=N/);
  });

  it('octavia off removes Octavia, Barbican and its INI block', () => {
    const plan = createPlan({ profile: 'dragonflow', octavia: false, generatePassword: fixedPassword });
    expect(plan.services.enabled.filter((s) => s.startsWith('o-'))).toEqual([]);
    expect(plan.refs.plugins.map((p) => p.name)).not.toContain('octavia');
    expect(plan.localConf).not.toContain('[[post-config|$OCTAVIA_CONF]]');
  });

  it('git-base mirrors every clone; refs can be overridden; bad values name the input', () => {
    const plan = createPlan({
      profile: 'dragonflow',
      gitBase: 'https://mirror.example/git/',
      pluginRefs: { dragonflow: '5.0.0' },
      generatePassword: fixedPassword,
    });
    expect(plan.refs.gitBase).toBe('https://mirror.example/git');
    expect(plan.refs.plugins.every((p) => p.url.startsWith('https://mirror.example/git/openstack/'))).toBe(true);
    expect(plan.refs.plugins.find((p) => p.name === 'dragonflow')?.ref).toBe('5.0.0');
    expect(assigned(plan, 'GIT_BASE')).toBe('https://mirror.example/git');
    expect(plan.commands.find((c) => c.step === 'clone')?.args).toContain(
      'https://mirror.example/git/openstack/devstack',
    );
    expect(() => createPlan({ profile: 'dragonflow', gitBase: 'https://x/$(id)' })).toThrow(/git-base/);
    expect(() => createPlan({ profile: 'dragonflow', devstackRef: 'a;b' })).toThrow(/devstack-ref/);
    expect(() => createPlan({ profile: 'dragonflow', adminPassword: 'p@ss' })).toThrow(/admin-password.*alphanumeric/);
    expect(() => createPlan({ profile: 'nope' })).toThrow(/Accepted values: dragonflow/);
    expect(() => createPlan({ profile: 'dragonflow', release: 'zed' })).toThrow(/Accepted values: ussuri, kuryr-last/);
    expect(() => parseSetItems(['1BAD=x'])).toThrow(/NAME=value/);
  });

  it('a refused combination is reported, not thrown', () => {
    const plan = createPlan({ profile: 'dragonflow', distro: 'ubuntu-22.04', generatePassword: fixedPassword });
    expect(plan.preflight.ok).toBe(false);
    expect(plan.preflight.refused[0]?.code).toBe('distro-not-supported');
    const forced = createPlan({
      profile: 'dragonflow',
      distro: 'ubuntu-22.04',
      force: true,
      generatePassword: fixedPassword,
    });
    expect(forced.commands.find((c) => c.step === 'stack')?.args).toEqual([
      'FORCE=yes',
      '/opt/stack/devstack/stack.sh',
    ]);
  });

  it('a fragment merges last and its lines keep their origin', () => {
    const fragment = { file: 'ci/extra.conf', text: '[[local|localrc]]\nenable_service tempest\nTUNNEL_TYPE=geneve\n' };
    const plan = createPlan({ profile: 'dragonflow', fragment, generatePassword: fixedPassword });
    expect(plan.services.enabled).toContain('tempest');
    const lines = plan.localConf.split('\n');
    const idx = lines.indexOf('TUNNEL_TYPE=geneve');
    expect(plan.origins[idx]).toEqual({ file: 'ci/extra.conf', line: 3 });
  });

  it('plan.json carries no secret and no local.conf', () => {
    const plan = createPlan({ profile: 'dragonflow', adminPassword: 'TopSecret99' });
    const json = JSON.stringify(planToJson(plan));
    expect(json).not.toContain('TopSecret99');
    expect(json).toContain('"preflight"');
    expect(plan.secrets).toEqual(['TopSecret99']);
  });

  it('generated passwords are alphanumeric and differ between plans', () => {
    const a = createPlan({ profile: 'dragonflow' }).secrets[0];
    const b = createPlan({ profile: 'dragonflow' }).secrets[0];
    expect(a).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(a).not.toBe(b);
  });
});

describe('refused combinations', () => {
  it('Dragonflow on kuryr-last is refused by preflight before anything is built', () => {
    const plan = createPlan({ profile: 'dragonflow', release: 'kuryr-last' });
    expect(plan.preflight.ok).toBe(false);
    expect(plan.preflight.refused.map((r) => r.code)).toEqual(['backend-not-in-train']);
    expect(plan.localConf).toBe('');
    expect(plan.commands).toEqual([]);
    expect(plan.secrets).toEqual([]);
  });
});
