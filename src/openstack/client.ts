/**
 * A typed wrapper over the `openstack` CLI. Every call goes through the command-runner port, uses `-f json` where
 * the command prints, retries transient failures (connection refused/reset, 5xx) with backoff and never a 4xx, and
 * turns failures into {@link OpenStackError}s carrying the API's message.
 */
import { CommandError, type CommandRunner } from '../runtime/command.js';
import { ensureRule, type EnsuredRule, type OpenStackApi, type RuleSpec, type SubportSpec } from './api.js';
import { deletedIfExists, OpenStackError, unlessNotFound } from './errors.js';
import {
  parseFlavor,
  parseImage,
  parseKeypair,
  parseServer,
  type Flavor,
  type Image,
  type Keypair,
  type Server,
} from './types/compute.js';
import {
  parseLbMemberList,
  parseLbStatusTree,
  parseLoadBalancer,
  parseLoadBalancerList,
  type LbMember,
  type LbStatusTree,
  type LoadBalancer,
} from './types/loadbalancer.js';
import {
  parseFloatingIp,
  parseNetwork,
  parseRouter,
  parseSecurityGroupList,
  parseSecurityGroupRule,
  parseSecurityGroupRuleList,
  parseSubnet,
  parseSubnetPool,
  type FloatingIp,
  type Network,
  type RouterSummary,
  type SecurityGroupRule,
  type SecurityGroupSummary,
  type Subnet,
  type SubnetPool,
} from './types/network.js';
import { OpenStackParseError, parseArray, parseObject } from './types/parse.js';
import {
  parsePort,
  parsePortList,
  parsePortListLong,
  parseSubportList,
  parseTrunk,
  type Port,
  type PortDetail,
  type PortListEntry,
  type Subport,
  type Trunk,
} from './types/port.js';

export { ruleMatches, type EnsuredRule, type RuleSpec, type SubportSpec } from './api.js';

/** Retry policy for transient failures. */
export interface RetryPolicy {
  /** Total attempts, the first included (default 4). */
  attempts: number;
  /** Delay before the first retry; doubled each time (default 1000 ms). */
  baseDelayMs: number;
  /** Cap on one delay (default 10000 ms). */
  maxDelayMs: number;
}

/** Construction options of {@link OpenStackClient}. */
export interface OpenStackClientOptions {
  /** Runs `openstack` (wrap it with `inNetns` from runtime/netns-runner.ts to run inside a namespace). */
  runner: CommandRunner;
  /** The `--os-cloud` name (e.g. `devstack`). */
  cloud: string;
  /** A clouds.yaml path, passed as `OS_CLIENT_CONFIG_FILE`. */
  cloudsYaml?: string;
  /** The `openstack` executable (default `openstack`). */
  executable?: string;
  /** Timeout of one call (default 120 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Replaces the backoff timer (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Extra environment for every call. */
  env?: Readonly<Record<string, string>>;
  /** Where `openstack` runs, so `./clouds.yaml` is the step's (default: the process's directory). */
  cwd?: string;
}

/** The typed `openstack` CLI (the REST client, rest/client.ts, is the default; this one is `KDF_OPENSTACK_CLIENT=cli`). */
export class OpenStackClient implements OpenStackApi {
  readonly cloud: string;
  private readonly runner: CommandRunner;
  private readonly executable: string;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly env: Record<string, string>;
  private readonly cwd: string | undefined;

  constructor(options: OpenStackClientOptions) {
    this.runner = options.runner;
    this.cloud = options.cloud;
    this.executable = options.executable ?? 'openstack';
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.retry = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.env = { ...options.env };
    this.cwd = options.cwd;
    if (options.cloudsYaml !== undefined) this.env.OS_CLIENT_CONFIG_FILE = options.cloudsYaml;
  }

  /** Runs `openstack --os-cloud CLOUD ARGS…` (add `-f json` yourself) and returns stdout. Retries transient failures. */
  async raw(args: readonly string[]): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.runner.run(this.executable, ['--os-cloud', this.cloud, ...args], {
          timeoutMs: this.timeoutMs,
          env: this.env,
          cwd: this.cwd,
          label: 'openstack',
        });
        return result.stdout;
      } catch (err) {
        if (!(err instanceof CommandError) || err.cancelled || err.code !== undefined) throw err;
        const failure = OpenStackError.fromCommandError(err, attempt);
        if (!failure.transient || attempt >= this.retry.attempts) throw failure;
        await this.sleep(Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  private json(args: readonly string[]): Promise<string> {
    return this.raw([...args, '-f', 'json']);
  }

  /** Runs `delete`, answering false instead of failing when the object is gone already. */
  private deleteIfExists(args: readonly string[]): Promise<boolean> {
    return deletedIfExists(this.raw(args));
  }

  /** Shows an object, `undefined` when it does not exist. */
  find<T>(show: (nameOrId: string) => Promise<T>, nameOrId: string): Promise<T | undefined> {
    return unlessNotFound(show(nameOrId));
  }

  /** `token issue -c project_id -f json` (only that column: the token itself never leaves the CLI). */
  async projectId(): Promise<string> {
    const doc = parseObject('token issue', await this.json(['token', 'issue', '-c', 'project_id']));
    const id = doc.project_id;
    if (typeof id !== 'string' || id === '') {
      throw new OpenStackParseError('token issue', `no project_id: cloud '${this.cloud}' is not scoped to a project`);
    }
    return id;
  }

  // --- key pairs -----------------------------------------------------------------------------------------------------

  /** `keypair create NAME`: Nova generates the key; the CLI prints the PEM private key (even with `-f json`). */
  async keypairCreate(name: string): Promise<Keypair> {
    const privateKey = await this.raw(['keypair', 'create', name]);
    if (!privateKey.includes('PRIVATE KEY-----')) {
      throw new OpenStackError({
        command: `openstack keypair create ${name}`,
        exitCode: 0,
        stderr: 'keypair create did not print a private key',
      });
    }
    const shown = await this.keypairShow(name);
    return { ...shown, privateKey };
  }

  /** `keypair show NAME -f json`. */
  async keypairShow(name: string): Promise<Keypair> {
    return parseKeypair(await this.json(['keypair', 'show', name]));
  }

  /** `keypair delete NAME`; false when it did not exist. */
  keypairDelete(name: string): Promise<boolean> {
    return this.deleteIfExists(['keypair', 'delete', name]);
  }

  // --- security group rules ------------------------------------------------------------------------------------------

  /** `security group list -f json`. */
  async securityGroupList(): Promise<SecurityGroupSummary[]> {
    return parseSecurityGroupList(await this.json(['security', 'group', 'list']));
  }

  /** `security group rule create` for `spec` in `group`. */
  async securityGroupRuleCreate(group: string, spec: RuleSpec): Promise<SecurityGroupRule> {
    return parseSecurityGroupRule(await this.json(['security', 'group', 'rule', 'create', ...ruleArgs(spec), group]));
  }

  /** `security group rule list GROUP -f json`. */
  async securityGroupRuleList(group: string): Promise<SecurityGroupRule[]> {
    return parseSecurityGroupRuleList(await this.json(['security', 'group', 'rule', 'list', group]));
  }

  /** `security group rule delete ID`; false when it did not exist. */
  securityGroupRuleDelete(id: string): Promise<boolean> {
    return this.deleteIfExists(['security', 'group', 'rule', 'delete', id]);
  }

  /** {@inheritDoc OpenStackApi.ensureSecurityGroupRule} */
  ensureSecurityGroupRule(group: string, spec: RuleSpec): Promise<EnsuredRule> {
    return ensureRule(this, group, spec);
  }

  // --- images, flavors, networks -------------------------------------------------------------------------------------

  /** `image show NAME -f json`. */
  async imageShow(nameOrId: string): Promise<Image> {
    return parseImage(await this.json(['image', 'show', nameOrId]));
  }

  /** `image create NAME --file F --disk-format D --container-format bare -f json`. */
  async imageCreate(
    name: string,
    options: { file: string; diskFormat: string; containerFormat?: string },
  ): Promise<Image> {
    return parseImage(
      await this.json([
        'image',
        'create',
        '--file',
        options.file,
        '--disk-format',
        options.diskFormat,
        '--container-format',
        options.containerFormat ?? 'bare',
        name,
      ]),
    );
  }

  /** `image delete NAME`; false when it did not exist. */
  imageDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(['image', 'delete', nameOrId]);
  }

  /** `flavor show NAME -f json`. */
  async flavorShow(nameOrId: string): Promise<Flavor> {
    return parseFlavor(await this.json(['flavor', 'show', nameOrId]));
  }

  /** `network show NAME -f json`. */
  async networkShow(nameOrId: string): Promise<Network> {
    return parseNetwork(await this.json(['network', 'show', nameOrId]));
  }

  /** `subnet show NAME -f json`. */
  async subnetShow(nameOrId: string): Promise<Subnet> {
    return parseSubnet(await this.json(['subnet', 'show', nameOrId]));
  }

  /** `subnet pool show NAME -f json`. */
  async subnetPoolShow(nameOrId: string): Promise<SubnetPool> {
    return parseSubnetPool(await this.json(['subnet', 'pool', 'show', nameOrId]));
  }

  /** `router show NAME -f json`: its id and name. */
  async routerShow(nameOrId: string): Promise<RouterSummary> {
    return parseRouter(await this.json(['router', 'show', nameOrId]));
  }

  // --- ports ---------------------------------------------------------------------------------------------------------

  /** `port create --network N [--security-group G]… NAME -f json`. */
  async portCreate(name: string, options: { network: string; securityGroups?: readonly string[] }): Promise<Port> {
    const groups = (options.securityGroups ?? []).flatMap((g) => ['--security-group', g]);
    return parsePort(await this.json(['port', 'create', '--network', options.network, ...groups, name]));
  }

  /** `port show NAME -f json`. */
  async portShow(nameOrId: string): Promise<Port> {
    return parsePort(await this.json(['port', 'show', nameOrId]));
  }

  /** `port list [--name N] [--network N] -f json`. */
  async portList(filter: { name?: string; network?: string } = {}): Promise<PortListEntry[]> {
    const args = ['port', 'list'];
    if (filter.name !== undefined) args.push('--name', filter.name);
    if (filter.network !== undefined) args.push('--network', filter.network);
    return parsePortList(await this.json(args));
  }

  /** `port delete ID`; false when it did not exist. */
  portDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(['port', 'delete', nameOrId]);
  }

  // --- trunks --------------------------------------------------------------------------------------------------------

  /** `network trunk create --parent-port P [--subport …]… NAME -f json`. */
  async trunkCreate(name: string, parentPort: string, subports: readonly SubportSpec[] = []): Promise<Trunk> {
    return parseTrunk(
      await this.json(['network', 'trunk', 'create', '--parent-port', parentPort, ...subportArgs(subports), name]),
    );
  }

  /** `network trunk show NAME -f json`. */
  async trunkShow(nameOrId: string): Promise<Trunk> {
    return parseTrunk(await this.json(['network', 'trunk', 'show', nameOrId]));
  }

  /** `network trunk set --subport port=…,segmentation-type=vlan,segmentation-id=N… TRUNK` (prints nothing). */
  async trunkSet(trunk: string, subports: readonly SubportSpec[]): Promise<void> {
    await this.raw(['network', 'trunk', 'set', ...subportArgs(subports), trunk]);
  }

  /** `network trunk unset --subport PORT… TRUNK` (prints nothing). */
  async trunkUnset(trunk: string, ports: readonly string[]): Promise<void> {
    await this.raw(['network', 'trunk', 'unset', ...ports.flatMap((p) => ['--subport', p]), trunk]);
  }

  /** `network trunk delete NAME`; false when it did not exist. */
  trunkDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(['network', 'trunk', 'delete', nameOrId]);
  }

  /** `network subport list --trunk T -f json`. */
  async subportList(trunk: string): Promise<Subport[]> {
    return parseSubportList(await this.json(['network', 'subport', 'list', '--trunk', trunk]));
  }

  // --- servers -------------------------------------------------------------------------------------------------------

  /** `server create --image I --flavor F --nic port-id=P --key-name K NAME -f json` (returns in BUILD). */
  async serverCreate(
    name: string,
    options: { image: string; flavor: string; portId: string; keyName?: string },
  ): Promise<Server> {
    const args = ['server', 'create', '--image', options.image, '--flavor', options.flavor];
    args.push('--nic', `port-id=${options.portId}`);
    if (options.keyName !== undefined) args.push('--key-name', options.keyName);
    return parseServer(await this.json([...args, name]));
  }

  /** `server show NAME -f json`. */
  async serverShow(nameOrId: string): Promise<Server> {
    return parseServer(await this.json(['server', 'show', nameOrId]));
  }

  /** `server delete ID` (without waiting); false when it did not exist. */
  serverDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(['server', 'delete', nameOrId]);
  }

  /** `console log show [--lines N] SERVER` (plain text). */
  consoleLog(server: string, lines?: number): Promise<string> {
    const args = ['console', 'log', 'show'];
    if (lines !== undefined) args.push('--lines', String(lines));
    return this.raw([...args, server]);
  }

  // --- floating IPs --------------------------------------------------------------------------------------------------

  /** `floating ip create [--port P] NETWORK -f json`. */
  async floatingIpCreate(network: string, options: { port?: string } = {}): Promise<FloatingIp> {
    const args = ['floating', 'ip', 'create'];
    if (options.port !== undefined) args.push('--port', options.port);
    return parseFloatingIp(await this.json([...args, network]));
  }

  /** `floating ip set --port P FIP` (prints nothing). */
  async floatingIpSet(fip: string, port: string): Promise<void> {
    await this.raw(['floating', 'ip', 'set', '--port', port, fip]);
  }

  /** `floating ip show FIP -f json`. */
  async floatingIpShow(fip: string): Promise<FloatingIp> {
    return parseFloatingIp(await this.json(['floating', 'ip', 'show', fip]));
  }

  /** `floating ip list [--port P] -f json`: the ids. */
  async floatingIpIds(filter: { port?: string } = {}): Promise<string[]> {
    const args = ['floating', 'ip', 'list'];
    if (filter.port !== undefined) args.push('--port', filter.port);
    return parseArray('floating ip list', await this.json(args)).map((row) => String(row.ID));
  }

  /** `floating ip delete FIP`; false when it did not exist. */
  floatingIpDelete(fip: string): Promise<boolean> {
    return this.deleteIfExists(['floating', 'ip', 'delete', fip]);
  }
  // --- connectivity: ports in detail, Octavia ------------------------------------------------------------------------

  /** `port list --long [--network N] [--device-owner O] [--name N] -f json`. */
  async portListLong(filter: { network?: string; deviceOwner?: string; name?: string } = {}): Promise<PortDetail[]> {
    const args = ['port', 'list', '--long'];
    if (filter.network !== undefined) args.push('--network', filter.network);
    if (filter.deviceOwner !== undefined) args.push('--device-owner', filter.deviceOwner);
    if (filter.name !== undefined) args.push('--name', filter.name);
    return parsePortListLong(await this.json(args));
  }

  /** `security group show ID -f json`: the group's id and name (the rules come from {@link securityGroupRuleList}). */
  async securityGroupShow(nameOrId: string): Promise<{ id: string; name: string }> {
    const o = parseObject('security group show', await this.json(['security', 'group', 'show', nameOrId]));
    return { id: typeof o.id === 'string' ? o.id : nameOrId, name: typeof o.name === 'string' ? o.name : '' };
  }

  /** The `security_group_ids` of `port show ID -f json` (`port list --long` leaves its column empty in OSC 6.0). */
  async portSecurityGroupIds(nameOrId: string): Promise<string[]> {
    const o = parseObject('port show', await this.json(['port', 'show', nameOrId]));
    const ids = o.security_group_ids;
    return Array.isArray(ids) ? ids.filter((g): g is string => typeof g === 'string') : [];
  }

  /** Ids of `network trunk list -f json` (column `ID`). */
  async trunkIds(): Promise<string[]> {
    return parseArray('network trunk list', await this.json(['network', 'trunk', 'list'])).flatMap((o) =>
      typeof o.ID === 'string' ? [o.ID] : [],
    );
  }

  /** `loadbalancer list [--name N] -f json`. */
  async loadBalancerList(filter: { name?: string } = {}): Promise<LoadBalancer[]> {
    const args = ['loadbalancer', 'list'];
    if (filter.name !== undefined) args.push('--name', filter.name);
    return parseLoadBalancerList(await this.json(args));
  }

  /** `loadbalancer show NAME -f json`. */
  async loadBalancerShow(nameOrId: string): Promise<LoadBalancer> {
    return parseLoadBalancer(await this.json(['loadbalancer', 'show', nameOrId]));
  }

  /** `loadbalancer status show NAME`: the status tree (the command prints JSON and takes no `-f`). */
  async loadBalancerStatus(nameOrId: string): Promise<LbStatusTree> {
    return parseLbStatusTree(await this.raw(['loadbalancer', 'status', 'show', nameOrId]));
  }

  /**
   * `loadbalancer delete [--cascade] ID` (prints nothing); false when it did not exist. With `cascade`, Octavia also
   * deletes the listeners, pools and members, as a user deleting Kuryr's load balancer behind its back would.
   */
  loadBalancerDelete(nameOrId: string, options: { cascade?: boolean } = {}): Promise<boolean> {
    return this.deleteIfExists(['loadbalancer', 'delete', ...(options.cascade ? ['--cascade'] : []), nameOrId]);
  }

  /** `loadbalancer listener delete LISTENER` (prints nothing); false when it did not exist. */
  loadBalancerListenerDelete(nameOrId: string): Promise<boolean> {
    return this.deleteIfExists(['loadbalancer', 'listener', 'delete', nameOrId]);
  }

  /** `loadbalancer member list POOL -f json`. */
  async loadBalancerMemberList(pool: string): Promise<LbMember[]> {
    return parseLbMemberList(await this.json(['loadbalancer', 'member', 'list', pool]));
  }
}

function subportArgs(subports: readonly SubportSpec[]): string[] {
  return subports.flatMap((s) => [
    '--subport',
    `port=${s.port},segmentation-type=vlan,segmentation-id=${s.segmentationId}`,
  ]);
}

function ruleArgs(spec: RuleSpec): string[] {
  const ethertype = spec.ethertype ?? 'IPv4';
  const args = ['--ingress', '--ethertype', ethertype, '--protocol', spec.protocol];
  args.push('--remote-ip', spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0'));
  if (spec.dstPort !== undefined) args.push('--dst-port', String(spec.dstPort));
  return args;
}
