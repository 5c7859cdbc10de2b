/**
 * The command sequence setup-devstack runs for a plan, as data (program + args arrays, never shell strings). The
 * plan records it so users can review exactly what will happen on their runner before anything runs.
 */
import type { Distro } from './distro.js';

export interface PlannedCommand {
  step: string;
  /** Program and arguments, exactly as the command runner will receive them. */
  command: string;
  args: string[];
  /** Run as this user through `sudo -u` (undefined: the runner's user). */
  asUser?: string;
  /** Why this command is there (for the readable summary). */
  why: string;
}

export interface CommandPlanInput {
  distro?: Distro;
  gitBase: string;
  devstackRef: string;
  dest: string;
  stackUser: string;
  forceDistro: boolean;
  plugins: { name: string }[];
  nat: boolean;
  floatingRange: string;
}

/**
 * Packages DevStack needs before stack.sh can even start (gawk: devstack bug #1909041, docs/local-conf.md#ini-merge).
 */
export const PREREQUISITES = {
  apt: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
  dnf: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'redhat-lsb-core', 'net-tools', 'ca-certificates'],
  zypper: ['git', 'gawk', 'sudo', 'iptables', 'python3', 'lsb-release', 'net-tools', 'ca-certificates'],
} as const;

/** Installs {@link PREREQUISITES} with the distribution's package manager (apt when the distro is unknown). */
function prerequisitesCommand(distro: Distro | undefined): PlannedCommand {
  const pm = distro?.packageManager ?? 'apt';
  if (pm !== 'apt') {
    return {
      step: 'prerequisites',
      command: 'sudo',
      args: ['-n', pm, 'install', '-y', ...PREREQUISITES[pm]],
      why: 'git to clone, gawk for the local.conf merge, iptables for the NAT rule',
    };
  }
  return {
    step: 'prerequisites',
    command: 'sudo',
    // Wait for another apt/dpkg run (unattended-upgrades) instead of failing at once (apt >= 1.9.11; ignored before).
    args: [
      '-n',
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      '-o',
      'DPkg::Lock::Timeout=300',
      'install',
      '-y',
      ...PREREQUISITES.apt,
    ],
    why: 'git to clone, gawk for the local.conf merge (mawk breaks it), iptables for the NAT rule',
  };
}

/** The stack user, as DevStack's tools/create-stack-user.sh makes it: account, DEST permissions, sudoers entry. */
function stackUserCommands({ dest, stackUser }: CommandPlanInput): PlannedCommand[] {
  return [
    {
      step: 'stack-user',
      command: 'sudo',
      args: ['-n', 'useradd', '-U', '-s', '/bin/bash', '-d', dest, '-m', stackUser],
      why: 'as tools/create-stack-user.sh (skipped when the user exists)',
    },
    {
      step: 'stack-user',
      command: 'sudo',
      args: ['-n', 'chmod', '755', dest],
      why: 'stack.sh dies with "Invalid path permissions" when DEST is 0700, as useradd -m may make it',
    },
    {
      step: 'stack-user',
      command: 'sudo',
      args: [
        '-n',
        'sh',
        '-c',
        'umask 226 && printf "%s ALL=(ALL) NOPASSWD:ALL\\n" "$1" > /etc/sudoers.d/50_stack_sh',
        'sh',
        stackUser,
      ],
      why: 'passwordless sudo for the stack user, as create-stack-user.sh writes it',
    },
  ];
}

/** Clones DevStack and checks out exactly the pinned ref, as the stack user. */
function cloneCommands({ gitBase, devstackRef, stackUser }: CommandPlanInput, devstackDir: string): PlannedCommand[] {
  return [
    {
      step: 'clone',
      command: 'git',
      args: ['clone', '--no-checkout', `${gitBase}/openstack/devstack`, devstackDir],
      asUser: stackUser,
      why: 'clone DevStack from the git base (mirror-friendly)',
    },
    {
      step: 'clone',
      command: 'git',
      args: ['-C', devstackDir, 'fetch', 'origin', devstackRef],
      asUser: stackUser,
      why: 'fetch the pinned ref (tag, branch or SHA)',
    },
    {
      step: 'clone',
      command: 'git',
      args: ['-C', devstackDir, 'checkout', '--detach', 'FETCH_HEAD'],
      asUser: stackUser,
      why: 'check out exactly the pinned ref',
    },
  ];
}

/** Writes local.conf (0600) and runs stack.sh, both as the stack user. */
function stackCommands({ stackUser, forceDistro }: CommandPlanInput, devstackDir: string): PlannedCommand[] {
  return [
    {
      step: 'local-conf',
      // cat reads fd 0 directly: /dev/stdin cannot be opened when stdin is a socket (as Node's pipes are).
      command: 'sh',
      args: ['-c', 'umask 077 && cat > "$1" && chmod 0600 "$1"', 'sh', `${devstackDir}/local.conf`],
      asUser: stackUser,
      why: 'write local.conf readable by the stack user only (it holds passwords)',
    },
    {
      step: 'stack',
      command: 'env',
      args: [...(forceDistro ? ['FORCE=yes'] : []), `${devstackDir}/stack.sh`],
      asUser: stackUser,
      why: 'stdin is /dev/null so a password prompt fails fast instead of hanging',
    },
  ];
}

/** After stack.sh: each plugin has devstack/plugin.sh (else DevStack skipped it silently), and its commit. */
function verifyPluginCommands({ dest, stackUser, plugins }: CommandPlanInput): PlannedCommand[] {
  return plugins.flatMap((p): PlannedCommand[] => [
    {
      step: 'verify',
      command: 'test',
      args: ['-f', `${dest}/${p.name}/devstack/plugin.sh`],
      asUser: stackUser,
      why: `an unpinned or empty plugin is silently skipped by DevStack: ${p.name} must have devstack/plugin.sh`,
    },
    {
      step: 'verify',
      command: 'git',
      args: ['-C', `${dest}/${p.name}`, 'rev-parse', 'HEAD'],
      asUser: stackUser,
      why: `record the commit of ${p.name} actually stacked`,
    },
  ]);
}

/** Builds the command list setup-devstack will run, in order. */
export function planCommands(input: CommandPlanInput): PlannedCommand[] {
  const devstackDir = `${input.dest}/devstack`;
  const cmds: PlannedCommand[] = [
    { step: 'preflight', command: 'sudo', args: ['-n', 'true'], why: 'passwordless sudo is required' },
    prerequisitesCommand(input.distro),
    ...stackUserCommands(input),
    ...cloneCommands(input, devstackDir),
    ...stackCommands(input, devstackDir),
    ...verifyPluginCommands(input),
  ];
  if (input.nat) {
    cmds.push({
      step: 'nat',
      command: 'sudo',
      args: ['-n', 'iptables', '-t', 'nat', '-I', 'POSTROUTING', '1', '-s', input.floatingRange, '-j', 'MASQUERADE'],
      why: 'floating IP egress, as the Dragonflow doc prescribes',
    });
  }
  return cmds;
}
