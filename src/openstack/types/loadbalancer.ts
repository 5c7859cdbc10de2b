/**
 * Octavia's objects as `openstack loadbalancer …` prints them: load balancers, pool members and the status tree.
 */
import { num, objects, OpenStackParseError, parseArray, parseObject, str, type Json } from './parse.js';

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
