/**
 * Cluster DNS of the kube sandbox (`kdf-kube init --cluster-dns`): the kube-dns Service and the coredns Deployment,
 * the CoreDNS image run as sandbox/kube/dns-server in its pod, and each pod's resolv.conf written by the kubelet for
 * dnsPolicy ClusterFirst to /etc/netns/<pod netns>/resolv.conf (what `kubectl exec` sees) and removed with the pod.
 * `cni: local` routes no ClusterIP, so the name is resolved here against the coredns pod's IP (busybox nslookup);
 * the path through the ClusterIP and Kuryr's load balancer is test/e2e/dns.test.ts. Needs root.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { KUBE_DIR, TempCluster, eventually, isRoot } from './cluster.js';

jest.setTimeout(120_000);

type Pod = {
  metadata: { name: string; namespace: string; uid: string };
  spec: { dnsPolicy?: string };
  status: { phase?: string; podIP?: string };
};
type List = { items: Pod[] };

const d = isRoot() ? describe : describe.skip;
let c: TempCluster;

beforeAll(async () => {
  if (isRoot()) c = await TempCluster.start('dns', '10.198.0.0/24', { clusterDns: true });
});
afterAll(async () => {
  if (c) await c.stop();
});

describe('sandbox/kube Python unit tests (dns-server, cluster DNS set-up)', () => {
  it('dns-server answers A, PTR, NXDOMAIN, NODATA, FORMERR over UDP and TCP on 127.0.0.1; kube-dns, coredns, resolv.conf', () => {
    const r = spawnSync('/usr/bin/python3', ['-B', '-m', 'unittest', 'discover', '-v', '-s', 'tests', '-t', '.'], {
      cwd: KUBE_DIR,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toMatch(/^Ran \d+ tests/m);
    expect(r.stderr).toMatch(/^OK$/m);
    expect(r.status).toBe(0);
  });
});

async function running(ns: string, selector: string): Promise<Pod[]> {
  return eventually(
    async () => (await c.json<List>('get', 'pods', '-n', ns, '-l', selector)).items,
    (ps) => ps.length > 0 && ps.every((p) => p.status.phase === 'Running' && p.status.podIP),
    60_000,
  );
}

const podNetns = (p: Pod): string => `${c.sbx}-pod-${p.metadata.uid.slice(0, 8)}`;

d('cluster DNS', () => {
  it('kdf-kube init --cluster-dns made kube-dns on the 10th host of the range and a running coredns pod', async () => {
    const svc = await c.json<{ spec: { clusterIP: string; ports: unknown[]; selector: unknown } }>(
      'get',
      'svc',
      'kube-dns',
      '-n',
      'kube-system',
    );
    expect(svc.spec.clusterIP).toBe('10.0.0.138');
    expect(svc.spec.selector).toEqual({ 'k8s-app': 'kube-dns' });
    expect(svc.spec.ports).toEqual([
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
    ]);
    const [dns] = await running('kube-system', 'k8s-app=kube-dns');
    expect(dns?.spec.dnsPolicy).toBe('Default');
    // CoreDNS itself uses the node's resolv.conf: the kubelet writes none for it
    expect(existsSync(join('/etc/netns', podNetns(dns as Pod)))).toBe(false);
    // a new service never gets the DNS address
    await c.ok('create', 'deployment', 'demo', '--image=quay.io/kuryr/demo');
    await c.ok('expose', 'deployment', 'demo', '--port=80', '--target-port=8080');
    const demoSvc = await c.json<{ spec: { clusterIP: string } }>('get', 'svc', 'demo');
    expect(demoSvc.spec.clusterIP).not.toBe('10.0.0.138');
  });

  it('writes a ClusterFirst pod resolv.conf that kubectl exec sees, and a lookup through it is answered', async () => {
    const [demo] = await running('default', 'app=demo');
    const [dns] = await running('kube-system', 'k8s-app=kube-dns');
    const want =
      'nameserver 10.0.0.138\nsearch default.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n';
    expect(readFileSync(join('/etc/netns', podNetns(demo as Pod), 'resolv.conf'), 'utf8')).toBe(want);
    expect(await c.ok('exec', demo?.metadata.name ?? '', '--', 'cat', '/etc/resolv.conf')).toBe(want);
    const svc = await c.json<{ spec: { clusterIP: string } }>('get', 'svc', 'demo');
    // from the pod's namespace to the coredns pod over the bridge (busybox's nslookup does not use the search list)
    const lookup = (name: string) =>
      c.kubectl(['exec', demo?.metadata.name ?? '', '--', 'busybox', 'nslookup', name, dns?.status.podIP ?? '']);
    const r = await lookup('demo.default.svc.cluster.local');
    expect(r.stdout).toMatch(new RegExp(`Address:\\s+${svc.spec.clusterIP.replace(/\./g, '\\.')}$`, 'm'));
    expect(r.exitCode).toBe(0);
    const missing = await lookup('nope.default.svc.cluster.local');
    expect(missing.exitCode).not.toBe(0);
    expect(missing.stdout).toContain('NXDOMAIN');
  });

  it('removes the resolv.conf with the pod', async () => {
    const [demo] = await running('default', 'app=demo');
    const dir = join('/etc/netns', podNetns(demo as Pod));
    expect(existsSync(dir)).toBe(true);
    await c.ok('delete', 'pod', demo?.metadata.name ?? '', '--wait=true');
    await eventually(
      async () => existsSync(dir),
      (present) => !present,
      30_000,
    );
  });
});
