/** Building blocks shared by several profiles, each traced to the samples it comes from. */
import type { ProfileEntry, ProfileIniBlock } from './types.js';

export const USSURI_ONLY = { trains: ['ussuri'] };
export const KURYR_LAST_ONLY = { trains: ['kuryr-last'] };

/**
 * Credentials, Keystone v3, logging: every sample sets these; we generate passwords and fix LOGFILE
 * (docs/devstack-operations.md#logs, docs/devstack-operations.md#password-prompts).
 */
export const BASICS: ProfileEntry[] = [
  { generated: 'git-base' },
  {
    comment:
      'Log settings: an absolute LOGFILE avoids the relative-path quirk of the samples (docs/devstack-operations.md#logs)',
  },
  { generated: 'logging' },
  { blank: true },
  { comment: 'Credentials: all set (stack.sh would prompt otherwise), alphanumeric, masked in logs' },
  { generated: 'credentials' },
  { set: 'IDENTITY_API_VERSION', shell: '3' },
  { comment: 'CI: always re-check prerequisites (docs/devstack-operations.md#re-runs-and-caches)' },
  { set: 'FORCE_PREREQ', shell: '1' },
];

/** Octavia with the amphora driver and its dependencies (all kuryr samples). */
export const OCTAVIA: ProfileEntry[] = [
  { blank: true, when: { octavia: true } },
  { comment: 'Octavia LBaaSv2 (Kubernetes Services)', when: { octavia: true } },
  { append: 'LIBS_FROM_GIT', shell: ',python-octaviaclient', when: { octavia: true } },
  { plugin: 'octavia', when: { octavia: true } },
  { enable: ['octavia', 'o-api', 'o-cw', 'o-hm', 'o-hk'], when: { octavia: true } },
  { plugin: 'barbican', when: { octavia: true, trains: ['ussuri'] } },
];

/** Nova + Placement + Glance: needed to boot amphorae and the overcloud VM. */
export const COMPUTE: ProfileEntry[] = [
  { blank: true },
  { comment: 'Nova, Placement and Glance' },
  { enable: ['n-api', 'n-api-meta', 'n-cpu', 'n-cond', 'n-sch', 'placement-api', 'placement-client', 'g-api'] },
  { enable: ['g-reg'], when: USSURI_ONLY },
];

/** Keystone, database, queue. */
export const CORE: ProfileEntry[] = [
  { blank: true },
  { comment: 'Keystone and dependencies' },
  { enable: ['key', 'mysql', 'rabbit'] },
];

/** Kubernetes + Kuryr services; the df era runs hyperkube units, kuryr-last runs kubeadm's `kubernetes-master`. */
export const KUBERNETES: ProfileEntry[] = [
  { blank: true },
  { comment: 'Container engine, etcd and Kubernetes' },
  { plugin: 'devstack-plugin-container' },
  { set: 'CONTAINER_ENGINE', shell: 'crio', when: KURYR_LAST_ONLY },
  { set: 'CRIO_VERSION', shell: '1.28', when: KURYR_LAST_ONLY },
  { enable: ['etcd3'] },
  { enable: ['kubernetes-api', 'kubernetes-controller-manager', 'kubernetes-scheduler', 'kubelet'], when: USSURI_ONLY },
  { enable: ['kubernetes-master'], when: KURYR_LAST_ONLY },
  { blank: true },
  { comment: 'Kuryr controller and CNI daemon (systemd units, not containerized)' },
  { enable: ['kuryr-kubernetes', 'kuryr-daemon'] },
  { set: 'KURYR_K8S_CONTAINERIZED_DEPLOYMENT', shell: 'False', when: KURYR_LAST_ONLY },
];

/**
 * Ports pool variables as the code reads them (docs/connectivity.md#ports-pool), written by the builder from the
 * `ports-pool` option.
 */
export const PORTS_POOL: ProfileEntry[] = [
  { blank: true },
  {
    comment:
      'Kuryr ports pool: the variables devstack/settings really reads (KURYR_VIF_POOL_*), see docs/connectivity.md#ports-pool',
  },
  { generated: 'ports-pool' },
];

/**
 * Gives the first amphora time to boot (all-in-one samples; undercloud samples lack it,
 * docs/local-conf.md#undercloud-sample).
 */
export const OCTAVIA_INI: ProfileIniBlock = {
  phase: 'post-config',
  file: '$OCTAVIA_CONF',
  sections: { controller_worker: { amp_active_retries: '9999' } },
  when: { octavia: true },
};

/** The cirros image the samples add (`IMAGE_URLS+=`, with its leading comma). */
export const CIRROS: ProfileEntry[] = [
  { blank: true },
  { append: 'IMAGE_URLS', shell: '",http://download.cirros-cloud.net/0.3.4/cirros-0.3.4-x86_64-disk.img"' },
];

/** The undercloud's external network as the pod-in-vm undercloud samples set it (public provider network). */
export const PUBLIC_NET: ProfileEntry[] = [
  { blank: true },
  { comment: 'External network: public provider network with the DevStack floating range' },
  { set: 'Q_USE_PROVIDERNET_FOR_PUBLIC', shell: 'True' },
  { set: 'PUBLIC_NETWORK_NAME', shell: 'public' },
  { set: 'PUBLIC_NETWORK_GATEWAY', shell: '172.24.4.1' },
];
