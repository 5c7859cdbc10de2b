/**
 * The nested-VLAN overcloud stacked inside the trunk VM (`local.conf.pod-in-vm.overcloud.sample`,
 * docs/local-conf.md#overcloud-sample).
 */
import { BASICS, KUBERNETES, PORTS_POOL } from './common.js';
import type { ProfileDefinition } from './types.js';

export const overcloudNestedVlan: ProfileDefinition = {
  name: 'overcloud-nested-vlan',
  description:
    'Kubernetes + Kuryr inside the undercloud VM, pods as trunk subports (nested-vlan), using the undercloud Keystone/DB/queue',
  // The overcloud runs no Neutron backend of its own; it uses the undercloud's. Default train: the Dragonflow one.
  backend: 'none',
  defaultTrain: 'ussuri',
  role: 'overcloud',
  basedOn: [
    'kuryr-kubernetes/df-era/local.conf.pod-in-vm.overcloud.sample',
    'kuryr-kubernetes/latest/local.conf.pod-in-vm.overcloud.sample',
  ],
  poolDriver: 'nested',
  localrc: [
    { comment: 'Profile overcloud-nested-vlan (from local.conf.pod-in-vm.overcloud.sample)' },
    { set: 'RECLONE', shell: 'False' },
    { plugin: 'kuryr-kubernetes' },
    ...BASICS,
    { set: 'ENABLED_SERVICES', shell: '""' },
    { blank: true },
    { comment: 'Undercloud services: passwords must equal the undercloud ones' },
    { set: 'SERVICE_HOST', shell: '@SERVICE_HOST@' },
    { set: 'MULTI_HOST', shell: '1' },
    { set: 'KEYSTONE_SERVICE_HOST', shell: '$SERVICE_HOST' },
    { set: 'MYSQL_HOST', shell: '$SERVICE_HOST' },
    { set: 'RABBIT_HOST', shell: '$SERVICE_HOST' },
    { blank: true },
    {
      comment:
        'Kuryr creates its defaults in the undercloud Neutron (exactly True: compared raw, docs/connectivity.md#doc-and-code-mismatches)',
    },
    { set: 'KURYR_CONFIGURE_NEUTRON_DEFAULTS', shell: 'True' },
    { set: 'KURYR_CONFIGURE_BAREMETAL_KUBELET_IFACE', shell: 'False' },
    { set: 'KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID', shell: '@KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID@' },
    { set: 'KURYR_NEUTRON_DEFAULT_ROUTER', shell: 'router1' },
    ...KUBERNETES,
    { blank: true },
    { comment: 'Pods become trunk subports' },
    { set: 'KURYR_POD_VIF_DRIVER', shell: 'nested-vlan' },
    ...PORTS_POOL,
  ],
  ini: [],
  placeholders: [
    {
      variable: 'SERVICE_HOST',
      description: 'An undercloud address reachable from the VM, where Keystone, MySQL and RabbitMQ listen',
      resolveHint: 'the undercloud host IP (setup-devstack output host-ip)',
    },
    {
      variable: 'KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID',
      description: 'ID of the undercloud subnet pool shared-default-subnetpool-v4',
      resolveHint:
        'openstack --os-cloud devstack-admin subnet pool show shared-default-subnetpool-v4 -f value -c id (on the undercloud)',
    },
  ],
};
