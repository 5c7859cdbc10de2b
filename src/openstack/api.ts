/**
 * What the toolkit asks of an OpenStack cloud, whatever talks to it: the REST client (rest/client.ts, the default)
 * or the `openstack` CLI wrapper (client.ts). Library code takes an {@link OpenStackApi} and never knows which.
 * Names and ids are accepted wherever the CLI accepts them; a missing object fails with an `OpenStackError` whose
 * `notFound` is true, an ambiguous name with a non-transient one.
 */
import { OpenStackError } from './errors.js';
import type { Flavor, Image, Keypair, Server } from './types/compute.js';
import type { LbMember, LbStatusTree, LoadBalancer } from './types/loadbalancer.js';
import type {
  FloatingIp,
  Network,
  RouterSummary,
  SecurityGroupRule,
  SecurityGroupSummary,
  Subnet,
  SubnetPool,
} from './types/network.js';
import type { Port, PortDetail, PortListEntry, Subport, Trunk } from './types/port.js';

/** One subport to attach: a port (name or id) on a VLAN. */
export interface SubportSpec {
  port: string;
  segmentationId: number;
}

/** A security group rule to ensure. */
export interface RuleSpec {
  protocol: 'icmp' | 'tcp' | 'udp';
  /** A single destination port (tcp/udp). */
  dstPort?: number;
  /** Default `IPv4`. */
  ethertype?: 'IPv4' | 'IPv6';
  /** Default `0.0.0.0/0` (`::/0` for IPv6). */
  remoteIp?: string;
}

/** The result of {@link OpenStackApi.ensureSecurityGroupRule}. */
export interface EnsuredRule {
  rule: SecurityGroupRule;
  /** False when an equal rule existed already. */
  created: boolean;
}

/** The OpenStack operations of the toolkit; each names its `openstack …` equivalent in its documentation. */
export interface OpenStackApi {
  /** The clouds.yaml cloud name. */
  readonly cloud: string;
  /**
   * True when a cloud clouds.yaml lacks is read from the `OS_*` variables (the REST client); the `openstack` CLI,
   * given `--os-cloud`, needs the cloud in clouds.yaml.
   */
  readonly readsOsVariables?: boolean;
  /** Shows an object, `undefined` when it does not exist. */
  find<T>(show: (nameOrId: string) => Promise<T>, nameOrId: string): Promise<T | undefined>;
  /** The project the credentials are scoped to (`openstack token issue -c project_id`). */
  projectId(): Promise<string>;

  /** `keypair create NAME`: Nova generates the key; the result carries the private key. */
  keypairCreate(name: string): Promise<Keypair>;
  /** `keypair show NAME`. */
  keypairShow(name: string): Promise<Keypair>;
  /** `keypair delete NAME`; false when it did not exist. */
  keypairDelete(name: string): Promise<boolean>;

  /** `security group list`. */
  securityGroupList(): Promise<SecurityGroupSummary[]>;
  /** `security group show ID`: the group's id and name. */
  securityGroupShow(nameOrId: string): Promise<{ id: string; name: string }>;
  /** `security group rule create` (ingress) for `spec` in `group`. */
  securityGroupRuleCreate(group: string, spec: RuleSpec): Promise<SecurityGroupRule>;
  /** `security group rule list GROUP`. */
  securityGroupRuleList(group: string): Promise<SecurityGroupRule[]>;
  /** `security group rule delete ID`; false when it did not exist. */
  securityGroupRuleDelete(id: string): Promise<boolean>;
  /** Creates the ingress rule unless an equal one exists (also when another process created it meanwhile: 409). */
  ensureSecurityGroupRule(group: string, spec: RuleSpec): Promise<EnsuredRule>;

  /** `image show NAME`. */
  imageShow(nameOrId: string): Promise<Image>;
  /** `image create --file F --disk-format D --container-format bare NAME` (the file is streamed). */
  imageCreate(name: string, options: { file: string; diskFormat: string; containerFormat?: string }): Promise<Image>;
  /** `image delete NAME`; false when it did not exist. */
  imageDelete(nameOrId: string): Promise<boolean>;
  /** `flavor show NAME`. */
  flavorShow(nameOrId: string): Promise<Flavor>;

  /** `network show NAME`. */
  networkShow(nameOrId: string): Promise<Network>;
  /** `subnet show NAME`. */
  subnetShow(nameOrId: string): Promise<Subnet>;
  /** `subnet pool show NAME`. */
  subnetPoolShow(nameOrId: string): Promise<SubnetPool>;
  /** `router show NAME`. */
  routerShow(nameOrId: string): Promise<RouterSummary>;

  /** `port create --network N [--security-group G]… NAME`. */
  portCreate(name: string, options: { network: string; securityGroups?: readonly string[] }): Promise<Port>;
  /** `port show NAME`. */
  portShow(nameOrId: string): Promise<Port>;
  /** `port list [--name N] [--network N]`. */
  portList(filter?: { name?: string; network?: string }): Promise<PortListEntry[]>;
  /** `port list --long [--network N] [--device-owner O] [--name N]`. */
  portListLong(filter?: { network?: string; deviceOwner?: string; name?: string }): Promise<PortDetail[]>;
  /** The security group ids of `port show ID`. */
  portSecurityGroupIds(nameOrId: string): Promise<string[]>;
  /** `port delete ID`; false when it did not exist. */
  portDelete(nameOrId: string): Promise<boolean>;

  /** `network trunk create --parent-port P [--subport …]… NAME`. */
  trunkCreate(name: string, parentPort: string, subports?: readonly SubportSpec[]): Promise<Trunk>;
  /** `network trunk show NAME`. */
  trunkShow(nameOrId: string): Promise<Trunk>;
  /** `network trunk set --subport port=…,segmentation-type=vlan,segmentation-id=N… TRUNK`. */
  trunkSet(trunk: string, subports: readonly SubportSpec[]): Promise<void>;
  /** `network trunk unset --subport PORT… TRUNK`. */
  trunkUnset(trunk: string, ports: readonly string[]): Promise<void>;
  /** `network trunk delete NAME`; false when it did not exist. */
  trunkDelete(nameOrId: string): Promise<boolean>;
  /** `network subport list --trunk T`. */
  subportList(trunk: string): Promise<Subport[]>;
  /** The ids of `network trunk list`. */
  trunkIds(): Promise<string[]>;

  /** `server create --image I --flavor F --nic port-id=P [--key-name K] NAME` (returns in BUILD). */
  serverCreate(
    name: string,
    options: { image: string; flavor: string; portId: string; keyName?: string },
  ): Promise<Server>;
  /** `server show NAME`. */
  serverShow(nameOrId: string): Promise<Server>;
  /** `server delete ID` (without waiting); false when it did not exist. */
  serverDelete(nameOrId: string): Promise<boolean>;
  /** `console log show [--lines N] SERVER` (plain text). */
  consoleLog(server: string, lines?: number): Promise<string>;

  /** `floating ip create [--port P] NETWORK`. */
  floatingIpCreate(network: string, options?: { port?: string }): Promise<FloatingIp>;
  /** `floating ip set --port P FIP`. */
  floatingIpSet(fip: string, port: string): Promise<void>;
  /** `floating ip show FIP`. */
  floatingIpShow(fip: string): Promise<FloatingIp>;
  /** The ids of `floating ip list [--port P]`. */
  floatingIpIds(filter?: { port?: string }): Promise<string[]>;
  /** `floating ip delete FIP`; false when it did not exist. */
  floatingIpDelete(fip: string): Promise<boolean>;

  /** `loadbalancer list [--name N]`. */
  loadBalancerList(filter?: { name?: string }): Promise<LoadBalancer[]>;
  /** `loadbalancer show NAME`. */
  loadBalancerShow(nameOrId: string): Promise<LoadBalancer>;
  /** `loadbalancer status show NAME`: the whole status tree. */
  loadBalancerStatus(nameOrId: string): Promise<LbStatusTree>;
  /** `loadbalancer delete [--cascade] ID`; false when it did not exist. */
  loadBalancerDelete(nameOrId: string, options?: { cascade?: boolean }): Promise<boolean>;
  /** `loadbalancer member list POOL`. */
  loadBalancerMemberList(pool: string): Promise<LbMember[]>;
  /** `loadbalancer listener delete LISTENER`; false when it did not exist. */
  loadBalancerListenerDelete(nameOrId: string): Promise<boolean>;
}

/** True when `rule` is the ingress rule `spec` describes. */
export function ruleMatches(rule: SecurityGroupRule, spec: RuleSpec): boolean {
  const ethertype = spec.ethertype ?? 'IPv4';
  const remote = spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0');
  return (
    rule.direction === 'ingress' &&
    rule.protocol === spec.protocol &&
    rule.ethertype === ethertype &&
    rule.remoteIpPrefix === remote &&
    rule.remoteGroupId === null &&
    rule.portRangeMin === (spec.dstPort ?? null) &&
    rule.portRangeMax === (spec.dstPort ?? null)
  );
}

/**
 * Creates the ingress rule unless an equal one exists, through `api`'s own list and create (shared by both clients).
 * A 409 on create means another process created it meanwhile: the raced rule is returned.
 */
export async function ensureRule(api: OpenStackApi, group: string, spec: RuleSpec): Promise<EnsuredRule> {
  const existing = (await api.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
  if (existing) return { rule: existing, created: false };
  try {
    return { rule: await api.securityGroupRuleCreate(group, spec), created: true };
  } catch (err) {
    if (!(err instanceof OpenStackError) || err.httpStatus !== 409) throw err;
    const raced = (await api.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
    if (!raced) throw err;
    return { rule: raced, created: false };
  }
}
