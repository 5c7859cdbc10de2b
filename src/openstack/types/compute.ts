/**
 * Nova and Glance objects as `openstack … -f json` prints them: key pairs, images, flavors and servers.
 */
import { num, parseObject, str, type Json } from './parse.js';

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
