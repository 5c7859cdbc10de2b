/**
 * Load-time rules of namespaces, workloads, policies and `steps` scenarios that the JSON Schema cannot express:
 * unique names, references to workloads, namespaces, policies and services that exist, NetworkPolicy rules Kubernetes
 * would refuse (an ipBlock with a selector, a bad CIDR, an `except` outside its CIDR), and one action per step. Each
 * problem carries its path in the suite document, so the loader reports it at its `file:line`.
 */
import type { KindProblem } from './scenarios/types.js';
import { STEP_ACTIONS } from './steps/actions/index.js';
import { STEP_EXPECTATIONS } from './steps/expect/index.js';
import {
  DEFAULT_WORKLOAD_NAME,
  STEP_ACTION_NAMES,
  type NetworkPolicySpec,
  type PolicyPeer,
  type SuiteService,
  type SuiteStep,
  type SuiteWorkloadSpec,
} from './suite-objects.js';
import type { SuiteDocument } from './suite.js';

type Path = (string | number)[];

/** The workloads of a suite (`workloads`, or the one `workload` named `demo` by default) with their path. */
export function suiteWorkloads(doc: SuiteDocument): { spec: SuiteWorkloadSpec; name: string; path: Path }[] {
  if (doc.workloads) return doc.workloads.map((w, i) => ({ spec: w, name: w.name, path: ['workloads', i] }));
  if (doc.workload)
    return [{ spec: doc.workload, name: doc.workload.name ?? DEFAULT_WORKLOAD_NAME, path: ['workload'] }];
  return [];
}

/** Every service of the suite by name, with its workload. */
export function suiteServices(doc: SuiteDocument): Map<string, { service: SuiteService; workload: string }> {
  const out = new Map<string, { service: SuiteService; workload: string }>();
  for (const w of suiteWorkloads(doc)) {
    for (const s of w.spec.services ?? []) if (!out.has(s.name)) out.set(s.name, { service: s, workload: w.name });
  }
  return out;
}

const list = (names: Iterable<string>): string => [...names].join(', ') || 'none';

/** Names known to the suite, for the reference checks. */
interface Known {
  workloads: Set<string>;
  namespaces: Set<string>;
  policies: Set<string>;
  services: Map<string, { service: SuiteService; workload: string }>;
}

function known(doc: SuiteDocument): Known {
  return {
    workloads: new Set(suiteWorkloads(doc).map((w) => w.name)),
    namespaces: new Set((doc.namespaces ?? []).map((n) => n.name)),
    policies: new Set(Object.keys(doc.policies ?? {})),
    services: suiteServices(doc),
  };
}

function unknown(what: string, name: string, names: Iterable<string>, key: string): string {
  return `unknown ${what} '${name}' (the suite's ${key}: ${list(names)})`;
}

/** Every rule of this module; paths are absolute in the document. */
export function referenceProblems(doc: SuiteDocument): KindProblem[] {
  const k = known(doc);
  const out: KindProblem[] = [];
  if (doc.workload && doc.workloads) {
    out.push({ path: ['workloads'], message: "give either 'workload' or 'workloads', not both" });
  }
  duplicates(
    (doc.namespaces ?? []).map((n, i) => ({ name: n.name, path: ['namespaces', i, 'name'] })),
    'namespace',
    out,
  );
  duplicates(
    (doc.workloads ?? []).map((w, i) => ({ name: w.name, path: ['workloads', i, 'name'] })),
    'workload',
    out,
  );
  const services = suiteWorkloads(doc).flatMap((w) =>
    (w.spec.services ?? []).map((s, j) => ({ name: s.name, path: [...w.path, 'services', j, 'name'] })),
  );
  duplicates(services, 'service', out);
  (doc.workloads ?? []).forEach((w, i) => {
    if (w.name === 'host')
      out.push({ path: ['workloads', i, 'name'], message: "'host' names the runner in a matrix: rename the workload" });
    if (w.name === 'node')
      out.push({ path: ['workloads', i, 'name'], message: "'node' names the nodes in a matrix: rename the workload" });
    if (w.namespace !== undefined && !k.namespaces.has(w.namespace)) {
      out.push({
        path: ['workloads', i, 'namespace'],
        message: unknown('namespace', w.namespace, k.namespaces, 'namespaces'),
      });
    }
    if (w.scaleFrom !== undefined && w.replicas !== undefined && w.scaleFrom > w.replicas) {
      out.push({
        path: ['workloads', i, 'scaleFrom'],
        message: `'scaleFrom' (${w.scaleFrom}) exceeds replicas (${w.replicas})`,
      });
    }
  });
  for (const [name, policy] of Object.entries(doc.policies ?? {})) {
    const path = ['policies', name];
    if (policy.namespace !== undefined && !k.namespaces.has(policy.namespace)) {
      out.push({
        path: [...path, 'namespace'],
        message: unknown('namespace', policy.namespace, k.namespaces, 'namespaces'),
      });
    }
    out.push(...policyProblems(policy.spec, [...path, 'spec'], k));
  }
  doc.scenarios.forEach((s, i) => {
    if (s.kind !== 'steps' && s.steps !== undefined) {
      out.push({ path: ['scenarios', i, 'steps'], message: `'steps' belongs to kind steps, not ${s.kind}` });
    }
    (s.steps ?? []).forEach((step, j) => out.push(...stepProblems(step, ['scenarios', i, 'steps', j], k, doc)));
  });
  return out;
}

function duplicates(items: { name: string; path: Path }[], what: string, out: KindProblem[]): void {
  const seen = new Set<string>();
  for (const { name, path } of items) {
    if (seen.has(name)) out.push({ path, message: `${what} name '${name}' is used twice` });
    seen.add(name);
  }
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const PLACEHOLDER = /\$\{([A-Za-z]+):([^}]*)\}/g;

/** An IPv4 CIDR as [network as a number, prefix length], or undefined when it is not one. */
export function parseCidr(text: string): [number, number] | undefined {
  const m = IPV4_CIDR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  return [octets.reduce((a, o) => a * 256 + o, 0), bits];
}

function within(inner: [number, number], outer: [number, number]): boolean {
  const size = 2 ** (32 - outer[1]);
  return inner[1] >= outer[1] && Math.floor(inner[0] / size) === Math.floor(outer[0] / size);
}

/** The `${podIP:w}` / `${cidr:ns}` placeholders of a string that name nothing the suite has. */
function placeholderProblems(text: string, path: Path, k: Known): KindProblem[] {
  const out: KindProblem[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [, kind = '', name = ''] = m;
    if (kind === 'podIP' && !k.workloads.has(name)) {
      out.push({ path, message: `\${podIP:${name}}: ${unknown('workload', name, k.workloads, 'workloads')}` });
    } else if (kind === 'cidr' && !k.namespaces.has(name)) {
      out.push({ path, message: `\${cidr:${name}}: ${unknown('namespace', name, k.namespaces, 'namespaces')}` });
    } else if (kind !== 'podIP' && kind !== 'cidr') {
      out.push({
        path,
        message: `unknown placeholder \${${kind}:${name}} (use \${podIP:<workload>} or \${cidr:<namespace>})`,
      });
    }
  }
  return out;
}

/** A CIDR that may be a placeholder: its shape once resolved (placeholders stand for a valid value). */
function cidrProblems(text: string, path: Path, k: Known): { problems: KindProblem[]; cidr?: [number, number] } {
  const problems = placeholderProblems(text, path, k);
  if (/^\$\{cidr:[^}]*\}$/.test(text) || /^\$\{podIP:[^}]*\}\/32$/.test(text)) return { problems };
  const cidr = parseCidr(text);
  if (!cidr) problems.push({ path, message: `'${text}' is not an IPv4 CIDR (a.b.c.d/n)` });
  return { problems, cidr };
}

function peerProblems(peer: PolicyPeer, path: Path, k: Known): KindProblem[] {
  const out: KindProblem[] = [];
  if (peer.ipBlock && (peer.podSelector || peer.namespaceSelector)) {
    out.push({
      path,
      message: 'an ipBlock peer cannot also have a podSelector or namespaceSelector (Kubernetes refuses it)',
    });
  }
  if (!peer.ipBlock) return out;
  const outer = cidrProblems(peer.ipBlock.cidr, [...path, 'ipBlock', 'cidr'], k);
  out.push(...outer.problems);
  (peer.ipBlock.except ?? []).forEach((e, i) => {
    const p = [...path, 'ipBlock', 'except', i];
    const inner = cidrProblems(e, p, k);
    out.push(...inner.problems);
    if (inner.cidr && outer.cidr && (!within(inner.cidr, outer.cidr) || inner.cidr[1] === outer.cidr[1])) {
      out.push({ path: p, message: `except '${e}' is not inside cidr '${peer.ipBlock?.cidr ?? ''}'` });
    }
  });
  return out;
}

function selectorProblems(sel: PolicyPeer['podSelector'], path: Path): KindProblem[] {
  return (sel?.matchExpressions ?? []).flatMap((e, i) => {
    const withValues = e.operator === 'In' || e.operator === 'NotIn';
    if (withValues && (e.values ?? []).length === 0) {
      return [{ path: [...path, 'matchExpressions', i], message: `operator ${e.operator} needs values` }];
    }
    if (!withValues && e.values !== undefined && e.values.length > 0) {
      return [{ path: [...path, 'matchExpressions', i], message: `operator ${e.operator} takes no values` }];
    }
    return [];
  });
}

/** NetworkPolicy rules Kubernetes' validation enforces beyond the shape. */
function policyProblems(spec: NetworkPolicySpec, path: Path, k: Known): KindProblem[] {
  const out = selectorProblems(spec.podSelector, [...path, 'podSelector']);
  const rules = [
    ...(spec.ingress ?? []).map((r, i) => ({
      peers: r.from ?? [],
      ports: r.ports ?? [],
      at: [...path, 'ingress', i],
      key: 'from',
    })),
    ...(spec.egress ?? []).map((r, i) => ({
      peers: r.to ?? [],
      ports: r.ports ?? [],
      at: [...path, 'egress', i],
      key: 'to',
    })),
  ];
  for (const r of rules) {
    r.peers.forEach((peer, j) => {
      const p = [...r.at, r.key, j];
      out.push(...peerProblems(peer, p, k));
      out.push(...selectorProblems(peer.podSelector, [...p, 'podSelector']));
      out.push(...selectorProblems(peer.namespaceSelector, [...p, 'namespaceSelector']));
    });
    r.ports.forEach((port, j) => {
      if (port.endPort === undefined) return;
      const p = [...r.at, 'ports', j, 'endPort'];
      if (typeof port.port !== 'number') out.push({ path: p, message: 'endPort needs a numeric port' });
      else if (port.endPort < port.port)
        out.push({ path: p, message: `endPort ${port.endPort} is below port ${port.port}` });
    });
  }
  return out;
}

/** One step: one action at most, references that exist, and the registry modules' own rules. */
function stepProblems(step: SuiteStep, path: Path, k: Known, doc: SuiteDocument): KindProblem[] {
  const out: KindProblem[] = [];
  const actions = STEP_ACTION_NAMES.filter((n) => step[n] !== undefined);
  if (actions.length > 1) {
    out.push({ path, message: `a step takes one action, this one has ${actions.join(', ')}: split it into steps` });
  }
  if (actions.length === 0 && step.expect === undefined) {
    out.push({ path, message: `a step needs an action (${STEP_ACTION_NAMES.join(', ')}) or 'expect'` });
  }
  const ref = (
    set: Set<string> | Map<string, unknown>,
    what: string,
    key: string,
    name: string | undefined,
    p: Path,
  ): void => {
    if (name !== undefined && !set.has(name))
      out.push({ path: [...path, ...p], message: unknown(what, name, set.keys(), key) });
  };
  ref(k.policies, 'policy', 'policies', step['apply-policy'], ['apply-policy']);
  ref(k.policies, 'policy', 'policies', step['delete-policy'], ['delete-policy']);
  ref(k.policies, 'policy', 'policies', step['update-policy']?.name, ['update-policy', 'name']);
  ref(k.policies, 'policy', 'policies', step['update-policy']?.to, ['update-policy', 'to']);
  ref(k.namespaces, 'namespace', 'namespaces', step['label-namespace']?.namespace, ['label-namespace', 'namespace']);
  ref(k.workloads, 'workload', 'workloads', step.scale?.workload, ['scale', 'workload']);
  ref(k.workloads, 'workload', 'workloads', step['delete-pods']?.workload, ['delete-pods', 'workload']);
  ref(k.workloads, 'workload', 'workloads', step['rollout-restart'], ['rollout-restart']);
  ref(k.services, 'service', 'services', step['delete-loadbalancer'], ['delete-loadbalancer']);
  ref(k.services, 'service', 'services', step['delete-listener'], ['delete-listener']);
  ref(k.workloads, 'workload', 'workloads', step['security-group-rule']?.to, ['security-group-rule', 'to']);
  ref(k.workloads, 'workload', 'workloads', step['security-group-rule']?.from, ['security-group-rule', 'from']);
  const e = step.expect;
  (e?.members ?? []).forEach((s, i) => ref(k.services, 'service', 'services', s, ['expect', 'members', i]));
  (e?.everyBackend ?? []).forEach((s, i) => ref(k.services, 'service', 'services', s, ['expect', 'everyBackend', i]));
  for (const w of Object.keys(e?.pods ?? {})) ref(k.workloads, 'workload', 'workloads', w, ['expect', 'pods', w]);
  (e?.reachability?.matrix ?? []).forEach((cell, i) =>
    out.push(
      ...cellProblems(cell, [...path, 'expect', 'reachability', 'matrix', i], k, e?.reachability?.protocol ?? 'http'),
    ),
  );
  // the registry modules' own rules (paths relative to the step)
  for (const name of actions) {
    for (const p of STEP_ACTIONS[name]?.validate?.(step[name], doc) ?? [])
      out.push({ path: [...path, name, ...p.path], message: p.message });
  }
  for (const [name, arg] of Object.entries(e ?? {})) {
    const unit = Object.hasOwn(STEP_EXPECTATIONS, name) ? STEP_EXPECTATIONS[name] : undefined;
    for (const p of unit?.validate?.(arg, doc) ?? [])
      out.push({ path: [...path, 'expect', name, ...p.path], message: p.message });
  }
  return out;
}

function cellProblems(cell: { from: string; to: string }, path: Path, k: Known, protocol: string): KindProblem[] {
  const out: KindProblem[] = [];
  const workloadOf = (end: string): string => end.split('/')[0] ?? end;
  if (cell.from !== 'host' && !k.workloads.has(workloadOf(cell.from))) {
    out.push({
      path: [...path, 'from'],
      message: unknown('workload', workloadOf(cell.from), k.workloads, 'workloads'),
    });
  }
  const svc = /^service:([^@]+)(@external)?$/.exec(cell.to);
  if (svc) {
    const found = k.services.get(svc[1] ?? '');
    if (!found)
      out.push({ path: [...path, 'to'], message: unknown('service', svc[1] ?? '', k.services.keys(), 'services') });
    else if (svc[2] && found.service.type !== 'LoadBalancer') {
      out.push({
        path: [...path, 'to'],
        message: `service '${svc[1] ?? ''}' has no external IP: give it type LoadBalancer`,
      });
    }
  } else if (cell.to === 'host') {
    out.push({ path: [...path, 'to'], message: "'host' can only be a source ('from')" });
  } else if (cell.to === 'node') {
    // a node runs no demo server: only a ping has something to answer it
    if (protocol !== 'icmp')
      out.push({ path: [...path, 'to'], message: "'node' is probed with ping: give the reachability protocol: icmp" });
  } else if (!k.workloads.has(workloadOf(cell.to))) {
    out.push({ path: [...path, 'to'], message: unknown('workload', workloadOf(cell.to), k.workloads, 'workloads') });
  }
  return out;
}
