/**
 * Typed results of the `openstack` CLI (python-openstackclient 6.0, `-f json`) and their parsers. Key names are the
 * ones the real CLI prints: `show`/`create` use the API's snake_case keys, `list` commands print the column titles
 * (`ID`, `Name`, `Fixed IP Addresses`, `Segmentation ID`, …).
 */

type Json = Record<string, unknown>;

/** Thrown when the CLI printed something other than the expected shape. */
export class OpenStackParseError extends Error {
  constructor(what: string, detail: string) {
    super(`unexpected output of 'openstack ${what}': ${detail}`);
    this.name = 'OpenStackParseError';
  }
}

/** Parses JSON output into an object (or throws naming the command). */
export function parseObject(what: string, text: string): Json {
  const value = parseJson(what, text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OpenStackParseError(what, 'expected a JSON object');
  }
  return value as Json;
}

/** Parses JSON output into an array of objects. */
export function parseArray(what: string, text: string): Json[] {
  const value = parseJson(what, text);
  if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object')) {
    throw new OpenStackParseError(what, 'expected a JSON array of objects');
  }
  return value as Json[];
}

function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new OpenStackParseError(what, `not JSON: ${text.slice(0, 200)}`);
  }
}

function str(what: string, obj: Json, key: string): string {
  const value = obj[key];
  if (typeof value !== 'string') throw new OpenStackParseError(what, `'${key}' is not a string`);
  return value;
}

function optStr(obj: Json, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function num(what: string, obj: Json, key: string): number {
  const value = obj[key];
  if (typeof value !== 'number') throw new OpenStackParseError(what, `'${key}' is not a number`);
  return value;
}

function objects(what: string, obj: Json, key: string): Json[] {
  const value = obj[key] ?? [];
  if (!Array.isArray(value)) throw new OpenStackParseError(what, `'${key}' is not an array`);
  return value as Json[];
}

/** A key pair; `privateKey` only on creation. */
export interface Keypair {
  name: string;
  fingerprint: string;
  privateKey?: string;
}

/** `keypair show -f json` (also the id: Nova's key pair id is its name). */
export function parseKeypair(text: string): Keypair {
  const o = parseObject('keypair show', text);
  return { name: str('keypair show', o, 'name'), fingerprint: str('keypair show', o, 'fingerprint') };
}

/** A security group rule, in the fields the idempotent helper compares. */
export interface SecurityGroupRule {
  id: string;
  /** `icmp`, `tcp`, … or `null` for any. */
  protocol: string | null;
  ethertype: string;
  direction: 'ingress' | 'egress';
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
}

/** `security group rule create -f json` (snake_case keys). */
export function parseSecurityGroupRule(text: string): SecurityGroupRule {
  const w = 'security group rule create';
  const o = parseObject(w, text);
  return {
    id: str(w, o, 'id'),
    protocol: optStr(o, 'protocol'),
    ethertype: str(w, o, 'ether_type'),
    direction: str(w, o, 'direction') === 'egress' ? 'egress' : 'ingress',
    remoteIpPrefix: optStr(o, 'remote_ip_prefix'),
    remoteGroupId: optStr(o, 'remote_group_id'),
    portRangeMin: typeof o.port_range_min === 'number' ? o.port_range_min : null,
    portRangeMax: typeof o.port_range_max === 'number' ? o.port_range_max : null,
  };
}

/**
 * `security group rule list GROUP -f json`: titled columns `ID`, `IP Protocol`, `Ethertype`, `IP Range`,
 * `Port Range` (`""` or `"22:22"`), `Direction`, `Remote Security Group`.
 */
export function parseSecurityGroupRuleList(text: string): SecurityGroupRule[] {
  const w = 'security group rule list';
  return parseArray(w, text).map((o) => {
    const range = /^(\d+):(\d+)$/.exec(optStr(o, 'Port Range') ?? '');
    return {
      id: str(w, o, 'ID'),
      protocol: optStr(o, 'IP Protocol'),
      ethertype: str(w, o, 'Ethertype'),
      direction: str(w, o, 'Direction') === 'egress' ? 'egress' : 'ingress',
      remoteIpPrefix: optStr(o, 'IP Range'),
      remoteGroupId: optStr(o, 'Remote Security Group'),
      portRangeMin: range ? Number(range[1]) : null,
      portRangeMax: range ? Number(range[2]) : null,
    };
  });
}

/** An image. */
export interface Image {
  id: string;
  name: string;
  status: string;
}

/** `image show|create -f json`. */
export function parseImage(text: string): Image {
  const o = parseObject('image show', text);
  return { id: str('image show', o, 'id'), name: str('image show', o, 'name'), status: str('image show', o, 'status') };
}

/** A flavor. */
export interface Flavor {
  id: string;
  name: string;
  ram: number;
  disk: number;
  vcpus: number;
}

/** `flavor show -f json`. */
export function parseFlavor(text: string): Flavor {
  const w = 'flavor show';
  const o = parseObject(w, text);
  return {
    id: str(w, o, 'id'),
    name: str(w, o, 'name'),
    ram: num(w, o, 'ram'),
    disk: num(w, o, 'disk'),
    vcpus: num(w, o, 'vcpus'),
  };
}

/** A network. */
export interface Network {
  id: string;
  name: string;
  /** `router:external`. */
  external: boolean;
  subnets: string[];
}

/** `network show -f json`. */
export function parseNetwork(text: string): Network {
  const w = 'network show';
  const o = parseObject(w, text);
  const subnets = o.subnets;
  return {
    id: str(w, o, 'id'),
    name: str(w, o, 'name'),
    external: o['router:external'] === true,
    subnets: Array.isArray(subnets) ? subnets.filter((s): s is string => typeof s === 'string') : [],
  };
}

/** A subnet. */
export interface Subnet {
  id: string;
  name: string;
  cidr: string;
  networkId: string;
  subnetpoolId: string | null;
  gatewayIp: string | null;
  ipVersion: number;
}

/** `subnet show -f json`. */
export function parseSubnet(text: string): Subnet {
  const w = 'subnet show';
  const o = parseObject(w, text);
  return {
    id: str(w, o, 'id'),
    name: str(w, o, 'name'),
    cidr: str(w, o, 'cidr'),
    networkId: str(w, o, 'network_id'),
    subnetpoolId: optStr(o, 'subnetpool_id'),
    gatewayIp: optStr(o, 'gateway_ip'),
    ipVersion: num(w, o, 'ip_version'),
  };
}

/** A subnet pool. */
export interface SubnetPool {
  id: string;
  name: string;
  prefixes: string[];
  defaultPrefixlen: number | null;
}

/** `subnet pool show -f json`. */
export function parseSubnetPool(text: string): SubnetPool {
  const w = 'subnet pool show';
  const o = parseObject(w, text);
  const prefixes = o.prefixes;
  return {
    id: str(w, o, 'id'),
    name: str(w, o, 'name'),
    prefixes: Array.isArray(prefixes) ? prefixes.filter((p): p is string => typeof p === 'string') : [],
    defaultPrefixlen: typeof o.default_prefixlen === 'number' ? o.default_prefixlen : null,
  };
}

/** One fixed IP of a port. */
export interface FixedIp {
  subnetId: string;
  ipAddress: string;
}

/** A subport of a trunk. */
export interface Subport {
  portId: string;
  segmentationType: string;
  segmentationId: number;
}

/** A port. */
export interface Port {
  id: string;
  name: string;
  status: string;
  networkId: string;
  /** `''` when unbound. */
  deviceId: string;
  fixedIps: FixedIp[];
  /** Set when the port is a trunk's parent. */
  trunkDetails?: { trunkId: string; subPorts: Subport[] };
}

function fixedIps(w: string, list: Json[]): FixedIp[] {
  return list.map((ip) => ({ subnetId: str(w, ip, 'subnet_id'), ipAddress: str(w, ip, 'ip_address') }));
}

function subports(w: string, list: Json[]): Subport[] {
  return list.map((s) => ({
    portId: str(w, s, 'port_id'),
    segmentationType: str(w, s, 'segmentation_type'),
    segmentationId: num(w, s, 'segmentation_id'),
  }));
}

/** `port show|create -f json`. */
export function parsePort(text: string): Port {
  const w = 'port show';
  const o = parseObject(w, text);
  const details = o.trunk_details;
  const port: Port = {
    id: str(w, o, 'id'),
    name: typeof o.name === 'string' ? o.name : '',
    status: str(w, o, 'status'),
    networkId: str(w, o, 'network_id'),
    deviceId: typeof o.device_id === 'string' ? o.device_id : '',
    fixedIps: fixedIps(w, objects(w, o, 'fixed_ips')),
  };
  if (details !== null && typeof details === 'object' && !Array.isArray(details)) {
    const d = details as Json;
    port.trunkDetails = { trunkId: str(w, d, 'trunk_id'), subPorts: subports(w, objects(w, d, 'sub_ports')) };
  }
  return port;
}

/** A row of `port list`. */
export interface PortListEntry {
  id: string;
  name: string;
  status: string;
  fixedIps: FixedIp[];
}

/** `port list -f json`: titled columns `ID`, `Name`, `MAC Address`, `Fixed IP Addresses`, `Status`. */
export function parsePortList(text: string): PortListEntry[] {
  const w = 'port list';
  return parseArray(w, text).map((o) => ({
    id: str(w, o, 'ID'),
    name: typeof o.Name === 'string' ? o.Name : '',
    status: str(w, o, 'Status'),
    fixedIps: fixedIps(w, objects(w, o, 'Fixed IP Addresses')),
  }));
}

/** A trunk. */
export interface Trunk {
  id: string;
  name: string;
  /** The parent port. */
  portId: string;
  status: string;
  subPorts: Subport[];
}

/** `network trunk show|create -f json`. */
export function parseTrunk(text: string): Trunk {
  const w = 'network trunk show';
  const o = parseObject(w, text);
  return {
    id: str(w, o, 'id'),
    name: str(w, o, 'name'),
    portId: str(w, o, 'port_id'),
    status: str(w, o, 'status'),
    subPorts: subports(w, objects(w, o, 'sub_ports')),
  };
}

/** `network subport list --trunk T -f json`: CAPITALISED keys `Port`, `Segmentation Type`, `Segmentation ID`. */
export function parseSubportList(text: string): Subport[] {
  const w = 'network subport list';
  return parseArray(w, text).map((o) => ({
    portId: str(w, o, 'Port'),
    segmentationType: str(w, o, 'Segmentation Type'),
    segmentationId: num(w, o, 'Segmentation ID'),
  }));
}

/** A server's fault (present when it is in ERROR). */
export interface ServerFault {
  message: string;
  code?: number;
  details?: string;
}

/** A server. */
export interface Server {
  id: string;
  name: string;
  /** `BUILD`, `ACTIVE`, `ERROR`, … */
  status: string;
  fault?: ServerFault;
  /** `addresses`: network name → addresses. */
  addresses: Record<string, string[]>;
}

/** `server show|create -f json` (create prints `adminPass`, which is dropped). */
export function parseServer(text: string): Server {
  const w = 'server show';
  const o = parseObject(w, text);
  const server: Server = { id: str(w, o, 'id'), name: str(w, o, 'name'), status: str(w, o, 'status'), addresses: {} };
  const addresses = o.addresses;
  if (addresses !== null && typeof addresses === 'object' && !Array.isArray(addresses)) {
    for (const [net, list] of Object.entries(addresses as Json)) {
      server.addresses[net] = Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
    }
  }
  const fault = o.fault;
  if (fault !== null && typeof fault === 'object' && !Array.isArray(fault)) {
    const f = fault as Json;
    server.fault = {
      message: typeof f.message === 'string' ? f.message : JSON.stringify(f),
      code: typeof f.code === 'number' ? f.code : undefined,
      details: typeof f.details === 'string' ? f.details : undefined,
    };
  } else if (typeof fault === 'string' && fault !== '') {
    server.fault = { message: fault };
  }
  return server;
}

/** A floating IP. */
export interface FloatingIp {
  id: string;
  address: string;
  networkId: string;
  /** The associated port, or `null`. */
  portId: string | null;
  fixedIpAddress: string | null;
  status: string;
}

/** `floating ip create|show -f json`. */
export function parseFloatingIp(text: string): FloatingIp {
  const w = 'floating ip show';
  const o = parseObject(w, text);
  return {
    id: str(w, o, 'id'),
    address: str(w, o, 'floating_ip_address'),
    networkId: str(w, o, 'floating_network_id'),
    portId: optStr(o, 'port_id'),
    fixedIpAddress: optStr(o, 'fixed_ip_address'),
    status: str(w, o, 'status'),
  };
}

// --- connectivity (actions/connectivity): ports in detail, Octavia load balancers -----------------------------------

/** A row of `port list --long -f json`: also `Device Owner` and `Security Groups`. */
export interface PortDetail extends PortListEntry {
  macAddress: string;
  deviceOwner: string;
  securityGroups: string[];
}

/** `port list --long -f json`: titled columns incl. `MAC Address`, `Device Owner`, `Security Groups` (ids or null). */
export function parsePortListLong(text: string): PortDetail[] {
  const w = 'port list --long';
  return parseArray(w, text).map((o) => {
    const groups = o['Security Groups'];
    return {
      id: str(w, o, 'ID'),
      name: typeof o.Name === 'string' ? o.Name : '',
      status: str(w, o, 'Status'),
      fixedIps: fixedIps(w, objects(w, o, 'Fixed IP Addresses')),
      macAddress: typeof o['MAC Address'] === 'string' ? o['MAC Address'] : '',
      deviceOwner: typeof o['Device Owner'] === 'string' ? o['Device Owner'] : '',
      securityGroups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    };
  });
}

/** An Octavia load balancer (`loadbalancer list|show -f json`, snake_case keys). */
export interface LoadBalancer {
  id: string;
  name: string;
  vipAddress: string;
  provisioningStatus: string;
  operatingStatus: string;
  provider: string;
}

function loadBalancerOf(w: string, o: Json): LoadBalancer {
  return {
    id: str(w, o, 'id'),
    name: typeof o.name === 'string' ? o.name : '',
    vipAddress: typeof o.vip_address === 'string' ? o.vip_address : '',
    provisioningStatus: str(w, o, 'provisioning_status'),
    operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
    provider: typeof o.provider === 'string' ? o.provider : '',
  };
}

/** `loadbalancer show -f json`. */
export function parseLoadBalancer(text: string): LoadBalancer {
  return loadBalancerOf('loadbalancer show', parseObject('loadbalancer show', text));
}

/** `loadbalancer list -f json`. */
export function parseLoadBalancerList(text: string): LoadBalancer[] {
  return parseArray('loadbalancer list', text).map((o) => loadBalancerOf('loadbalancer list', o));
}

/** A member in `loadbalancer status show` or `loadbalancer member list -f json`. */
export interface LbMember {
  id: string;
  name: string;
  address: string;
  protocolPort: number;
  provisioningStatus: string;
  operatingStatus: string;
}

/** A pool with its members, from the status tree. */
export interface LbPoolStatus {
  id: string;
  name: string;
  provisioningStatus: string;
  operatingStatus: string;
  members: LbMember[];
}

/** A listener with its pools, from the status tree. */
export interface LbListenerStatus {
  id: string;
  name: string;
  provisioningStatus: string;
  operatingStatus: string;
  pools: LbPoolStatus[];
}

/** `loadbalancer status show LB` (prints JSON without `-f`): the whole status tree. */
export interface LbStatusTree {
  id: string;
  name: string;
  provisioningStatus: string;
  operatingStatus: string;
  listeners: LbListenerStatus[];
}

function memberOf(w: string, o: Json): LbMember {
  return {
    id: str(w, o, 'id'),
    name: typeof o.name === 'string' ? o.name : '',
    address: str(w, o, 'address'),
    protocolPort: num(w, o, 'protocol_port'),
    provisioningStatus: str(w, o, 'provisioning_status'),
    operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
  };
}

/** `loadbalancer member list POOL -f json`. */
export function parseLbMemberList(text: string): LbMember[] {
  return parseArray('loadbalancer member list', text).map((o) => memberOf('loadbalancer member list', o));
}

/** `loadbalancer status show LB`. */
export function parseLbStatusTree(text: string): LbStatusTree {
  const w = 'loadbalancer status show';
  const lb = parseObject(w, text).loadbalancer;
  if (lb === null || typeof lb !== 'object' || Array.isArray(lb)) throw new OpenStackParseError(w, "no 'loadbalancer'");
  const o = lb as Json;
  const status = (x: Json): { provisioningStatus: string; operatingStatus: string } => ({
    provisioningStatus: typeof x.provisioning_status === 'string' ? x.provisioning_status : '',
    operatingStatus: typeof x.operating_status === 'string' ? x.operating_status : '',
  });
  return {
    id: str(w, o, 'id'),
    name: typeof o.name === 'string' ? o.name : '',
    ...status(o),
    listeners: objects(w, o, 'listeners').map((l) => ({
      id: str(w, l, 'id'),
      name: typeof l.name === 'string' ? l.name : '',
      ...status(l),
      pools: objects(w, l, 'pools').map((p) => ({
        id: str(w, p, 'id'),
        name: typeof p.name === 'string' ? p.name : '',
        ...status(p),
        members: objects(w, p, 'members').map((m) => memberOf(w, m)),
      })),
    })),
  };
}
