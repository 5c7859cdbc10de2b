/**
 * Names to objects, as the CLI resolves them: an id is fetched directly; otherwise the collection is listed with a
 * name filter, and no match fails as "not found" while several fail as ambiguous (with the CLI's wording).
 */
import type { Json } from '../types/parse.js';
import type { ApiCall, KeystoneSession, ServiceType } from './session.js';
import { member, members } from './shapes.js';

/** How one kind of object is found. */
export interface Collection {
  service: ServiceType;
  /** e.g. `/ports`. */
  path: string;
  /** The object's key in a show answer (`port`), or `null` when the answer is the object itself (Glance). */
  key: string | null;
  /** The list's key (`ports`). */
  listKey: string;
  /** The CLI's word for it in messages (`Port`, `SecurityGroup`). */
  kind: string;
  /** Where the list is, when not `path` (Nova's `/servers/detail` has whole objects). */
  listPath?: string;
  /** The list query that filters by name (default `name=VALUE`; Nova servers want an anchored regex). */
  nameQuery?: (name: string) => Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** True when `value` looks like an OpenStack UUID (with or without dashes). */
export const looksLikeId = (value: string): boolean => UUID.test(value);

/**
 * The object named or identified by `nameOrId` in `c`.
 * @throws OpenStackError with `notFound` when nothing matches, a non-transient one when several names match
 */
export async function resolveObject(
  session: KeystoneSession,
  c: Collection,
  nameOrId: string,
  equivalent: string,
): Promise<Json> {
  if (looksLikeId(nameOrId)) {
    try {
      const body = await session.json({ ...call(c, equivalent), path: `${c.path}/${encodeURIComponent(nameOrId)}` });
      return c.key === null ? (body as Json) : member(equivalent, body, c.key);
    } catch (err) {
      if (!(err as { notFound?: boolean }).notFound) throw err;
      // a name may look like an id: fall through to the name lookup
    }
  }
  const query = c.nameQuery ? c.nameQuery(nameOrId) : { name: nameOrId };
  const listed = members(
    equivalent,
    await session.json({ ...call(c, equivalent), path: c.listPath ?? c.path, query }),
    c.listKey,
  );
  const named = listed.filter((o) => o.name === nameOrId || o.id === nameOrId);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length === 0) {
    throw session.failure({ equivalent }, { apiMessage: `No ${c.kind} found for ${nameOrId}`, notFound: true });
  }
  throw session.failure({ equivalent }, { apiMessage: `More than one ${c.kind} exists with the name '${nameOrId}'.` });
}

/** The id of the object named or identified by `nameOrId` (an id is taken as is, without a request). */
export async function resolveId(
  session: KeystoneSession,
  c: Collection,
  nameOrId: string,
  equivalent: string,
): Promise<string> {
  if (looksLikeId(nameOrId)) return nameOrId;
  return String((await resolveObject(session, c, nameOrId, equivalent)).id);
}

function call(c: Collection, equivalent: string): ApiCall {
  return { service: c.service, method: 'GET', path: c.path, equivalent };
}

/** The collections the toolkit resolves names in. */
export const COLLECTIONS = {
  port: { service: 'network', path: '/ports', key: 'port', listKey: 'ports', kind: 'Port' },
  network: { service: 'network', path: '/networks', key: 'network', listKey: 'networks', kind: 'Network' },
  subnet: { service: 'network', path: '/subnets', key: 'subnet', listKey: 'subnets', kind: 'Subnet' },
  subnetPool: {
    service: 'network',
    path: '/subnetpools',
    key: 'subnetpool',
    listKey: 'subnetpools',
    kind: 'SubnetPool',
  },
  router: { service: 'network', path: '/routers', key: 'router', listKey: 'routers', kind: 'Router' },
  trunk: { service: 'network', path: '/trunks', key: 'trunk', listKey: 'trunks', kind: 'Trunk' },
  securityGroup: {
    service: 'network',
    path: '/security-groups',
    key: 'security_group',
    listKey: 'security_groups',
    kind: 'SecurityGroup',
  },
  image: { service: 'image', path: '/images', key: null, listKey: 'images', kind: 'Image' },
  server: {
    service: 'compute',
    path: '/servers',
    listPath: '/servers/detail',
    key: 'server',
    listKey: 'servers',
    kind: 'Server',
    // Nova filters names by regular expression: anchored and escaped, then matched exactly by resolveObject
    nameQuery: (name: string) => ({ name: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` }),
  },
  loadBalancer: {
    service: 'load-balancer',
    path: '/lbaas/loadbalancers',
    key: 'loadbalancer',
    listKey: 'loadbalancers',
    kind: 'LoadBalancer',
  },
  listener: {
    service: 'load-balancer',
    path: '/lbaas/listeners',
    key: 'listener',
    listKey: 'listeners',
    kind: 'Listener',
  },
  pool: { service: 'load-balancer', path: '/lbaas/pools', key: 'pool', listKey: 'pools', kind: 'Pool' },
} as const satisfies Record<string, Collection>;
