/**
 * LC6xx: Dragonflow and Kuryr specifics (docs/local-conf.md#linter-pitfalls items 8–9, docs/connectivity.md#ports-pool,
 * docs/connectivity.md#doc-and-code-mismatches): settings that the plugins read differently from what the docs and
 * samples suggest.
 */
import { code, type Analysis, type Assignment } from '../analysis.js';
import type { Draft } from '../types.js';
import type { Rule } from './rule.js';

const DRAGONFLOW_SPECS = new Set(['$DRAGONFLOW_CONF', '${DRAGONFLOW_CONF}', '/etc/neutron/dragonflow.ini']);

/** Assignments whose name matches, mapped to drafts. */
function perAssignment(a: Analysis, make: (x: Assignment) => Omit<Draft, 'line' | 'endLine'> | undefined): Draft[] {
  const out: Draft[] = [];
  for (const x of a.assignments) {
    const d = make(x);
    if (d) out.push({ line: x.stmt.line, endLine: x.stmt.endLine, ...d });
  }
  return out;
}

export const dragonflowConfRestart: Rule = {
  id: 'LC601',
  name: 'dragonflow-conf-needs-restart',
  severity: 'warning',
  summary: 'Values merged into `$DRAGONFLOW_CONF` are not seen by df-controller until it restarts.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.mergeBlocks) {
      if (!DRAGONFLOW_SPECS.has(b.header.file) || !b.lines.some((l) => l.kind === 'key')) continue;
      out.push({
        line: b.header.line,
        message: `df-controller starts inside Dragonflow's own post-config plugin phase, before DevStack merges [[${b.header.phase}|…]] blocks, so it runs without these values until it is restarted (from reading the code).`,
        fix: `Restart it after stack.sh (${code('sudo systemctl restart devstack@df-controller')}), or set the value through the Dragonflow devstack variable in localrc.`,
      });
    }
    return out;
  },
};

const POOL_NAMES: Record<string, string> = {
  KURYR_PORT_POOL_MIN: 'KURYR_VIF_POOL_MIN',
  KURYR_PORT_POOL_MAX: 'KURYR_VIF_POOL_MAX',
  KURYR_PORT_POOL_BATCH: 'KURYR_VIF_POOL_BATCH',
  KURYR_PORT_POOL_UPDATE_FREQ: 'KURYR_VIF_POOL_UPDATE_FREQ',
};

export const wrongPoolVariable: Rule = {
  id: 'LC602',
  name: 'wrong-pool-variable',
  severity: 'warning',
  summary:
    'Ports-pool variables from the doc that the kuryr plugin never reads (KURYR_USE_PORT_POOLS, KURYR_PORT_POOL_*).',
  check: (a) =>
    perAssignment(a, (x) => {
      if (x.name === 'KURYR_USE_PORT_POOLS') {
        return {
          message:
            'The kuryr devstack plugin does not read KURYR_USE_PORT_POOLS for the pools (it only sets tempest [kuryr_kubernetes] port_pool_enabled); the plugin reads KURYR_USE_PORTS_POOLS, and the switch that takes effect is KURYR_VIF_POOL_DRIVER.',
          fix: `Set ${code('KURYR_VIF_POOL_DRIVER=neutron')} (baremetal) or ${code('KURYR_VIF_POOL_DRIVER=nested')} (nested).`,
        };
      }
      if (!x.name.startsWith('KURYR_PORT_POOL_')) return undefined;
      const right = POOL_NAMES[x.name];
      return {
        message: `${x.name} (the ports-pool doc's name) is never read: the kuryr plugin reads ${right ?? 'KURYR_VIF_POOL_*'}.`,
        fix: right
          ? `Rename it: ${code(`${right}=${x.value.raw}`)}.`
          : 'Use the KURYR_VIF_POOL_* names (MIN, MAX, BATCH, UPDATE_FREQ).',
      };
    }),
};

const UNREAD: Record<string, { why: string; fix: string }> = {
  KURYR_K8S_CLUSTER_IP_RANGE: {
    why: "the apiserver's --service-cluster-ip-range is the lower half of the k8s-service-subnet when octavia is enabled",
    fix: 'Remove it; the service range follows the k8s service subnet.',
  },
  KURYR_ETCD_CLIENT_URL: {
    why: 'kuryr waits on http://$SERVICE_HOST:2379/v2/machines',
    fix: 'Remove it; run etcd where kuryr expects it ($SERVICE_HOST:2379).',
  },
};

export const unreadVariable: Rule = {
  id: 'LC603',
  name: 'unread-variable',
  severity: 'warning',
  summary: 'Variables from the kuryr samples that no code reads (KURYR_K8S_CLUSTER_IP_RANGE, KURYR_ETCD_CLIENT_URL).',
  check: (a) =>
    perAssignment(a, (x) => {
      const u = UNREAD[x.name];
      return u
        ? {
            message: `${x.name} is read nowhere in the df-era kuryr plugin, settings or lib, so it has no effect; ${u.why}.`,
            fix: u.fix,
          }
        : undefined;
    }),
};

const TRUE_SPELLINGS = new Set(['1', 'yes', 'Yes', 'YES', 'true', 'TRUE']);
const FALSE_SPELLINGS = new Set(['0', 'no', 'No', 'NO', 'false', 'False', 'FALSE', '']);
const TRUE_ONLY: Record<string, string> = {
  Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER:
    "Dragonflow's plugin.sh does nothing on stack and unstack (no local controller, no Dragonflow configuration)",
  KURYR_CONFIGURE_NEUTRON_DEFAULTS:
    'kuryr silently skips the Neutron defaults (k8s project, networks, subnets, security groups) and the [kubernetes] api_root setting',
};

export const trueOnlyFlag: Rule = {
  id: 'LC604',
  name: 'true-only-flag',
  severity: 'error',
  summary: 'Q_ENABLE_DRAGONFLOW_LOCAL_CONTROLLER / KURYR_CONFIGURE_NEUTRON_DEFAULTS compared with `== "True"`.',
  check: (a) =>
    perAssignment(a, (x) => {
      const effect = TRUE_ONLY[x.name];
      const v = x.value.literal;
      if (!effect || v === undefined || v === 'True' || FALSE_SPELLINGS.has(v)) return undefined;
      const truthy = TRUE_SPELLINGS.has(v);
      return {
        severity: truthy ? 'error' : 'warning',
        message: `The plugin compares ${x.name} with ${code('== "True"')} (not trueorfalse), so ${code(v)} ${truthy ? 'is not True' : 'is treated as off'}: ${effect}.`,
        fix: `Write exactly ${code(`${x.name}=True`)}.`,
      };
    }),
};

export const workerNodesSubnet: Rule = {
  id: 'LC605',
  name: 'worker-nodes-subnet',
  severity: 'warning',
  summary: '`[pod_vif_nested] worker_nodes_subnet(s)` spelled for the wrong kuryr era.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.mergeBlocks) {
      for (const l of b.lines) {
        if (l.kind !== 'key' || l.inSection !== 'pod_vif_nested') continue;
        if (a.ctx.era === 'df' && l.key === 'worker_nodes_subnets') {
          out.push({
            line: l.line,
            message:
              'df-era kuryr-kubernetes (258c708b) defines only `worker_nodes_subnet` (singular); oslo.config ignores the unknown plural, so the nested VIF driver has no worker-nodes subnet.',
            fix: `Write ${code(`worker_nodes_subnet = ${l.value ?? ''}`)}.`,
          });
        }
        if (a.ctx.era === 'newest' && l.key === 'worker_nodes_subnet') {
          out.push({
            line: l.line,
            severity: 'info',
            message:
              'Later kuryr-kubernetes (doc at 398bd461) names the option `worker_nodes_subnets`; the singular is the df-era name. Write the name that matches the pinned kuryr ref.',
            fix: `For a recent kuryr ref write ${code(`worker_nodes_subnets = ${l.value ?? ''}`)}.`,
          });
        }
      }
    }
    return out;
  },
};

const NET_FROM_SUBNET: Record<string, string> = {
  KURYR_NEUTRON_DEFAULT_POD_NET: 'KURYR_NEUTRON_DEFAULT_POD_SUBNET',
  KURYR_NEUTRON_DEFAULT_SERVICE_NET: 'KURYR_NEUTRON_DEFAULT_SERVICE_SUBNET',
};

export const podNetVariable: Rule = {
  id: 'LC606',
  name: 'pod-net-variable',
  severity: 'warning',
  summary: 'kuryr derives the pod/service network name from the *subnet* variable.',
  check: (a) =>
    perAssignment(a, (x) => {
      const subnet = NET_FROM_SUBNET[x.name];
      if (subnet) {
        const dflt = x.name.includes('POD') ? 'k8s-pod-net' : 'k8s-service-net';
        return {
          message: `kuryr's settings overwrite ${x.name} with ${code(`\${${subnet}:-${dflt}}`)} (it reads the subnet variable), so this value is never used.`,
          fix: `Set ${subnet} instead; it names both the subnet and the network.`,
        };
      }
      const net = Object.entries(NET_FROM_SUBNET).find(([, s]) => s === x.name)?.[0];
      if (!net) return undefined;
      return {
        severity: 'info',
        message: `${x.name} also renames the network: kuryr's settings set ${code(`${net}=\${${x.name}:-…}`)}.`,
        fix: 'Expect the network to carry the same name as the subnet.',
      };
    }),
};

export const portsPoolsSwitch: Rule = {
  id: 'LC607',
  name: 'ports-pools-switch',
  severity: 'info',
  summary: 'KURYR_USE_PORTS_POOLS is only tested for non-empty; KURYR_VIF_POOL_DRIVER is the real switch.',
  check: (a) =>
    perAssignment(a, (x) =>
      x.name === 'KURYR_USE_PORTS_POOLS'
        ? {
            message: `configure_kuryr tests ${code('[ "$KURYR_USE_PORTS_POOLS" ]')} (non-empty), so ${code(x.value.raw || '""')} changes nothing: the pool options are always written and KURYR_VIF_POOL_DRIVER decides whether pools are used.`,
            fix: `Set ${code('KURYR_VIF_POOL_DRIVER')} (noop to disable, neutron or nested to enable).`,
          }
        : undefined,
    ),
};

export const KURYR_DF_RULES: readonly Rule[] = [
  dragonflowConfRestart,
  wrongPoolVariable,
  unreadVariable,
  trueOnlyFlag,
  workerNodesSubnet,
  podNetVariable,
  portsPoolsSwitch,
];
