/**
 * The OpenStack REST client: the toolkit's operations (api.ts) as direct API calls through one Keystone session,
 * about twenty times cheaper than starting the `openstack` CLI for each. Every operation carries its `openstack …`
 * equivalent, which failures name and the debug log prints, so a user can repeat it by hand.
 */
import { ensureRule, type EnsuredRule, type OpenStackApi, type RuleSpec, type SubportSpec } from '../api.js';
import { deletedIfExists } from '../errors.js';
import type { Server } from '../types/compute.js';
import {
  parseLbMemberList,
  parseLbStatusTree,
  parseLoadBalancer,
  type LbMember,
  type LbStatusTree,
  type LoadBalancer,
} from '../types/loadbalancer.js';
import { parseFloatingIp, type FloatingIp } from '../types/network.js';
import { str, type Json } from '../types/parse.js';
import {
  parsePort,
  parseTrunk,
  type Port,
  type PortDetail,
  type PortListEntry,
  type Subport,
  type Trunk,
} from '../types/port.js';
import { COLLECTIONS, looksLikeId } from './resolve.js';
import { member, members, portDetailOf, portEntryOf, serverOf } from './shapes.js';
import { asJson, RestClientBase } from './client-base.js';

/** The typed OpenStack API over REST. */
export class RestOpenStackClient extends RestClientBase implements OpenStackApi {
  /** {@inheritDoc OpenStackApi.ensureSecurityGroupRule} */
  ensureSecurityGroupRule(group: string, spec: RuleSpec): Promise<EnsuredRule> {
    return ensureRule(this, group, spec);
  }

  // --- ports ---------------------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.portCreate} */
  async portCreate(name: string, options: { network: string; securityGroups?: readonly string[] }): Promise<Port> {
    const groups = options.securityGroups ?? [];
    const equivalent = `openstack port create --network ${options.network}${groups.map((g) => ` --security-group ${g}`).join('')} ${name}`;
    const port: Json = { name, network_id: await this.id(COLLECTIONS.network, options.network, equivalent) };
    if (groups.length > 0) {
      port.security_groups = await Promise.all(groups.map((g) => this.id(COLLECTIONS.securityGroup, g, equivalent)));
    }
    const body = await this.session.json({
      service: 'network',
      method: 'POST',
      path: '/ports',
      body: { port },
      equivalent,
    });
    return parsePort(asJson(member(equivalent, body, 'port')));
  }

  /** {@inheritDoc OpenStackApi.portShow} */
  async portShow(nameOrId: string): Promise<Port> {
    return parsePort(asJson(await this.show(COLLECTIONS.port, nameOrId, `openstack port show ${nameOrId}`)));
  }

  private async ports(
    equivalent: string,
    filter: { name?: string; network?: string; deviceOwner?: string },
  ): Promise<Json[]> {
    const network =
      filter.network === undefined ? undefined : await this.id(COLLECTIONS.network, filter.network, equivalent);
    const query = { name: filter.name, network_id: network, device_owner: filter.deviceOwner };
    return members(
      equivalent,
      await this.session.json({ service: 'network', method: 'GET', path: '/ports', query, equivalent }),
      'ports',
    );
  }

  /** {@inheritDoc OpenStackApi.portList} */
  async portList(filter: { name?: string; network?: string } = {}): Promise<PortListEntry[]> {
    return (await this.ports(`openstack port list${listFlags(filter)}`, filter)).map(portEntryOf);
  }

  /** {@inheritDoc OpenStackApi.portListLong} */
  async portListLong(filter: { network?: string; deviceOwner?: string; name?: string } = {}): Promise<PortDetail[]> {
    return (await this.ports(`openstack port list --long${listFlags(filter)}`, filter)).map(portDetailOf);
  }

  /** {@inheritDoc OpenStackApi.portSecurityGroupIds} */
  async portSecurityGroupIds(nameOrId: string): Promise<string[]> {
    const o = await this.show(COLLECTIONS.port, nameOrId, `openstack port show ${nameOrId}`);
    return Array.isArray(o.security_groups) ? o.security_groups.filter((g): g is string => typeof g === 'string') : [];
  }

  /** {@inheritDoc OpenStackApi.portDelete} */
  portDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(COLLECTIONS.port, nameOrId, `openstack port delete ${nameOrId}`);
  }

  // --- trunks --------------------------------------------------------------------------------------------------------

  private subports(subports: readonly SubportSpec[], equivalent: string): Promise<Json[]> {
    return Promise.all(
      subports.map(async (s) => ({
        port_id: await this.id(COLLECTIONS.port, s.port, equivalent),
        segmentation_type: 'vlan',
        segmentation_id: s.segmentationId,
      })),
    );
  }

  /** {@inheritDoc OpenStackApi.trunkCreate} */
  async trunkCreate(name: string, parentPort: string, subports: readonly SubportSpec[] = []): Promise<Trunk> {
    const equivalent = `openstack network trunk create --parent-port ${parentPort}${subportFlags(subports)} ${name}`;
    const trunk = {
      name,
      port_id: await this.id(COLLECTIONS.port, parentPort, equivalent),
      sub_ports: await this.subports(subports, equivalent),
    };
    const body = await this.session.json({
      service: 'network',
      method: 'POST',
      path: '/trunks',
      body: { trunk },
      equivalent,
    });
    return parseTrunk(asJson(member(equivalent, body, 'trunk')));
  }

  /** {@inheritDoc OpenStackApi.trunkShow} */
  async trunkShow(nameOrId: string): Promise<Trunk> {
    return parseTrunk(asJson(await this.show(COLLECTIONS.trunk, nameOrId, `openstack network trunk show ${nameOrId}`)));
  }

  /** {@inheritDoc OpenStackApi.trunkSet} */
  async trunkSet(trunk: string, subports: readonly SubportSpec[]): Promise<void> {
    const equivalent = `openstack network trunk set${subportFlags(subports)} ${trunk}`;
    const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
    const body = { sub_ports: await this.subports(subports, equivalent) };
    await this.session.send({
      service: 'network',
      method: 'PUT',
      path: `/trunks/${id}/add_subports`,
      body,
      equivalent,
    });
  }

  /** {@inheritDoc OpenStackApi.trunkUnset} */
  async trunkUnset(trunk: string, ports: readonly string[]): Promise<void> {
    const equivalent = `openstack network trunk unset${ports.map((p) => ` --subport ${p}`).join('')} ${trunk}`;
    const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
    const sub = await Promise.all(
      ports.map(async (p) => ({ port_id: await this.id(COLLECTIONS.port, p, equivalent) })),
    );
    await this.session.send({
      service: 'network',
      method: 'PUT',
      path: `/trunks/${id}/remove_subports`,
      body: { sub_ports: sub },
      equivalent,
    });
  }

  /** {@inheritDoc OpenStackApi.trunkDelete} */
  trunkDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(COLLECTIONS.trunk, nameOrId, `openstack network trunk delete ${nameOrId}`);
  }

  /** {@inheritDoc OpenStackApi.subportList} */
  async subportList(trunk: string): Promise<Subport[]> {
    const equivalent = `openstack network subport list --trunk ${trunk}`;
    const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
    const body = await this.session.json({
      service: 'network',
      method: 'GET',
      path: `/trunks/${id}/get_subports`,
      equivalent,
    });
    return parseTrunk(
      asJson({ id, name: '', port_id: '', status: '', sub_ports: members(equivalent, body, 'sub_ports') }),
    ).subPorts;
  }

  /** {@inheritDoc OpenStackApi.trunkIds} */
  async trunkIds(): Promise<string[]> {
    const equivalent = 'openstack network trunk list';
    const body = await this.session.json({
      service: 'network',
      method: 'GET',
      path: '/trunks',
      query: { fields: 'id' },
      equivalent,
    });
    return members(equivalent, body, 'trunks').flatMap((t) => (typeof t.id === 'string' ? [t.id] : []));
  }

  // --- servers -------------------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.serverCreate} */
  async serverCreate(
    name: string,
    options: { image: string; flavor: string; portId: string; keyName?: string },
  ): Promise<Server> {
    const key = options.keyName === undefined ? '' : ` --key-name ${options.keyName}`;
    const equivalent = `openstack server create --image ${options.image} --flavor ${options.flavor} --nic port-id=${options.portId}${key} ${name}`;
    const [image, flavor] = await Promise.all([this.imageShow(options.image), this.flavorShow(options.flavor)]);
    const server: Json = { name, imageRef: image.id, flavorRef: flavor.id, networks: [{ port: options.portId }] };
    if (options.keyName !== undefined) server.key_name = options.keyName;
    const body = await this.session.json({
      service: 'compute',
      method: 'POST',
      path: '/servers',
      body: { server },
      equivalent,
    });
    return this.serverShow(str(equivalent, member(equivalent, body, 'server'), 'id'));
  }

  /** {@inheritDoc OpenStackApi.serverShow} */
  async serverShow(nameOrId: string): Promise<Server> {
    return serverOf(await this.show(COLLECTIONS.server, nameOrId, `openstack server show ${nameOrId}`));
  }

  /** {@inheritDoc OpenStackApi.serverDelete} */
  serverDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(COLLECTIONS.server, nameOrId, `openstack server delete ${nameOrId}`);
  }

  /** {@inheritDoc OpenStackApi.consoleLog} */
  async consoleLog(server: string, lines?: number): Promise<string> {
    const equivalent = `openstack console log show${lines === undefined ? '' : ` --lines ${lines}`} ${server}`;
    const id = await this.id(COLLECTIONS.server, server, equivalent);
    const body = { 'os-getConsoleOutput': { length: lines ?? null } };
    const answer = await this.session.json({
      service: 'compute',
      method: 'POST',
      path: `/servers/${id}/action`,
      body,
      equivalent,
    });
    const output = (answer as Json | undefined)?.output;
    return typeof output === 'string' ? output : '';
  }

  // --- floating IPs --------------------------------------------------------------------------------------------------

  private async floatingIpId(fip: string, equivalent: string): Promise<string> {
    if (looksLikeId(fip)) return fip;
    // the CLI takes an address as well as an id
    const body = await this.session.json({
      service: 'network',
      method: 'GET',
      path: '/floatingips',
      query: { floating_ip_address: fip },
      equivalent,
    });
    const found = members(equivalent, body, 'floatingips')[0];
    if (!found)
      throw this.session.failure({ equivalent }, { apiMessage: `No FloatingIP found for ${fip}`, notFound: true });
    return String(found.id);
  }

  /** {@inheritDoc OpenStackApi.floatingIpCreate} */
  async floatingIpCreate(network: string, options: { port?: string } = {}): Promise<FloatingIp> {
    const equivalent = `openstack floating ip create${options.port === undefined ? '' : ` --port ${options.port}`} ${network}`;
    const fip: Json = { floating_network_id: await this.id(COLLECTIONS.network, network, equivalent) };
    if (options.port !== undefined) fip.port_id = await this.id(COLLECTIONS.port, options.port, equivalent);
    const body = await this.session.json({
      service: 'network',
      method: 'POST',
      path: '/floatingips',
      body: { floatingip: fip },
      equivalent,
    });
    return parseFloatingIp(asJson(member(equivalent, body, 'floatingip')));
  }

  /** {@inheritDoc OpenStackApi.floatingIpSet} */
  async floatingIpSet(fip: string, port: string): Promise<void> {
    const equivalent = `openstack floating ip set --port ${port} ${fip}`;
    const [id, portId] = await Promise.all([
      this.floatingIpId(fip, equivalent),
      this.id(COLLECTIONS.port, port, equivalent),
    ]);
    await this.session.send({
      service: 'network',
      method: 'PUT',
      path: `/floatingips/${id}`,
      body: { floatingip: { port_id: portId } },
      equivalent,
    });
  }

  /** {@inheritDoc OpenStackApi.floatingIpShow} */
  async floatingIpShow(fip: string): Promise<FloatingIp> {
    const equivalent = `openstack floating ip show ${fip}`;
    const id = await this.floatingIpId(fip, equivalent);
    const body = await this.session.json({ service: 'network', method: 'GET', path: `/floatingips/${id}`, equivalent });
    return parseFloatingIp(asJson(member(equivalent, body, 'floatingip')));
  }

  /** {@inheritDoc OpenStackApi.floatingIpIds} */
  async floatingIpIds(filter: { port?: string } = {}): Promise<string[]> {
    const equivalent = `openstack floating ip list${filter.port === undefined ? '' : ` --port ${filter.port}`}`;
    const port = filter.port === undefined ? undefined : await this.id(COLLECTIONS.port, filter.port, equivalent);
    const body = await this.session.json({
      service: 'network',
      method: 'GET',
      path: '/floatingips',
      query: { port_id: port },
      equivalent,
    });
    return members(equivalent, body, 'floatingips').map((f) => String(f.id));
  }

  /** {@inheritDoc OpenStackApi.floatingIpDelete} */
  async floatingIpDelete(fip: string): Promise<boolean> {
    const equivalent = `openstack floating ip delete ${fip}`;
    return deletedIfExists(
      (async () => {
        const id = await this.floatingIpId(fip, equivalent);
        await this.session.send({ service: 'network', method: 'DELETE', path: `/floatingips/${id}`, equivalent });
      })(),
    );
  }

  // --- Octavia -------------------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.loadBalancerList} */
  async loadBalancerList(filter: { name?: string } = {}): Promise<LoadBalancer[]> {
    const equivalent = `openstack loadbalancer list${filter.name === undefined ? '' : ` --name ${filter.name}`}`;
    const body = await this.session.json({
      service: 'load-balancer',
      method: 'GET',
      path: '/lbaas/loadbalancers',
      query: { name: filter.name },
      equivalent,
    });
    return members(equivalent, body, 'loadbalancers').map((o) => parseLoadBalancer(asJson(o)));
  }

  /** {@inheritDoc OpenStackApi.loadBalancerShow} */
  async loadBalancerShow(nameOrId: string): Promise<LoadBalancer> {
    return parseLoadBalancer(
      asJson(await this.show(COLLECTIONS.loadBalancer, nameOrId, `openstack loadbalancer show ${nameOrId}`)),
    );
  }

  /** {@inheritDoc OpenStackApi.loadBalancerStatus} */
  async loadBalancerStatus(nameOrId: string): Promise<LbStatusTree> {
    const equivalent = `openstack loadbalancer status show ${nameOrId}`;
    const id = await this.id(COLLECTIONS.loadBalancer, nameOrId, equivalent);
    const body = await this.session.json({
      service: 'load-balancer',
      method: 'GET',
      path: `/lbaas/loadbalancers/${id}/status`,
      equivalent,
    });
    return parseLbStatusTree(asJson(member(equivalent, body, 'statuses')));
  }

  /** {@inheritDoc OpenStackApi.loadBalancerDelete} */
  loadBalancerDelete(nameOrId: string, options: { cascade?: boolean } = {}): Promise<boolean> {
    const equivalent = `openstack loadbalancer delete${options.cascade ? ' --cascade' : ''} ${nameOrId}`;
    return this.deleteIfExists(
      COLLECTIONS.loadBalancer,
      nameOrId,
      equivalent,
      options.cascade ? { cascade: 'true' } : undefined,
    );
  }

  /** {@inheritDoc OpenStackApi.loadBalancerListenerDelete} */
  loadBalancerListenerDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(COLLECTIONS.listener, nameOrId, `openstack loadbalancer listener delete ${nameOrId}`);
  }

  /** {@inheritDoc OpenStackApi.loadBalancerMemberList} */
  async loadBalancerMemberList(pool: string): Promise<LbMember[]> {
    const equivalent = `openstack loadbalancer member list ${pool}`;
    const id = await this.id(COLLECTIONS.pool, pool, equivalent);
    const body = await this.session.json({
      service: 'load-balancer',
      method: 'GET',
      path: `/lbaas/pools/${id}/members`,
      equivalent,
    });
    return parseLbMemberList(JSON.stringify(members(equivalent, body, 'members')));
  }
}

function listFlags(filter: { name?: string; network?: string; deviceOwner?: string }): string {
  const flags = [
    filter.network === undefined ? '' : ` --network ${filter.network}`,
    filter.deviceOwner === undefined ? '' : ` --device-owner ${filter.deviceOwner}`,
    filter.name === undefined ? '' : ` --name ${filter.name}`,
  ];
  return flags.join('');
}

function subportFlags(subports: readonly SubportSpec[]): string {
  return subports
    .map((s) => ` --subport port=${s.port},segmentation-type=vlan,segmentation-id=${s.segmentationId}`)
    .join('');
}
