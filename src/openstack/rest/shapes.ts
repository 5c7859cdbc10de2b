/**
 * The REST APIs' objects turned into the toolkit's types (types/*.ts). Where an API object has the keys the CLI's
 * `show -f json` prints, the CLI parser is reused on it; the rest (server addresses, rule ethertype, list rows) is
 * mapped here.
 */
import { parseServer, type Server } from '../types/compute.js';
import { OpenStackParseError, optStr, str, type Json } from '../types/parse.js';
import type { SecurityGroupRule } from '../types/network.js';
import type { PortDetail, PortListEntry } from '../types/port.js';

/** `body[key]` as an object, or a parse error naming `what`. */
export function member(what: string, body: unknown, key: string): Json {
  const value = body !== null && typeof body === 'object' ? (body as Json)[key] : undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OpenStackParseError(what, `the API's answer has no '${key}' object`);
  }
  return value as Json;
}

/** `body[key]` as an array of objects, or a parse error naming `what`. */
export function members(what: string, body: unknown, key: string): Json[] {
  const value = body !== null && typeof body === 'object' ? (body as Json)[key] : undefined;
  if (!Array.isArray(value)) throw new OpenStackParseError(what, `the API's answer has no '${key}' list`);
  return value as Json[];
}

/** A Nova server: `addresses` lists `{addr, version, …}` objects where the CLI prints plain addresses. */
export function serverOf(o: Json): Server {
  const addresses: Record<string, string[]> = {};
  const given = o.addresses;
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
    for (const [net, list] of Object.entries(given as Json)) {
      addresses[net] = Array.isArray(list)
        ? list.flatMap((a) => (a && typeof (a as Json).addr === 'string' ? [(a as Json).addr as string] : []))
        : [];
    }
  }
  return parseServer(JSON.stringify({ ...o, addresses }));
}

/** A Neutron security group rule (`ethertype`, where the CLI prints `ether_type`; a missing prefix is "any"). */
export function ruleOf(o: Json): SecurityGroupRule {
  const w = 'security group rule show';
  return {
    id: str(w, o, 'id'),
    protocol: optStr(o, 'protocol'),
    ethertype: str(w, o, 'ethertype'),
    direction: o.direction === 'egress' ? 'egress' : 'ingress',
    // no prefix means any address: written as the CLI lists it, so rules compare the same through both clients
    remoteIpPrefix: optStr(o, 'remote_ip_prefix') ?? (o.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0'),
    remoteGroupId: optStr(o, 'remote_group_id'),
    portRangeMin: typeof o.port_range_min === 'number' ? o.port_range_min : null,
    portRangeMax: typeof o.port_range_max === 'number' ? o.port_range_max : null,
  };
}

/** A Neutron port as a `port list --long` row. */
export function portDetailOf(o: Json): PortDetail {
  const w = 'port list';
  const groups = o.security_groups;
  return {
    ...portEntryOf(o),
    macAddress: typeof o.mac_address === 'string' ? o.mac_address : '',
    deviceOwner: typeof o.device_owner === 'string' ? o.device_owner : '',
    securityGroups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    id: str(w, o, 'id'),
  };
}

/** A Neutron port as a `port list` row. */
export function portEntryOf(o: Json): PortListEntry {
  const w = 'port list';
  const ips = Array.isArray(o.fixed_ips) ? (o.fixed_ips as Json[]) : [];
  return {
    id: str(w, o, 'id'),
    name: typeof o.name === 'string' ? o.name : '',
    status: str(w, o, 'status'),
    fixedIps: ips.map((ip) => ({ subnetId: str(w, ip, 'subnet_id'), ipAddress: str(w, ip, 'ip_address') })),
  };
}
