/**
 * Neutron ports and trunks as `openstack … -f json` prints them: a port (with its trunk details), the rows of
 * `port list` and `port list --long`, a trunk and its subports.
 */
import { num, objects, parseArray, parseObject, str, type Json } from './parse.js';

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
