/**
 * The first half of the REST client (rest/client.ts): name resolution, deletes, key pairs, security groups, images,
 * flavors, networks, subnets and routers. Split only for size; every operation is documented in api.ts.
 */
import { createReadStream, statSync } from 'node:fs';

import type { OpenStackApi, RuleSpec } from '../api.js';
import { deletedIfExists, isNotFound, unlessNotFound } from '../errors.js';
import { parseFlavor, parseImage, type Flavor, type Image, type Keypair } from '../types/compute.js';
import {
  parseNetwork,
  parseRouter,
  parseSecurityGroupList,
  parseSubnet,
  parseSubnetPool,
  type Network,
  type RouterSummary,
  type SecurityGroupRule,
  type SecurityGroupSummary,
  type Subnet,
  type SubnetPool,
} from '../types/network.js';
import { OpenStackParseError, str, type Json } from '../types/parse.js';
import { resolveId, resolveObject, COLLECTIONS, type Collection } from './resolve.js';
import type { ApiCall, KeystoneSession } from './session.js';
import { member, members, ruleOf } from './shapes.js';

/** An API object as the JSON text the CLI parsers read. */
export const asJson = (o: Json): string => JSON.stringify(o);

/** Resolution and the first operations; {@link RestOpenStackClient} adds the rest. */
export abstract class RestClientBase implements Partial<OpenStackApi> {
  readonly cloud: string;
  /** {@inheritDoc OpenStackApi.readsOsVariables} */
  readonly readsOsVariables = true;

  /** `cloud` is the clouds.yaml name the session reads (its configuration is read on the first request). */
  constructor(
    cloud: string,
    protected readonly session: KeystoneSession,
  ) {
    this.cloud = cloud;
  }

  /** {@inheritDoc OpenStackApi.find} */
  find<T>(show: (nameOrId: string) => Promise<T>, nameOrId: string): Promise<T | undefined> {
    return unlessNotFound(show(nameOrId));
  }

  /** {@inheritDoc OpenStackApi.projectId} */
  async projectId(): Promise<string> {
    const id = await this.session.projectId();
    if (!id)
      throw new OpenStackParseError('token issue', `no project_id: cloud '${this.cloud}' is not scoped to a project`);
    return id;
  }

  protected show(c: Collection, nameOrId: string, equivalent: string): Promise<Json> {
    return resolveObject(this.session, c, nameOrId, equivalent);
  }

  protected id(c: Collection, nameOrId: string, equivalent: string): Promise<string> {
    return resolveId(this.session, c, nameOrId, equivalent);
  }

  /** DELETE of the object `nameOrId` in `c`; false when it does not exist. */
  protected async deleteIfExists(
    c: Collection,
    nameOrId: string,
    equivalent: string,
    query?: ApiCall['query'],
  ): Promise<boolean> {
    return deletedIfExists(
      (async () => {
        const id = await this.id(c, nameOrId, equivalent);
        await this.session.send({ service: c.service, method: 'DELETE', path: `${c.path}/${id}`, query, equivalent });
      })(),
    );
  }

  // --- key pairs -----------------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.keypairCreate} */
  async keypairCreate(name: string): Promise<Keypair> {
    const equivalent = `openstack keypair create ${name}`;
    const body = await this.session.json({
      service: 'compute',
      method: 'POST',
      path: '/os-keypairs',
      body: { keypair: { name } },
      equivalent,
    });
    const k = member(equivalent, body, 'keypair');
    const privateKey = typeof k.private_key === 'string' ? k.private_key : '';
    if (!privateKey.includes('PRIVATE KEY-----'))
      throw this.session.failure({ equivalent }, { apiMessage: 'Nova returned no private key' });
    return { name: str(equivalent, k, 'name'), fingerprint: str(equivalent, k, 'fingerprint'), privateKey };
  }

  /** {@inheritDoc OpenStackApi.keypairShow} */
  async keypairShow(name: string): Promise<Keypair> {
    const equivalent = `openstack keypair show ${name}`;
    const path = `/os-keypairs/${encodeURIComponent(name)}`;
    const k = member(
      equivalent,
      await this.session.json({ service: 'compute', method: 'GET', path, equivalent }),
      'keypair',
    );
    return { name: str(equivalent, k, 'name'), fingerprint: str(equivalent, k, 'fingerprint') };
  }

  /** {@inheritDoc OpenStackApi.keypairDelete} */
  async keypairDelete(name: string): Promise<boolean> {
    const equivalent = `openstack keypair delete ${name}`;
    return deletedIfExists(
      this.session.send({
        service: 'compute',
        method: 'DELETE',
        path: `/os-keypairs/${encodeURIComponent(name)}`,
        equivalent,
      }),
    );
  }

  // --- security groups -----------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.securityGroupList} */
  async securityGroupList(): Promise<SecurityGroupSummary[]> {
    const equivalent = 'openstack security group list';
    const body = await this.session.json({ service: 'network', method: 'GET', path: '/security-groups', equivalent });
    return parseSecurityGroupList(JSON.stringify(members(equivalent, body, 'security_groups')));
  }

  /** {@inheritDoc OpenStackApi.securityGroupShow} */
  async securityGroupShow(nameOrId: string): Promise<{ id: string; name: string }> {
    const o = await this.show(COLLECTIONS.securityGroup, nameOrId, `openstack security group show ${nameOrId}`);
    return { id: String(o.id), name: typeof o.name === 'string' ? o.name : '' };
  }

  /** {@inheritDoc OpenStackApi.securityGroupRuleCreate} */
  async securityGroupRuleCreate(group: string, spec: RuleSpec): Promise<SecurityGroupRule> {
    const ethertype = spec.ethertype ?? 'IPv4';
    const remote = spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0');
    const port = spec.dstPort === undefined ? '' : ` --dst-port ${spec.dstPort}`;
    const equivalent = `openstack security group rule create --ingress --ethertype ${ethertype} --protocol ${spec.protocol} --remote-ip ${remote}${port} ${group}`;
    const rule = {
      security_group_id: await this.id(COLLECTIONS.securityGroup, group, equivalent),
      direction: 'ingress',
      ethertype,
      protocol: spec.protocol,
      remote_ip_prefix: remote,
      ...(spec.dstPort === undefined ? {} : { port_range_min: spec.dstPort, port_range_max: spec.dstPort }),
    };
    const body = await this.session.json({
      service: 'network',
      method: 'POST',
      path: '/security-group-rules',
      body: { security_group_rule: rule },
      equivalent,
    });
    return ruleOf(member(equivalent, body, 'security_group_rule'));
  }

  /** {@inheritDoc OpenStackApi.securityGroupRuleList} */
  async securityGroupRuleList(group: string): Promise<SecurityGroupRule[]> {
    const equivalent = `openstack security group rule list ${group}`;
    const id = await this.id(COLLECTIONS.securityGroup, group, equivalent);
    const body = await this.session.json({
      service: 'network',
      method: 'GET',
      path: '/security-group-rules',
      query: { security_group_id: id },
      equivalent,
    });
    return members(equivalent, body, 'security_group_rules').map(ruleOf);
  }

  /** {@inheritDoc OpenStackApi.securityGroupRuleDelete} */
  async securityGroupRuleDelete(id: string): Promise<boolean> {
    const equivalent = `openstack security group rule delete ${id}`;
    return deletedIfExists(
      this.session.send({
        service: 'network',
        method: 'DELETE',
        path: `/security-group-rules/${id}`,
        equivalent,
      }),
    );
  }

  // --- images and flavors --------------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.imageShow} */
  async imageShow(nameOrId: string): Promise<Image> {
    return parseImage(asJson(await this.show(COLLECTIONS.image, nameOrId, `openstack image show ${nameOrId}`)));
  }

  /** {@inheritDoc OpenStackApi.imageCreate} */
  async imageCreate(
    name: string,
    options: { file: string; diskFormat: string; containerFormat?: string },
  ): Promise<Image> {
    const container = options.containerFormat ?? 'bare';
    const equivalent = `openstack image create --file ${options.file} --disk-format ${options.diskFormat} --container-format ${container} ${name}`;
    statSync(options.file); // a missing file fails here, before an empty image exists
    const created = (await this.session.json({
      service: 'image',
      method: 'POST',
      path: '/images',
      body: { name, disk_format: options.diskFormat, container_format: container },
      equivalent,
    })) as Json;
    const id = str(equivalent, created, 'id');
    try {
      await this.session.send({
        service: 'image',
        method: 'PUT',
        path: `/images/${id}/file`,
        body: createReadStream(options.file),
        equivalent,
      });
    } catch (err) {
      await this.imageDelete(id).catch(() => false); // no queued, empty image left behind
      throw err;
    }
    return this.imageShow(id);
  }

  /** {@inheritDoc OpenStackApi.imageDelete} */
  imageDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(COLLECTIONS.image, nameOrId, `openstack image delete ${nameOrId}`);
  }

  /** {@inheritDoc OpenStackApi.flavorShow} */
  async flavorShow(nameOrId: string): Promise<Flavor> {
    const equivalent = `openstack flavor show ${nameOrId}`;
    try {
      const body = await this.session.json({
        service: 'compute',
        method: 'GET',
        path: `/flavors/${encodeURIComponent(nameOrId)}`,
        equivalent,
      });
      return parseFlavor(asJson(member(equivalent, body, 'flavor')));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    // Nova's flavor ids are free-form; a name is looked up in the whole list
    const body = await this.session.json({ service: 'compute', method: 'GET', path: '/flavors/detail', equivalent });
    const named = members(equivalent, body, 'flavors').filter((f) => f.name === nameOrId);
    if (named.length === 1 && named[0]) return parseFlavor(asJson(named[0]));
    throw this.session.failure(
      { equivalent },
      named.length === 0
        ? { apiMessage: `No Flavor found for ${nameOrId}`, notFound: true }
        : { apiMessage: `More than one Flavor exists with the name '${nameOrId}'.` },
    );
  }

  // --- networks, subnets, routers ------------------------------------------------------------------------------------

  /** {@inheritDoc OpenStackApi.networkShow} */
  async networkShow(nameOrId: string): Promise<Network> {
    return parseNetwork(asJson(await this.show(COLLECTIONS.network, nameOrId, `openstack network show ${nameOrId}`)));
  }

  /** {@inheritDoc OpenStackApi.subnetShow} */
  async subnetShow(nameOrId: string): Promise<Subnet> {
    return parseSubnet(asJson(await this.show(COLLECTIONS.subnet, nameOrId, `openstack subnet show ${nameOrId}`)));
  }

  /** {@inheritDoc OpenStackApi.subnetPoolShow} */
  async subnetPoolShow(nameOrId: string): Promise<SubnetPool> {
    return parseSubnetPool(
      asJson(await this.show(COLLECTIONS.subnetPool, nameOrId, `openstack subnet pool show ${nameOrId}`)),
    );
  }

  /** {@inheritDoc OpenStackApi.routerShow} */
  async routerShow(nameOrId: string): Promise<RouterSummary> {
    return parseRouter(asJson(await this.show(COLLECTIONS.router, nameOrId, `openstack router show ${nameOrId}`)));
  }
}
