/**
 * Release trains: sets of refs that belong together (docs/release-trains.md#the-ussuri-train). Upstream Dragonflow and
 * kuryr-kubernetes are retired; only these pinned combinations can stack. Every plugin is pinned because
 * `enable_plugin` without a ref clones master, and kuryr-kubernetes master is empty (the plugin is then silently
 * skipped).
 */

export type Backend = 'dragonflow' | 'ovs' | 'ovn';

export interface ReleaseTrain {
  name: string;
  description: string;
  /** Ref of devstack itself. */
  devstackRef: string;
  /** Refs for every plugin a profile may enable. */
  pluginRefs: Record<string, string>;
  /** Which backends this train can run. */
  backends: Backend[];
  /**
   * DevStack's SUPPORTED_DISTROS regex at `devstackRef` (docs/devstack-operations.md#supported-distros): matched
   * unanchored, like stack.sh.
   */
  supportedDistros: string;
  /** Ubuntu/Fedora ids this train is meant for, for messages and defaults (`ubuntu-18.04`, `fedora-31`). */
  recommendedDistros: string[];
  /** Default ENABLED_SERVICES of the devstack era (for service evaluation). */
  defaultServices: string;
  /**
   * Release year of the devstack ref, used to refuse Dragonflow on devstack >= 2023.1
   * (docs/release-trains.md#why-newer-devstack-breaks-the-dragonflow-plugin).
   */
  devstackSeries: string;
  /**
   * kuryr.conf option spelling of this era (docs/local-conf.md#kuryr-config-edits,
   * docs/connectivity.md#doc-and-code-mismatches).
   */
  workerNodesSubnetOption: 'worker_nodes_subnet' | 'worker_nodes_subnets';
  /** Refs that were taken from the era but not fetched and checked by anyone (reported in the plan). */
  unverified: string[];
}

export const TRAINS: Record<string, ReleaseTrain> = {
  ussuri: {
    name: 'ussuri',
    description:
      'DevStack, kuryr-kubernetes and the plugins at ussuri-eol with Dragonflow 4dc36ed6 (2019-08-13): the last combination in which the Dragonflow samples and docs exist',
    devstackRef: 'ussuri-eol',
    pluginRefs: {
      'kuryr-kubernetes': 'ussuri-eol',
      dragonflow: '4dc36ed6490e2ed53b47dece883cdbd78ea96033',
      octavia: 'ussuri-eol',
      barbican: 'ussuri-eol',
      heat: 'ussuri-eol',
      'devstack-plugin-container': 'ussuri-eol',
      neutron: 'ussuri-eol',
      'networking-ovn': 'ussuri-eol',
      'ovn-octavia-provider': 'ussuri-eol',
    },
    backends: ['dragonflow', 'ovs', 'ovn'],
    supportedDistros: 'bionic|stretch|jessie|f30|f31|opensuse-15.2|opensuse-tumbleweed|rhel8',
    recommendedDistros: ['ubuntu-18.04', 'fedora-31', 'fedora-30'],
    defaultServices:
      'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,q-svc,q-dhcp,q-meta,q-agt,q-l3,horizon,rabbit,tempest,mysql,etcd3,dstat',
    devstackSeries: '2020.1',
    workerNodesSubnetOption: 'worker_nodes_subnet',
    unverified: [
      'devstack-plugin-container ussuri-eol tag',
      'networking-ovn ussuri-eol tag',
      'ovn-octavia-provider ussuri-eol tag',
    ],
  },
  'kuryr-last': {
    name: 'kuryr-last',
    description:
      'kuryr-kubernetes 398bd461 (2024-06-14, the last commit with content) with a devstack of its era; OVS and OVN only (Dragonflow cannot run on devstack >= 2023.1)',
    devstackRef: '2024.1-eom',
    pluginRefs: {
      'kuryr-kubernetes': '398bd461265abb10daeb1feee3f4e24564244e61',
      octavia: '2024.1-eom',
      barbican: '2024.1-eom',
      heat: '2024.1-eom',
      'devstack-plugin-container': '2024.1-eom',
      neutron: '2024.1-eom',
      'ovn-octavia-provider': '2024.1-eom',
    },
    backends: ['ovs', 'ovn'],
    supportedDistros: 'bookworm|jammy|noble|rhel9',
    recommendedDistros: ['ubuntu-22.04', 'ubuntu-24.04'],
    // stackrc's default of the 2024 series (read from a 2024.2 stackrc): OVN with the OVN metadata agent.
    defaultServices:
      'key,n-api,n-cpu,n-cond,n-sch,n-novnc,n-api-meta,placement-api,placement-client,g-api,c-sch,c-api,c-vol,ovn-controller,ovn-northd,ovs-vswitchd,ovsdb-server,q-svc,q-ovn-metadata-agent,horizon,rabbit,tempest,mysql,etcd3,dstat',
    devstackSeries: '2024.1',
    workerNodesSubnetOption: 'worker_nodes_subnets',
    unverified: [
      'devstack 2024.1-eom tag (the 2024.1 series end-of-maintenance tag; override with devstack-ref if your mirror differs)',
      'plugin 2024.1-eom tags',
    ],
  },
};

/**
 * DevStack series (YYYY.N) that dropped the `lib/neutron` functions the Dragonflow plugin calls
 * (docs/release-trains.md#why-newer-devstack-breaks-the-dragonflow-plugin).
 */
export const DRAGONFLOW_LAST_WORKING_SERIES = '2022.2';

/**
 * Best-effort series of a devstack ref given as an override: `stable/2023.1`, `2023.1-eol`, `unmaintained/2023.2`,
 * `stable/zed`, `zed-eol`, `master`. Returns undefined for a SHA or an unknown name.
 */
export function seriesOfRef(ref: string): string | undefined {
  if (ref === 'master' || ref === 'main') return 'master';
  const numeric = /(\d{4}\.[12])/.exec(ref);
  if (numeric) return numeric[1];
  const named = /(?:^|\/)([a-z]+)(?:-e[oe][lm])?$/.exec(ref);
  const name = named?.[1];
  if (!name) return undefined;
  return CODENAME_SERIES[name];
}

/** OpenStack release codenames and their YYYY.N series. */
const CODENAME_SERIES: Record<string, string> = {
  queens: '2018.1',
  rocky: '2018.2',
  stein: '2019.1',
  train: '2019.2',
  ussuri: '2020.1',
  victoria: '2020.2',
  wallaby: '2021.1',
  xena: '2021.2',
  yoga: '2022.1',
  zed: '2022.2',
  antelope: '2023.1',
  bobcat: '2023.2',
  caracal: '2024.1',
  dalmatian: '2024.2',
  epoxy: '2025.1',
  flamingo: '2025.2',
};

/** Compares two YYYY.N series ('master' sorts last). */
export function compareSeries(a: string, b: string): number {
  const v = (s: string): number => (s === 'master' ? Number.POSITIVE_INFINITY : Number(s));
  return v(a) - v(b);
}
