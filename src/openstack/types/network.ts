/**
 * Neutron's network objects as `openstack … -f json` prints them: networks, subnets, subnet pools, security group
 * rules and floating IPs (ports and trunks are in port.ts).
 */
import { num, OpenStackParseError, optStr, parseArray, parseObject, str } from './parse.js';

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
    // the CLI prints a number, Neutron's API a numeric string
    defaultPrefixlen:
      typeof o.default_prefixlen === 'number' ||
      (typeof o.default_prefixlen === 'string' && /^\d+$/.test(o.default_prefixlen))
        ? Number(o.default_prefixlen)
        : null,
  };
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

/** One row of `security group list -f json`. */
export interface SecurityGroupSummary {
  id: string;
  name: string;
  /** The owning project's id (`Project` column). */
  projectId: string;
}

/** Parses `security group list -f json` (columns ID, Name, Description, Project, Tags; API keys accepted too). */
export function parseSecurityGroupList(text: string): SecurityGroupSummary[] {
  const what = 'security group list';
  return parseArray(what, text).map((row) => {
    const id = row.ID ?? row.id;
    const name = row.Name ?? row.name;
    const project = row.Project ?? row.project_id ?? row.tenant_id;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof project !== 'string') {
      throw new OpenStackParseError(what, 'a row lacks ID, Name or Project');
    }
    return { id, name, projectId: project };
  });
}

/** A router, in the fields the toolkit reads. */
export interface RouterSummary {
  id: string;
  name: string;
}

/** `router show -f json`. */
export function parseRouter(text: string): RouterSummary {
  const w = 'router show';
  const o = parseObject(w, text);
  return { id: str(w, o, 'id'), name: typeof o.name === 'string' ? o.name : '' };
}
