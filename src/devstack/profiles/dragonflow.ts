/**
 * Dragonflow profiles, from `local.conf.df.sample` and `local.conf.pod-in-vm.undercloud.df.sample`
 * (docs/local-conf.md#single-node-sample, docs/local-conf.md#undercloud-sample).
 */
import { BASICS, CIRROS, COMPUTE, CORE, KUBERNETES, OCTAVIA, OCTAVIA_INI, PORTS_POOL, PUBLIC_NET } from './common.js';
import type { ProfileDefinition, ProfileEntry } from './types.js';

const DF_CORE: ProfileEntry[] = [
  { blank: true },
  {
    comment:
      'Dragonflow: Redis NB database, local controller (guard must be exactly True, docs/local-conf.md#single-node-sample)',
  },
  { plugin: 'dragonflow' },
  { enable: ['df-redis', 'df-redis-server', 'df-controller'] },
  { set: 'Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER', shell: 'True' },
  { set: 'DF_REDIS_PUBSUB', shell: 'True' },
];

export const dragonflow: ProfileDefinition = {
  name: 'dragonflow',
  description: 'All-in-one DevStack with Dragonflow (Redis), Octavia and Kuryr-Kubernetes; pods on the host',
  backend: 'dragonflow',
  defaultTrain: 'ussuri',
  role: 'all-in-one',
  basedOn: ['kuryr-kubernetes/df-era/local.conf.df.sample'],
  poolDriver: 'neutron',
  localrc: [
    { comment: 'Profile dragonflow (from kuryr-kubernetes local.conf.df.sample)' },
    { plugin: 'kuryr-kubernetes' },
    ...BASICS,
    { blank: true },
    { comment: 'Explicit service list (clears the default list)' },
    { set: 'ENABLED_SERVICES', shell: '""' },
    ...DF_CORE,
    { set: 'DF_RUNNING_IN_GATE', shell: 'True' },
    { set: 'TUNNEL_TYPE', shell: 'vxlan' },
    { set: 'DF_SELECTIVE_TOPO_DIST', shell: 'False' },
    { blank: true },
    { comment: 'Neutron server (ML2 mechanism driver df via the DF override-defaults)' },
    { enable: ['neutron', 'q-svc'] },
    ...CORE,
    ...OCTAVIA,
    ...COMPUTE,
    ...KUBERNETES,
    ...PORTS_POOL,
    ...CIRROS,
  ],
  ini: [OCTAVIA_INI],
  placeholders: [],
};

export const dragonflowUndercloud: ProfileDefinition = {
  name: 'dragonflow-undercloud',
  description:
    'Undercloud for nested pods: Dragonflow with trunk ports, Octavia, Nova/Glance; no Kubernetes (it runs in the VM)',
  backend: 'dragonflow',
  defaultTrain: 'ussuri',
  role: 'undercloud',
  basedOn: ['kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.df.sample'],
  localrc: [
    { comment: 'Profile dragonflow-undercloud (from local.conf.pod-in-vm.undercloud.df.sample)' },
    ...BASICS,
    { set: 'MULTI_HOST', shell: '1' },
    { blank: true },
    {
      comment:
        'Explicit service list: the sample inherits the default list (cinder, horizon, ...); clearing it keeps the host lean (docs/local-conf.md#undercloud-sample)',
    },
    { set: 'ENABLED_SERVICES', shell: '""' },
    ...DF_CORE,
    { enable: ['df-metadata', 'q-trunk'] },
    { blank: true },
    { comment: 'Neutron: DF needs neither the L2/DHCP agents nor the L3 agent (df-l3-agentless)' },
    { enable: ['neutron', 'q-svc', 'q-qos'] },
    { disable: ['n-net', 'q-l3', 'df-l3-agent', 'q-agt', 'q-dhcp', 'tempest'] },
    ...CORE,
    ...OCTAVIA,
    ...COMPUTE,
    ...CIRROS,
    ...PUBLIC_NET,
    { set: 'Q_FLOATING_ALLOCATION_POOL', shell: 'start=172.24.4.10,end=172.24.4.200' },
  ],
  ini: [OCTAVIA_INI],
  placeholders: [],
};
