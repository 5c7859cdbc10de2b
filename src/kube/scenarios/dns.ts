/**
 * `dns`: a pod resolves a service of the workload by name, through the pod's own resolver (its resolv.conf: the
 * cluster DNS), and gets the service's ClusterIP. Two names per source pod: the short name (`to`, expanded by the
 * resolv.conf search list) and the FQDN `<to>.<namespace>.svc.<cluster domain>`. The tool is the one the pod has:
 * `nslookup` (the demo image's busybox) when present, else `getent hosts` (glibc: the sandbox's pods run the host's
 * programs). Polls until every name resolves or `within` (default 60s) passes; a failure carries each lookup's
 * output and the pod's resolv.conf.
 */
import { parseDuration } from '../../runtime/duration.js';
import { pollUntil } from '../../runtime/wait.js';
import type { LocatedScenario } from '../suite.js';
import type { KubePod, KubeService } from '../types.js';
import type { CheckKind, CheckOutcome, KindProblem, ScenarioContext } from './types.js';

/** How long a scenario waits for the names to resolve when it does not say (`within`). */
export const DEFAULT_DNS_WITHIN_MS = 60_000;
/** Seconds one lookup may take (`timeout` wraps it when the pod has it): a dead DNS server must not stall a poll. */
const LOOKUP_TIMEOUT_S = 5;
const DEFAULT_DOMAIN = 'cluster.local';

/**
 * The script run in the pod: `sh -c SCRIPT sh NAME...`. Names arrive as positional parameters (never spliced into
 * the script); markers delimit each lookup's output, exit code and the resolv.conf.
 */
export const DNS_SCRIPT = [
  'if command -v nslookup >/dev/null 2>&1; then tool=nslookup; else tool=getent; fi',
  'if command -v timeout >/dev/null 2>&1; then limit="timeout ' + String(LOOKUP_TIMEOUT_S) + '"; else limit=; fi',
  'echo "KDF-DNS-TOOL $tool"',
  'for n in "$@"; do',
  '  echo "KDF-DNS-NAME $n"',
  '  if [ "$tool" = nslookup ]; then $limit nslookup "$n" 2>&1; else $limit getent hosts "$n" 2>&1; fi',
  '  echo "KDF-DNS-EXIT $?"',
  'done',
  'echo KDF-DNS-RESOLV',
  'cat /etc/resolv.conf 2>&1',
].join('\n');

/** One name's lookup as the pod ran it. */
export interface DnsLookup {
  name: string;
  exitCode: number;
  /** IPv4 addresses of the answer (nslookup: after its `Name:` line, so not the server's). */
  addresses: string[];
  output: string;
}

/** What one run of {@link DNS_SCRIPT} printed. */
export interface DnsAttempt {
  tool: string;
  lookups: DnsLookup[];
  resolvConf: string;
}

const IPV4 = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/g;

function addressesOf(tool: string, output: string): string[] {
  const lines = output.split('\n');
  const found: string[] = [];
  if (tool === 'nslookup') {
    const start = lines.findIndex((l) => /^Name:/.test(l.trim()));
    if (start === -1) return [];
    for (const l of lines.slice(start + 1)) {
      if (/^Address(?:\s+\d+)?:/.test(l.trim())) found.push(...[...l.matchAll(IPV4)].map((m) => m[1] as string));
    }
  } else {
    for (const l of lines) {
      const first = l.trim().split(/\s+/)[0] ?? '';
      if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(first)) found.push(first);
    }
  }
  return [...new Set(found)];
}

/** Parses the output of {@link DNS_SCRIPT}; undefined when it was cut off before the resolv.conf marker. */
export function parseDnsOutput(stdout: string): DnsAttempt | undefined {
  const tool = /^KDF-DNS-TOOL (\S+)$/m.exec(stdout)?.[1];
  const resolvAt = stdout.indexOf('KDF-DNS-RESOLV\n');
  if (tool === undefined || resolvAt === -1) return undefined;
  const lookups: DnsLookup[] = [];
  const body = stdout.slice(0, resolvAt);
  const re = /^KDF-DNS-NAME (.*)\n([\s\S]*?)^KDF-DNS-EXIT (\d+)$/gm;
  for (const m of body.matchAll(re)) {
    const output = (m[2] ?? '').trimEnd();
    lookups.push({ name: m[1] ?? '', exitCode: Number(m[3]), addresses: addressesOf(tool, output), output });
  }
  return { tool, lookups, resolvConf: stdout.slice(resolvAt + 'KDF-DNS-RESOLV\n'.length) };
}

/** The cluster domain the pod's resolv.conf names (`search <ns>.svc.<domain> …`), or cluster.local. */
export function clusterDomainOf(resolvConf: string, namespace: string): string {
  const search = /^search\s+(.+)$/m.exec(resolvConf)?.[1]?.split(/\s+/) ?? [];
  const prefix = `${namespace}.svc.`;
  const own = search.find((d) => d.startsWith(prefix));
  return own === undefined ? DEFAULT_DOMAIN : own.slice(prefix.length);
}

/** Why an attempt does not count as resolved (undefined: every name answered exactly the ClusterIP). */
export function attemptProblem(a: DnsAttempt, clusterIP: string): string | undefined {
  for (const l of a.lookups) {
    if (l.exitCode !== 0 || l.addresses.length === 0) {
      return `${a.tool} ${l.name}: exit ${l.exitCode}, ${l.output.split('\n').find((x) => x.trim() !== '') ?? 'no output'}`;
    }
    if (l.addresses.join(',') !== clusterIP) {
      return `${a.tool} ${l.name} answered ${l.addresses.join(', ')}, not the ClusterIP ${clusterIP}`;
    }
  }
  return undefined;
}

async function attempt(ctx: ScenarioContext, pod: string, names: string[]): Promise<DnsAttempt | string> {
  const timeoutMs = (names.length * LOOKUP_TIMEOUT_S + 20) * 1000;
  const r = await ctx.run.deps.kubectl.exec(pod, ['sh', '-c', DNS_SCRIPT, 'sh', ...names], { timeoutMs });
  ctx.run.stats.execs++;
  return (
    parseDnsOutput(r.stdout) ??
    `kubectl exec ${pod} exited ${String(r.exitCode)}: ${r.stderr.trim() || r.stdout.trim()}`
  );
}

/**
 * Resolves the names from one pod until they answer the ClusterIP or the time is up. The short name is the service's
 * own in the pod's namespace, `<svc>.<ns>` from another one (the search list only completes `.svc.<domain>` then).
 */
async function resolveFrom(
  ctx: ScenarioContext,
  svc: KubeService,
  pod: KubePod,
  clusterIP: string,
  withinMs: number,
): Promise<{ ok: boolean; last: DnsAttempt | string; names: string[] }> {
  const podNs = pod.metadata.namespace ?? ctx.run.deps.kubectl.namespace;
  const svcNs = svc.metadata.namespace ?? podNs;
  const short = svcNs === podNs ? svc.metadata.name : `${svc.metadata.name}.${svcNs}`;
  const fqdnIn = (domain: string): string => `${svc.metadata.name}.${svcNs}.svc.${domain}`;
  let names = [short, fqdnIn(DEFAULT_DOMAIN)];
  let last: DnsAttempt | string = 'not tried';
  const ok = await pollUntil(
    async () => {
      last = await attempt(ctx, pod.metadata.name, names);
      if (typeof last === 'string') return false;
      const fqdn = fqdnIn(clusterDomainOf(last.resolvConf, podNs));
      if (fqdn !== names[1]) {
        names = [short, fqdn]; // a cluster with another domain: ask for its FQDN next time
        return false;
      }
      return attemptProblem(last, clusterIP) === undefined;
    },
    { timeoutMs: ctx.run.budget(withinMs), intervalMs: ctx.run.deps.intervalMs ?? 2000, signal: ctx.run.deps.signal },
  );
  return { ok, last, names };
}

function evidenceOf(pod: string, last: DnsAttempt | string): CheckOutcome & { status: 'failed' } {
  if (typeof last === 'string') {
    return { status: 'failed', message: last, evidence: [{ kind: 'dns', title: `lookup from ${pod}`, data: last }] };
  }
  const details = [
    ...last.lookups.map(
      (l) =>
        `$ ${last.tool === 'getent' ? 'getent hosts' : last.tool} ${l.name}  (exit ${l.exitCode})\n${l.output || '(no output)'}`,
    ),
    `$ cat /etc/resolv.conf\n${last.resolvConf.trimEnd()}`,
  ].join('\n');
  return {
    status: 'failed',
    message: '',
    details,
    evidence: [
      ...last.lookups.map((l) => ({
        kind: 'dns',
        title: `${last.tool} ${l.name} (from ${pod}, exit ${l.exitCode})`,
        data: l.output,
      })),
      { kind: 'dns', title: `/etc/resolv.conf of ${pod}`, data: last.resolvConf },
    ],
  };
}

async function run(ctx: ScenarioContext, s: LocatedScenario): Promise<CheckOutcome> {
  const svc = ctx.services.get(s.to ?? '');
  const clusterIP = svc?.clusterIP;
  if (svc === undefined || clusterIP === undefined || clusterIP === '' || clusterIP === 'None') {
    return { status: 'error', message: `service '${s.to ?? ''}' has no cluster IP to resolve to` };
  }
  const pods = [...ctx.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const sources = s.from === 'every-pod' ? pods : pods.slice(0, 1);
  if (sources.length === 0) return { skip: 'no ready pod to resolve from' };
  const withinMs = parseDuration(s.within ?? '') ?? DEFAULT_DNS_WITHIN_MS;
  const proof: { pod: string; tool: string; names: string[]; address: string }[] = [];
  for (const pod of sources) {
    const started = Date.now();
    const r = await resolveFrom(ctx, svc, pod, clusterIP, withinMs);
    const name = pod.metadata.name;
    if (!r.ok) {
      const why = typeof r.last === 'string' ? r.last : (attemptProblem(r.last, clusterIP) ?? 'no answer');
      const out = evidenceOf(name, r.last);
      const secs = Math.round((Date.now() - started) / 1000);
      return {
        ...out,
        message: `${r.names.join(' and ')} did not resolve to ${clusterIP} from ${name} in ${secs}s: ${why}`,
      };
    }
    proof.push({ pod: name, tool: typeof r.last === 'string' ? '' : r.last.tool, names: r.names, address: clusterIP });
  }
  return { status: 'passed', evidence: [{ kind: 'dns', title: 'resolved', data: proof }] };
}

/** The dns kind. */
export const dnsKind: CheckKind<'dns'> = {
  kind: 'dns',
  runs: 'now',
  run,
  validate(scenario, doc): KindProblem[] {
    const problems: KindProblem[] = [];
    // with `workloads`, the check scenarios look at the first one (as the probe kinds do)
    const workload = doc.workload ?? doc.workloads?.[0];
    const services = new Set((workload?.services ?? []).map((svc) => svc.name));
    if (!workload) problems.push({ path: ['kind'], message: 'a dns scenario needs a workload to resolve from' });
    if (scenario.to !== undefined && !services.has(scenario.to)) {
      problems.push({ path: ['to'], message: `service '${scenario.to}' is not one of workload.services` });
    }
    if (scenario.within !== undefined && parseDuration(scenario.within) === undefined) {
      problems.push({ path: ['within'], message: `'within' is not a duration: ${scenario.within}` });
    }
    return problems;
  },
};
