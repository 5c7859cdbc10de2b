/**
 * The sandbox's fixed facts (names, addresses, ports) and its per-run options. Names and addresses are DevStack's
 * (docs/devstack-operations.md#credentials, docs/nested-topology.md#trunk-vm-procedure,
 * docs/nested-topology.md#kuryr-objects) so that the toolkit cannot tell the sandbox from a freshly stacked DevStack by
 * them.
 */

/** The optional parts of the cloud (`--without NAME`). */
export const OPTIONAL_SERVICES = ['octavia'] as const;
/** One of {@link OPTIONAL_SERVICES}. */
export type OptionalService = (typeof OPTIONAL_SERVICES)[number];

/** The sandbox's constants. */
export const SANDBOX = {
  namespace: 'kdf-sbx',
  region: 'RegionOne',
  /** Nova's `host` and the name kuryr gives the API LB member (`$(hostname)` in DevStack). */
  host: 'kdf-sandbox',
  /** The sandbox's HOST_IP: the br-ex address, the namespace's only address besides loopback. */
  hostIp: '172.24.4.1',
  /** DevStack's PUBLIC_BRIDGE with the public gateway (PUBLIC_NETWORK_GATEWAY / FLOATING_RANGE). */
  bridge: { name: 'br-ex', address: '172.24.4.1/24' },
  /** IPV6_ADDRS_SAFE_TO_USE: DevStack draws a random ULA /56; a fixed one keeps runs comparable. */
  ipv6SafeRange: 'fd5a:4b2e:91c0::/56',
  /** The image DevStack uploads (DEFAULT_IMAGE_NAME); here 1 MiB of zeros, never booted. */
  imageName: 'cirros-0.6.2-x86_64-disk',
  /** Every API listens on the namespace's loopback. */
  listen: '127.0.0.1',
} as const;

/** TCP ports inside the namespace. */
export const PORTS = {
  mariadb: 3306,
  rabbitmq: 5672,
  epmd: 4369,
  keystone: 5000,
  neutron: 9696,
  placement: 8778,
  glance: 9292,
  nova: 8774,
  octavia: 9876,
} as const;

/** Catalogue URLs by service type (what `openstack catalog list` shows). */
export function endpointUrls(octavia: boolean): Record<string, string> {
  const base = `http://${SANDBOX.listen}`;
  const urls: Record<string, string> = {
    identity: `${base}:${PORTS.keystone}`,
    network: `${base}:${PORTS.neutron}`,
    compute: `${base}:${PORTS.nova}/v2.1`,
    placement: `${base}:${PORTS.placement}`,
    image: `${base}:${PORTS.glance}`,
  };
  if (octavia) urls['load-balancer'] = `${base}:${PORTS.octavia}`;
  return urls;
}

/** True for an alphanumeric password, the only kind DevStack accepts (docs/devstack-operations.md#password-prompts). */
export function isValidPassword(password: string): boolean {
  return /^[A-Za-z0-9]{8,64}$/.test(password);
}
