"""Fault injection for tests (`kdf sandbox fault`), all inside the sandbox's namespaces; every fault is recorded in
STATE/kube/faults.json so `clear` undoes it.

    kdf-fault --state-dir DIR [--namespace SBX] [--cluster NAME] KIND ARGS...
      drop-pod NS/POD                 iptables DROP on INPUT inside the pod's netns (probes time out: curl 28)
      blackhole-member NS/SVC NS/POD  a blackhole route to the pod's IP inside the service's LB netns
      port-down NS/POD                `openstack port set --disable` on the pod's port (the emulator downs eth0)
      delay-pod NS/POD MS             delay every reply of the pod (tc netem when the kernel has it, else a
                                      delay shim in the pod's netns that the demo ports are REDIRECTed to)
      kill-pod NS/POD                 SIGKILL the pod's demo process (connection refused: curl 7)
      drop-sg-rule SG [RULE_ID]       delete a rule of security group SG (name or id) through Neutron; without
                                      RULE_ID the one letting tcp/8080 in (else the broadest ingress rule)
      stop-kuryr-controller           the emulator creates and deletes no ports, LBs or SGs (every cluster of the
                                      state dir, as `systemctl stop devstack@kuryr-kubernetes`)
      stop-dns                        scale kube-system/coredns to 0 (lookups through kube-dns time out)
      clear [TARGET]                  undo every fault, or those of TARGET (NS/POD, NS/SVC, SG, kuryr-controller)
      list                            print the recorded faults (JSON)
"""
import argparse
import fcntl
import json
import os
import signal
import subprocess
import sys
import time

from . import dnsfault, naming, sgfault, sh, store

COMMENT = 'kdf-fault'


class FaultError(Exception):
    pass


def _faults_path(state_dir):
    return os.path.join(store.kube_dir(state_dir), 'faults.json')


class _Locked:
    def __init__(self, state_dir):
        self.path = _faults_path(state_dir)
        os.makedirs(os.path.dirname(self.path), exist_ok=True)

    def __enter__(self):
        self.lock = open(self.path + '.lock', 'w')
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        self.faults = (store.read_json(self.path) or {}).get('faults', [])
        return self

    def save(self):
        store.write_json(self.path, {'faults': self.faults})

    def __exit__(self, *exc):
        self.lock.close()


def _split(target, what):
    if '/' not in target:
        raise FaultError('%s must be NAMESPACE/NAME, got %r' % (what, target))
    ns, name = target.split('/', 1)
    return ns, name


def _cluster(state_dir, name):
    found = store.clusters(state_dir)
    if name:
        for d, cfg in found:
            if os.path.basename(d) == name:
                return d, cfg
        raise FaultError('no cluster %r in %s' % (name, state_dir))
    if len(found) == 1:
        return found[0]
    for d, cfg in found:
        if os.path.basename(d) == 'kdf':
            return d, cfg
    raise FaultError('give --cluster (clusters: %s)' % ', '.join(os.path.basename(d) for d, _ in found) or 'none')


def _pod(cluster_dir, target):
    ns, name = _split(target, 'the pod')
    pod = store.get_object(cluster_dir, 'pods', ns, name)
    if pod is None:
        raise FaultError('pod %s not found' % target)
    rec = store.read_json(store.kuryr_path(cluster_dir, 'pods', ns, name))
    if rec is None:
        raise FaultError('pod %s has no Kuryr port yet (not wired)' % target)
    return pod, rec


def _netns_argv(netns, argv):
    return ['ip', 'netns', 'exec', netns] + argv


def _has_netem(netns):
    proc = sh.run(_netns_argv(netns, ['tc', 'qdisc', 'add', 'dev', 'lo', 'root', 'netem', 'delay', '1ms']),
                  check=False)
    if proc.returncode == 0:
        sh.run(_netns_argv(netns, ['tc', 'qdisc', 'del', 'dev', 'lo', 'root']), check=False)
        return True
    return False


DEMO_PORTS = {'tcp': (8080, 18080), 'udp': (9090, 19090)}  # demo server port -> shim port


def _redirect_rules(proto):
    port, shim = DEMO_PORTS[proto]
    return ['PREROUTING', '-p', proto, '--dport', str(port), '-m', 'comment', '--comment', COMMENT, '-j',
            'REDIRECT', '--to-ports', str(shim)]


def _start_delay_shim(netns, ms):
    """No sch_netem in the kernel: REDIRECT the demo ports to kdfkuryr.delayshim in the pod's netns."""
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=pkg, PYTHONDONTWRITEBYTECODE='1')
    argv = _netns_argv(netns, [sys.executable, '-m', 'kdfkuryr.delayshim', '--delay-ms', str(ms),
                               '--tcp', '%d:%d' % DEMO_PORTS['tcp'][::-1], '--udp', '%d:%d' % DEMO_PORTS['udp'][::-1]])
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env, start_new_session=True, cwd=pkg)
    deadline = time.time() + 5
    def listening(proto):
        flag = '-ltn' if proto == 'tcp' else '-lun'
        out = sh.run(_netns_argv(netns, ['ss', '-H', flag, 'sport', '= :%d' % DEMO_PORTS[proto][1]]), check=False)
        return bool(out.stdout.strip())

    while not all(listening(p) for p in DEMO_PORTS):
        if time.time() > deadline or proc.poll() is not None:
            proc.kill()
            raise FaultError('the delay shim did not start in %s' % netns)
        time.sleep(0.1)
    for proto in DEMO_PORTS:
        sh.run(_netns_argv(netns, ['iptables', '-t', 'nat', '-I'] + _redirect_rules(proto)))
    return {'how': 'shim', 'pid': proc.pid}


def _stop_delay_shim(f):
    for proto in DEMO_PORTS:
        while sh.ok(_netns_argv(f['netns'], ['iptables', '-t', 'nat', '-D'] + _redirect_rules(proto))):
            pass
    try:
        os.killpg(f['pid'], signal.SIGTERM)
    except ProcessLookupError:
        pass


def inject(state_dir, sbx, cluster, kind, args):
    cluster_dir, cfg = _cluster(state_dir, cluster)
    sbx = cfg.get('sandboxNamespace') or sbx
    entry = {'kind': kind, 'cluster': os.path.basename(cluster_dir), 'at': time.strftime('%Y-%m-%dT%H:%M:%SZ',
                                                                                       time.gmtime())}
    if kind in ('drop-pod', 'port-down', 'kill-pod', 'delay-pod'):
        want = 2 if kind == 'delay-pod' else 1
        if len(args) != want:
            raise FaultError('%s takes %s' % (kind, 'NS/POD MS' if want == 2 else 'NS/POD'))
        pod, rec = _pod(cluster_dir, args[0])
        entry.update({'target': args[0], 'netns': rec['netns'], 'portId': rec['portId'], 'ip': rec['ip']})
        if kind == 'drop-pod':
            sh.run(_netns_argv(rec['netns'], ['iptables', '-I', 'INPUT', '-m', 'comment', '--comment', COMMENT,
                                              '-j', 'DROP']))
        elif kind == 'port-down':
            sh.run(['openstack', '--os-cloud', cfg.get('cloud') or 'devstack-admin', 'port', 'set', '--disable',
                    rec['portId']], timeout=120)
        elif kind == 'kill-pod':
            pidfile = os.path.join(cluster_dir, 'run', 'pods', pod['metadata']['uid'] + '.pid')
            try:
                pid = int(open(pidfile).read().strip())
            except (FileNotFoundError, ValueError):
                raise FaultError('pod %s has no demo process (%s)' % (args[0], pidfile))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            entry['pid'] = pid
        else:
            ms = int(args[1])
            if ms < 0:
                raise FaultError('delay must be >= 0 ms')
            entry['ms'] = ms
            if _has_netem(rec['netns']):
                sh.run(_netns_argv(rec['netns'], ['tc', 'qdisc', 'replace', 'dev', 'eth0', 'root', 'netem', 'delay',
                                                  '%dms' % ms]))
                entry['how'] = 'netem'
            else:
                entry.update(_start_delay_shim(rec['netns'], ms))
    elif kind == 'blackhole-member':
        if len(args) != 2:
            raise FaultError('blackhole-member takes NS/SVC NS/POD')
        sns, sname = _split(args[0], 'the service')
        svc = store.read_json(store.kuryr_path(cluster_dir, 'services', sns, sname))
        if svc is None or not svc.get('loadBalancerId'):
            raise FaultError('service %s has no load balancer yet' % args[0])
        _, rec = _pod(cluster_dir, args[1])
        netns = naming.lb_netns(sbx, svc['loadBalancerId'])
        sh.run(['ip', '-n', netns, 'route', 'replace', 'blackhole', rec['ip'] + '/32'])
        entry.update({'target': args[0], 'member': args[1], 'netns': netns, 'ip': rec['ip']})
    elif kind == 'drop-sg-rule':
        if len(args) not in (1, 2):
            raise FaultError('drop-sg-rule takes SG [RULE_ID]')
        try:
            entry.update(sgfault.drop_rule(state_dir, cfg, args[0], args[1] if len(args) == 2 else None))
        except LookupError as err:
            raise FaultError(str(err).strip('"'))
        entry['target'] = args[0]
    elif kind == 'stop-kuryr-controller':
        if args:
            raise FaultError('stop-kuryr-controller takes no argument')
        entry.update(sgfault.stop_controller(state_dir))
    elif kind == 'stop-dns':
        if args:
            raise FaultError('stop-dns takes no arguments')
        try:
            entry.update(dnsfault.stop(cluster_dir))
        except dnsfault.NoClusterDns as err:
            raise FaultError(str(err))
    else:
        raise FaultError('unknown fault %r (drop-pod, blackhole-member, port-down, delay-pod, kill-pod, drop-sg-rule, '
                         'stop-kuryr-controller, stop-dns, clear, list)' % kind)
    with _Locked(state_dir) as lk:
        lk.faults.append(entry)
        lk.save()
    return entry


def _undo(state_dir, f):
    kind = f['kind']
    if kind == 'drop-pod':
        while sh.ok(_netns_argv(f['netns'], ['iptables', '-D', 'INPUT', '-m', 'comment', '--comment', COMMENT,
                                             '-j', 'DROP'])):
            pass
    elif kind == 'port-down':
        cluster_dir = os.path.join(store.kube_dir(state_dir), 'clusters', f['cluster'])
        cfg = store.read_json(os.path.join(cluster_dir, 'cluster.json')) or {}
        sh.run(['openstack', '--os-cloud', cfg.get('cloud') or 'devstack-admin', 'port', 'set', '--enable',
                f['portId']], check=False, timeout=120)
    elif kind == 'delay-pod':
        if f.get('how') == 'netem':
            sh.run(_netns_argv(f['netns'], ['tc', 'qdisc', 'del', 'dev', 'eth0', 'root']), check=False)
        else:
            _stop_delay_shim(f)
    elif kind == 'blackhole-member':
        sh.run(['ip', '-n', f['netns'], 'route', 'del', 'blackhole', f['ip'] + '/32'], check=False)
    elif kind == 'drop-sg-rule':
        cfg = store.read_json(os.path.join(store.kube_dir(state_dir), 'clusters', f['cluster'], 'cluster.json')) or {}
        f['recreated'] = sgfault.restore_rule(state_dir, cfg, f)
    elif kind == 'stop-kuryr-controller':
        sgfault.start_controller(f)
    elif kind == 'stop-dns':
        dnsfault.restore(os.path.join(store.kube_dir(state_dir), 'clusters', f['cluster']), f)
    # kill-pod: nothing to undo here; the kubelet restarts the container (restartPolicy Always)


def clear(state_dir, target=None):
    with _Locked(state_dir) as lk:
        keep, done = [], []
        for f in lk.faults:
            if target is None or target in (f.get('target'), f.get('member'), f.get('sgId'), f.get('sgName')):
                _undo(state_dir, f)
                done.append(f)
            else:
                keep.append(f)
        lk.faults = keep
        lk.save()
    return done


def main(argv=None):
    ap = argparse.ArgumentParser(prog='kdf-fault', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--state-dir', required=True)
    ap.add_argument('--namespace', default='kdf-sbx')
    ap.add_argument('--cluster')
    ap.add_argument('kind')
    ap.add_argument('args', nargs='*')
    a = ap.parse_args(argv)
    state_dir = os.path.abspath(a.state_dir)
    os.environ.setdefault('OS_CLIENT_CONFIG_FILE', os.path.join(state_dir, 'clouds.yaml'))
    try:
        if a.kind == 'clear':
            if len(a.args) > 1:
                raise FaultError('clear takes at most one target')
            done = clear(state_dir, a.args[0] if a.args else None)
            print(json.dumps({'cleared': done}, indent=2))
        elif a.kind == 'list':
            print(json.dumps((store.read_json(_faults_path(state_dir)) or {}).get('faults', []), indent=2))
        else:
            print(json.dumps(inject(state_dir, a.namespace, a.cluster, a.kind, a.args), indent=2))
    except (FaultError, sh.CommandError) as err:
        print('kdf-fault: %s' % err, file=sys.stderr)
        return 2
    return 0
