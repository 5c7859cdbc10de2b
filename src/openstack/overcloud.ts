/**
 * The overcloud inside the trunk VM (docs/local-conf.md#overcloud-sample, docs/nested-topology.md#trunk-vm-procedure):
 * resolve the placeholders from the undercloud, render the overcloud local.conf with the configuration engine, copy
 * DevStack into the VM over SSH, run stack.sh there streamed into log groups, apply the kuryr.conf edits DevStack does
 * not make, restart the two kuryr units and fetch the overcloud kubeconfig.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import type { Finding } from '../results/model.js';
import type { CommandRunner } from '../runtime/command.js';
import { ConfigurationError, getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { getIniOption, setIniOptions, type IniSetting } from '../devstack/ini-edit.js';
import { createPlan, type Plan } from '../devstack/plan.js';
import { TRAINS } from '../devstack/trains.js';
import { streamStackRun, type StreamedStackRun } from '../devstack/stack/stream.js';
import { triageStackRun } from '../devstack/setup/triage.js';
import type { OpenStackApi } from './api.js';
import { OpenStackError } from './errors.js';
import type { SshClient } from './ssh.js';

/** What the overcloud needs besides the VM. */
export interface OvercloudSettings {
  /** Configuration profile (default `overcloud-nested-vlan`). */
  profile: string;
  /** Release train; default: the profile's (`ussuri`). */
  release?: string;
  /** User local.conf fragments merged last, in order: text and the file name findings point at. */
  fragments: { text: string; file: string }[];
  /**
   * `SERVICE_HOST`: an undercloud address the VM reaches. Default: the external subnet's gateway (br-ex), else the
   * host of the cloud's auth_url (DevStack's SERVICE_HOST) unless it is loopback.
   */
  serviceHost?: string;
  /** The host of the cloud's Keystone auth_url (from clouds.yaml), the fallback for `serviceHost`. */
  authUrlHost?: string;
  /** The undercloud router kuryr attaches its subnets to (`KURYR_NEUTRON_DEFAULT_ROUTER`, default `router1`). */
  router: string;
  /** The subnet pool kuryr carves its subnets from (default `shared-default-subnetpool-v4`). */
  subnetPool: string;
  /**
   * The undercloud's ADMIN_PASSWORD (the overcloud must use the same passwords, docs/local-conf.md#overcloud-sample).
   */
  adminPassword: string;
  /** Where the VM's stack.sh clones the plugins from (`git-base`; default the train's, opendev.org). */
  gitBase?: string;
  /** The local DevStack checkout copied into the VM (default `/opt/stack/devstack`). */
  devstackDir: string;
  /** The DevStack directory in the VM, relative to the login user's home (default `devstack`). */
  remoteDir: string;
  /** kuryr.conf in the VM (default `/etc/kuryr/kuryr.conf`). */
  kuryrConfPath: string;
  /** The VM's kubeconfig (default `.kube/config` in the login user's home, where the kuryr plugin writes it). */
  remoteKubeconfig: string;
  /** Where the fetched kubeconfig is written locally (mode 0600). */
  kubeconfigPath: string;
  /** Where the rendered local.conf is kept locally (mode 0600), for the findings and the diagnostics. */
  localConfPath: string;
  /** The network the external subnet's gateway is read from (default `public`). */
  externalNetwork: string;
  stackTimeoutMinutes: number;
  /** Interval of the "still running" lines (default 60 s). */
  heartbeatMs?: number;
}

/** What {@link stackOvercloud} needs from the trunk VM step. */
export interface OvercloudVm {
  /** port0's subnet: `[pod_vif_nested] worker_nodes_subnet(s)`. */
  workerSubnetId: string;
  /** port0's fixed IP, to find `link_iface` inside the VM. */
  parentPortIp: string;
}

export interface OvercloudDeps {
  client: OpenStackApi;
  ssh: SshClient;
  /** Runs local programs (tar). */
  runner: CommandRunner;
  logger: Logger;
}

/** The resolved placeholders and edits, for outputs and the summary. */
export interface OvercloudResult {
  success: boolean;
  headline: string;
  findings: Finding[];
  serviceHost: string;
  subnetPoolId: string;
  router: string;
  linkIface?: string;
  /** The kuryr.conf options written (section.key → value). */
  kuryrConf: IniSetting[];
  /** Set when the kubeconfig was fetched. */
  kubeconfigPath?: string;
  /** The last lines stack.sh printed (for the summary). */
  tail: string[];
}

/** Defaults of {@link OvercloudSettings} (docs/local-conf.md#overcloud-sample). */
export const OVERCLOUD_DEFAULTS = {
  profile: 'overcloud-nested-vlan',
  router: 'router1',
  subnetPool: 'shared-default-subnetpool-v4',
  devstackDir: '/opt/stack/devstack',
  remoteDir: 'devstack',
  kuryrConfPath: '/etc/kuryr/kuryr.conf',
  remoteKubeconfig: '.kube/config',
  stackTimeoutMinutes: 60,
} as const;

/** The kuryr units restarted after the edits (docs/local-conf.md#kuryr-config-edits). */
export const KURYR_UNITS = ['devstack@kuryr-kubernetes.service', 'devstack@kuryr-daemon.service'] as const;

/**
 * The `[pod_vif_nested]` option name the pinned kuryr reads: `worker_nodes_subnet` in the df-era code (ussuri
 * train, `config.py@258c708b`), `worker_nodes_subnets` later (docs/local-conf.md#kuryr-config-edits).
 */
export function workerSubnetsOption(train: string): 'worker_nodes_subnet' | 'worker_nodes_subnets' {
  const option = TRAINS[train]?.workerNodesSubnetOption;
  if (option === undefined) throw new ConfigurationError(`unknown release train '${train}'`, 'overcloud-release');
  return option;
}

/** The kuryr.conf edits of docs/local-conf.md#kuryr-config-edits for one overcloud. */
export function kuryrConfEdits(train: string, workerSubnetId: string, linkIface: string): IniSetting[] {
  return [
    { section: 'pod_vif_nested', key: workerSubnetsOption(train), value: workerSubnetId },
    { section: 'binding', key: 'driver', value: 'kuryr.lib.binding.drivers.vlan' },
    { section: 'binding', key: 'link_iface', value: linkIface },
  ];
}

/**
 * Finds the interface holding `ip` in `ip -o -4 addr show` output (`2: eth0    inet 10.0.0.5/26 brd …`). VLAN
 * sub-interfaces print as `eth0.101@eth0`: the name is the part before `@`.
 */
export function interfaceWithAddress(ipAddrOutput: string, ip: string): string | undefined {
  for (const line of ipAddrOutput.split('\n')) {
    const m = /^\d+:\s+(\S+)\s+inet\s+([0-9.]+)\//.exec(line);
    if (m && m[2] === ip) return m[1]!.split('@')[0];
  }
  return undefined;
}

/** Undercloud values for the placeholders of the overcloud profile (docs/local-conf.md#placeholders). */
export async function resolveOvercloudPlaceholders(
  s: Pick<OvercloudSettings, 'serviceHost' | 'router' | 'subnetPool' | 'externalNetwork' | 'authUrlHost'>,
  client: OpenStackApi,
): Promise<{ serviceHost: string; subnetPoolId: string; router: string }> {
  const pool = await client.subnetPoolShow(s.subnetPool).catch((err: unknown) => {
    throw notFoundAsConfig(
      err,
      'overcloud-local-conf',
      `subnet pool '${s.subnetPool}' does not exist on the undercloud`,
    );
  });
  await client.routerShow(s.router).catch((err: unknown) => {
    throw notFoundAsConfig(
      err,
      'overcloud-local-conf',
      `router '${s.router}' (KURYR_NEUTRON_DEFAULT_ROUTER) does not exist on the undercloud; set KURYR_NEUTRON_DEFAULT_ROUTER in overcloud-local-conf to the undercloud's router`,
    );
  });
  let serviceHost = s.serviceHost;
  if (serviceHost === undefined || serviceHost === '') serviceHost = await externalGateway(client, s.externalNetwork);
  if (serviceHost === undefined) serviceHost = s.authUrlHost && !isLoopback(s.authUrlHost) ? s.authUrlHost : undefined;
  if (serviceHost === undefined) {
    throw new ConfigurationError(
      `cannot tell which undercloud address the VM reaches: cloud '${client.cloud}' cannot read an IPv4 gateway of network '${s.externalNetwork}' and its auth_url host is ${s.authUrlHost ? `loopback (${s.authUrlHost})` : 'unknown'}; set 'overcloud-service-host'`,
      'overcloud-service-host',
    );
  }
  return { serviceHost, subnetPoolId: pool.id, router: s.router };
}

/**
 * The gateway of the external network's IPv4 subnet: br-ex's address on a DevStack host, which the VM reaches
 * through the router. Undefined when the cloud may not read those subnets (demo cannot read admin's `public-subnet`).
 */
async function externalGateway(client: OpenStackApi, network: string): Promise<string | undefined> {
  const net = await client.networkShow(network);
  for (const id of net.subnets) {
    const subnet = await client.find((n) => client.subnetShow(n), id);
    if (subnet?.ipVersion === 4 && subnet.gatewayIp) return subnet.gatewayIp;
  }
  return undefined;
}

function isLoopback(host: string): boolean {
  return /^(127\.|localhost$|::1$|\[::1\]$)/.test(host);
}

function notFoundAsConfig(err: unknown, input: string, message: string): unknown {
  return err instanceof OpenStackError && err.notFound ? new ConfigurationError(message, input) : err;
}

/** Renders the overcloud local.conf with the engine; unresolved placeholders or refused options are user errors. */
export function planOvercloud(
  s: OvercloudSettings,
  resolved: { serviceHost: string; subnetPoolId: string; router: string },
  stackUser: string,
  hostIp: string,
): Plan {
  const plan = createPlan({
    profile: s.profile,
    release: s.release,
    set: {
      // DevStack's own guess (get_default_host_ip) skips addresses inside FIXED_RANGE (10.0.0.0/22 by default),
      // which is exactly where port0 lives on a DevStack undercloud: without HOST_IP stack.sh dies in stackrc with
      // "Could not determine host ip address".
      HOST_IP: hostIp,
      SERVICE_HOST: resolved.serviceHost,
      KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: resolved.subnetPoolId,
      KURYR_NEUTRON_DEFAULT_ROUTER: resolved.router,
    },
    adminPassword: s.adminPassword,
    fragments: s.fragments,
    gitBase: s.gitBase,
    stackUser,
  });
  if (plan.profile.role !== 'overcloud') {
    throw new ConfigurationError(
      `profile '${s.profile}' is not an overcloud profile (role ${plan.profile.role}); use overcloud-nested-vlan`,
      'overcloud-profile',
    );
  }
  return plan;
}

/** Step 1: the VM's NIC that carries port0 (link_iface), detected instead of assumed. */
async function findLinkIface(vm: OvercloudVm, ssh: SshClient, logger: Logger): Promise<string> {
  const addrs = await ssh.run(['ip', '-o', '-4', 'addr', 'show'], { timeoutMs: 60_000 });
  const linkIface = interfaceWithAddress(addrs.stdout, vm.parentPortIp);
  if (linkIface === undefined) {
    throw new Error(`no interface in the VM holds port0's address ${vm.parentPortIp}:\n${addrs.stdout.trim()}`);
  }
  logger.info(`link_iface: ${linkIface} holds ${vm.parentPortIp}`);
  return linkIface;
}

/** Step 2: DevStack into the VM (a tarball over scp, unpacked into the remote dir), and the local.conf. */
async function copyDevstack(
  s: OvercloudSettings,
  localConf: string,
  { ssh, runner, logger }: Pick<OvercloudDeps, 'ssh' | 'runner' | 'logger'>,
): Promise<void> {
  await logger.group(`Copy DevStack into the VM (${s.devstackDir} → ${ssh.address}:${s.remoteDir})`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'kdf-overcloud-'));
    try {
      const tarball = join(work, 'devstack.tar.gz');
      await runner.run('tar', ['-C', dirname(s.devstackDir), '-czf', tarball, basename(s.devstackDir)], {
        timeoutMs: 10 * 60_000,
        label: 'tar',
      });
      const remoteTar = `/tmp/kdf-devstack-${process.pid}.tar.gz`;
      await ssh.copyTo(tarball, remoteTar);
      await ssh.run(
        [
          'sh',
          '-c',
          'set -e; rm -rf "$1"; mkdir -p "$1"; tar -xzf "$2" -C "$1" --strip-components=1; rm -f "$2"',
          'unpack',
          s.remoteDir,
          remoteTar,
        ],
        { timeoutMs: 10 * 60_000 },
      );
      await ssh.writeFile(`${s.remoteDir}/local.conf`, localConf, { mode: '0600' });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** Step 3: stack.sh in the VM, streamed, then triaged the way the undercloud's run is. */
async function stackInVm(s: OvercloudSettings, plan: Plan, ssh: SshClient, logger: Logger) {
  const run = await runStack(s, ssh, logger);
  return triageStackRun({
    outcome: run.parser.outcome(),
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    cancelled: run.cancelled,
    timeoutMinutes: s.stackTimeoutMinutes,
    localConfPath: s.localConfPath,
    origins: plan.origins,
    skippedPlugins: [],
    devstackDir: s.remoteDir,
  });
}

/** Step 4: the kuryr.conf edits (docs/local-conf.md#kuryr-config-edits), read back, then the restarts. */
async function editKuryrConf(s: OvercloudSettings, edits: IniSetting[], ssh: SshClient, logger: Logger): Promise<void> {
  await logger.group(`Edit ${s.kuryrConfPath} and restart kuryr`, async () => {
    const current = await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 });
    const edited = setIniOptions(current.stdout, edits);
    await ssh.writeFile(s.kuryrConfPath, edited, { sudo: true, mode: '0644' });
    const check = (await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 })).stdout;
    for (const e of edits) {
      const got = getIniOption(check, e.section, e.key);
      if (got !== e.value)
        throw new Error(`kuryr.conf [${e.section}] ${e.key} reads '${got}' after the edit, not '${e.value}'`);
      logger.info(`[${e.section}] ${e.key} = ${e.value}`);
    }
    await ssh.run(['sudo', '-n', 'systemctl', 'restart', ...KURYR_UNITS], { timeoutMs: 5 * 60_000 });
    logger.info(`restarted ${KURYR_UNITS.join(' and ')}`);
  });
}

/** Step 5: the kubeconfig, copied out of the VM (0600); a finding when it cannot be read. */
async function fetchKubeconfig(
  s: OvercloudSettings,
  ssh: SshClient,
  logger: Logger,
): Promise<{ path: string } | { finding: Finding }> {
  try {
    const kube = await ssh.run(['cat', s.remoteKubeconfig], { timeoutMs: 60_000 });
    writeFileSync(s.kubeconfigPath, kube.stdout, { mode: 0o600 });
    logger.info(`overcloud kubeconfig fetched to ${s.kubeconfigPath}`);
    return { path: s.kubeconfigPath };
  } catch (err) {
    return {
      finding: {
        file: s.localConfPath,
        line: 1,
        level: 'failure',
        title: 'overcloud kubeconfig missing',
        message: `~/${s.remoteKubeconfig} could not be read in the VM: ${getErrorMessage(err)}`,
        rule: 'overcloud-kubeconfig',
      },
    };
  }
}

/**
 * Stacks the overcloud in the VM. Never throws for a stack.sh failure (it is in the result, with findings); throws
 * for user mistakes (ConfigurationError) and for SSH/copy failures.
 */
export async function stackOvercloud(
  s: OvercloudSettings,
  vm: OvercloudVm,
  deps: OvercloudDeps,
): Promise<OvercloudResult> {
  const { client, ssh, logger } = deps;
  const resolved = await resolveOvercloudPlaceholders(s, client);
  logger.info(
    `overcloud placeholders: HOST_IP=${vm.parentPortIp} (port0), SERVICE_HOST=${resolved.serviceHost}, KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID=${resolved.subnetPoolId} (${s.subnetPool}), KURYR_NEUTRON_DEFAULT_ROUTER=${resolved.router}, worker nodes subnet ${vm.workerSubnetId}`,
  );
  const plan = planOvercloud(s, resolved, ssh.target.user, vm.parentPortIp);
  for (const secret of plan.secrets) logger.addSecret(secret);
  writeFileSync(s.localConfPath, plan.localConf, { mode: 0o600 });
  const base: Omit<OvercloudResult, 'success' | 'headline' | 'findings' | 'tail'> = { ...resolved, kuryrConf: [] };

  const linkIface = await findLinkIface(vm, ssh, logger);
  await copyDevstack(s, plan.localConf, deps);
  const triage = await stackInVm(s, plan, ssh, logger);
  const findings = triage.findings.map((f) => ({ ...f, title: `overcloud ${f.title}` }));
  const stacked = { ...base, linkIface, findings, tail: triage.tail };
  if (!triage.success) return { ...stacked, success: false, headline: `overcloud: ${triage.headline}` };

  const train = plan.train.name;
  const edits = kuryrConfEdits(train, vm.workerSubnetId, linkIface);
  await editKuryrConf(s, edits, ssh, logger);
  const kube = await fetchKubeconfig(s, ssh, logger);
  if ('finding' in kube) {
    findings.push(kube.finding);
    return { ...stacked, kuryrConf: edits, success: false, headline: 'overcloud stacked but no kubeconfig' };
  }
  return {
    ...stacked,
    kuryrConf: edits,
    kubeconfigPath: kube.path,
    success: true,
    headline: `overcloud stacked (${plan.profile.name}, train ${train})`,
  };
}

async function runStack(s: OvercloudSettings, ssh: SshClient, logger: Logger): Promise<StreamedStackRun> {
  const run = await streamStackRun(
    (onLine) =>
      ssh.run(['sh', '-c', 'cd "$1" && exec ./stack.sh', 'stack', s.remoteDir], {
        timeoutMs: s.stackTimeoutMinutes * 60_000,
        onStdoutLine: onLine,
        onStderrLine: onLine,
        label: 'overcloud stack.sh',
        maxBufferBytes: 1024 * 1024,
      }),
    { logger, label: 'overcloud stack.sh', heartbeatMs: s.heartbeatMs },
  );
  const { parser, exitCode } = run;
  // As on the undercloud: with LOGFILE + VERBOSE the completion line is only in the summary log.
  if (exitCode === 0 && !parser.outcome().completed) {
    // .stackenv (save_stackenv) knows where LOGFILE went in the VM
    const summary = await ssh
      // LOGFILE there carries stack.sh's timestamp suffix; `<name>.summary` is the symlink to the newest summary
      .run(['sh', '-c', 'cd "$1" && . ./.stackenv && cat "${LOGFILE%.*}.summary"', 'summary', s.remoteDir], {
        timeoutMs: 60_000,
        allowedExitCodes: [0, 1, 2],
      })
      .catch(() => undefined);
    for (const line of (summary?.stdout ?? '').split('\n')) parser.push(line);
  }
  return run;
}
