/**
 * ML2/OVS and OVN profiles, from `local.conf.sample` (df era: ML2/OVS), `local.conf.ovn.sample` (df era) and the
 * latest `local.conf.ovs.sample` / `local.conf.sample` (OVN), plus their pod-in-vm undercloud variants.
 */
import { BASICS, CIRROS, COMPUTE, CORE, KUBERNETES, OCTAVIA, OCTAVIA_INI, PORTS_POOL, PUBLIC_NET } from './common.js';
import type { ProfileDefinition, ProfileEntry } from './types.js';

const OVS_NEUTRON: ProfileEntry[] = [
  { blank: true },
  { comment: 'Neutron ML2/OVS with the L2, DHCP, L3 and metadata agents' },
  { enable: ['neutron', 'q-agt', 'q-dhcp', 'q-l3', 'q-meta', 'q-svc'] },
  { set: 'Q_AGENT', shell: 'openvswitch' },
  { set: 'Q_ML2_PLUGIN_MECHANISM_DRIVERS', shell: 'openvswitch' },
  { set: 'Q_ML2_TENANT_NETWORK_TYPE', shell: 'vxlan' },
];

const OVN_NEUTRON: ProfileEntry[] = [
  { blank: true },
  { comment: 'Neutron with OVN (networking-ovn is part of neutron since ussuri)' },
  { plugin: 'neutron' },
  { set: 'Q_AGENT', shell: 'ovn' },
  { set: 'Q_ML2_PLUGIN_MECHANISM_DRIVERS', shell: 'ovn,logger' },
  { set: 'Q_ML2_PLUGIN_TYPE_DRIVERS', shell: 'local,flat,vlan,geneve' },
  { set: 'Q_ML2_TENANT_NETWORK_TYPE', shell: 'geneve' },
  { enable: ['ovn-northd', 'ovn-controller', 'q-ovn-metadata-agent', 'q-svc'] },
];

/** OVN needs the OVN Octavia provider and L2 member mode (latest local.conf.sample). */
const OVN_OCTAVIA: ProfileEntry[] = [
  { plugin: 'ovn-octavia-provider', when: { octavia: true } },
  { set: 'KURYR_EP_DRIVER_OCTAVIA_PROVIDER', shell: 'ovn', when: { octavia: true } },
  { set: 'KURYR_K8S_OCTAVIA_MEMBER_MODE', shell: 'L2', when: { octavia: true } },
  { set: 'KURYR_ENFORCE_SG_RULES', shell: 'False', when: { octavia: true } },
  { set: 'KURYR_LB_ALGORITHM', shell: 'SOURCE_IP_PORT', when: { octavia: true } },
];

const OVN_OCTAVIA_INI = {
  phase: 'post-config',
  file: '$OCTAVIA_CONF',
  sections: {
    controller_worker: { amp_active_retries: '9999' },
    api_settings: { enabled_provider_drivers: "amphora:'Octavia Amphora driver',ovn:'Octavia OVN driver'" },
  },
  when: { octavia: true },
};

const CLEAR: ProfileEntry[] = [
  { blank: true },
  { comment: 'Explicit service list (clears the default list)' },
  { set: 'ENABLED_SERVICES', shell: '""' },
];

export const ovs: ProfileDefinition = {
  name: 'ovs',
  description: 'All-in-one DevStack with ML2/OVS, Octavia and Kuryr-Kubernetes',
  backend: 'ovs',
  defaultTrain: 'kuryr-last',
  role: 'all-in-one',
  basedOn: ['kuryr-kubernetes/df-era/local.conf.sample', 'kuryr-kubernetes/latest/local.conf.ovs.sample'],
  poolDriver: 'neutron',
  localrc: [
    { comment: 'Profile ovs (from kuryr-kubernetes local.conf.sample / local.conf.ovs.sample)' },
    { plugin: 'kuryr-kubernetes' },
    ...BASICS,
    ...CLEAR,
    ...OVS_NEUTRON,
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

export const ovsUndercloud: ProfileDefinition = {
  name: 'ovs-undercloud',
  description: 'Undercloud for nested pods with ML2/OVS and trunk ports; Kubernetes runs in the VM',
  backend: 'ovs',
  defaultTrain: 'kuryr-last',
  role: 'undercloud',
  basedOn: ['kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.sample'],
  localrc: [
    { comment: 'Profile ovs-undercloud (from local.conf.pod-in-vm.undercloud.sample)' },
    ...BASICS,
    { set: 'MULTI_HOST', shell: '1' },
    ...CLEAR,
    ...OVS_NEUTRON,
    { set: 'TUNNEL_TYPE', shell: 'vxlan' },
    { enable: ['q-trunk'] },
    ...CORE,
    ...OCTAVIA,
    ...COMPUTE,
    ...CIRROS,
    ...PUBLIC_NET,
  ],
  ini: [
    {
      phase: 'post-config',
      file: '/$Q_PLUGIN_CONF_FILE',
      sections: { securitygroup: { firewall_driver: 'openvswitch' } },
    },
    {
      phase: 'post-config',
      file: '$NEUTRON_CONF',
      sections: {
        DEFAULT: {
          service_plugins:
            'neutron.services.l3_router.l3_router_plugin.L3RouterPlugin,neutron.services.trunk.plugin.TrunkPlugin',
        },
      },
    },
  ],
  placeholders: [],
};

export const ovn: ProfileDefinition = {
  name: 'ovn',
  description: 'All-in-one DevStack with OVN, Octavia (amphora + OVN provider) and Kuryr-Kubernetes',
  backend: 'ovn',
  defaultTrain: 'kuryr-last',
  role: 'all-in-one',
  basedOn: ['kuryr-kubernetes/df-era/local.conf.ovn.sample', 'kuryr-kubernetes/latest/local.conf.sample'],
  poolDriver: 'neutron',
  localrc: [
    { comment: 'Profile ovn (from kuryr-kubernetes local.conf.ovn.sample / latest local.conf.sample)' },
    { plugin: 'kuryr-kubernetes' },
    ...BASICS,
    ...CLEAR,
    ...OVN_NEUTRON,
    ...CORE,
    ...OCTAVIA,
    ...OVN_OCTAVIA,
    ...COMPUTE,
    ...KUBERNETES,
    ...PORTS_POOL,
    ...CIRROS,
  ],
  ini: [OVN_OCTAVIA_INI],
  placeholders: [],
};

export const ovnUndercloud: ProfileDefinition = {
  name: 'ovn-undercloud',
  description: 'Undercloud for nested pods with OVN and trunk ports; Kubernetes runs in the VM',
  backend: 'ovn',
  defaultTrain: 'kuryr-last',
  role: 'undercloud',
  basedOn: [
    'kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.ovn.sample',
    'kuryr-kubernetes/latest/local.conf.pod-in-vm.undercloud.ovn.sample',
  ],
  localrc: [
    { comment: 'Profile ovn-undercloud (from local.conf.pod-in-vm.undercloud.ovn.sample)' },
    ...BASICS,
    { set: 'MULTI_HOST', shell: '1' },
    ...CLEAR,
    ...OVN_NEUTRON,
    { enable: ['q-trunk'] },
    ...CORE,
    ...OCTAVIA,
    ...OVN_OCTAVIA,
    ...COMPUTE,
    ...CIRROS,
    ...PUBLIC_NET,
  ],
  ini: [OVN_OCTAVIA_INI],
  placeholders: [],
};
