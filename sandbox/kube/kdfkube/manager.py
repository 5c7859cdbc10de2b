"""kube-manager: the controllers (deployment, replicaset, endpoints, garbage collection, namespace), the scheduler
and the kubelet of every cluster under STATE/kube/clusters, in one polling loop (~200 ms).

Every pass over a cluster runs under the cluster's flock, so kubectl's read-modify-writes never interleave with it.
"""

import copy
import ipaddress
import json
import os
import signal
import subprocess
import sys
import time
import uuid

from . import clusterdns, dataplane, labels, readiness, store
from .store import new_object, now_rfc3339

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO_SERVER = os.path.normpath(os.path.join(HERE, '..', 'demo-server'))
DEMO_IMAGE = 'quay.io/kuryr/demo'
PY = '/usr/bin/python3'


def log(msg):
    sys.stderr.write(time.strftime('%Y-%m-%dT%H:%M:%S ') + msg + '\n')
    sys.stderr.flush()


# ------------------------------------------------------------------------------------------------------------------
# helpers shared with kubectl


def host_network(pod):
    """True for a pod with `spec.hostNetwork`: it runs in its node's network namespace, with the node's address."""
    return bool((pod.get('spec') or {}).get('hostNetwork'))


def node_netns(cluster):
    """The network namespace of the cluster's nodes, where hostNetwork pods run: a nested cluster's node is the trunk
    VM (its namespace, as the data plane names it), a baremetal cluster's nodes are the DevStack host, the sandbox's
    own namespace."""
    vm = cluster.config.get('vm') or {}
    if cluster.config.get('mode') == 'nested' and vm.get('serverId'):
        return vm.get('netns') or f'{cluster.sbx}-vm-{vm["serverId"][:8]}'
    return cluster.sbx


def pod_netns(cluster, pod):
    if host_network(pod):
        return node_netns(cluster)
    return f'{cluster.sbx}-pod-{pod["metadata"]["uid"][:8]}'


def is_demo_image(image):
    name = image.split('@')[0]
    repo = name.rsplit(':', 1)[0] if ':' in name.split('/')[-1] else name
    return repo in (DEMO_IMAGE, 'docker.io/' + DEMO_IMAGE)


def template_hash(template, collision_count=0):
    """pod-template-hash as the deployment controller computes it: fnv-32a of the template, printed in decimal,
    then rand.SafeEncodeString (each digit mapped into the alphabet bcdfghjklmnpqrstvwxz2456789)."""
    data = json.dumps(template, sort_keys=True).encode() + str(collision_count).encode()
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return ''.join(store.ALPHANUMS[ord(c) % len(store.ALPHANUMS)] for c in str(h))


def is_controller_of(obj, owner):
    for ref in obj['metadata'].get('ownerReferences') or []:
        if ref.get('uid') == owner['metadata']['uid']:
            return True
    return False


def owner_uid(obj):
    for ref in obj['metadata'].get('ownerReferences') or []:
        if ref.get('controller'):
            return ref.get('uid')
    return None


def cond(type_, status, reason=None, message=None, probe=True, ts=None, update=False):
    c = {'type': type_, 'status': status}
    if probe:
        c['lastProbeTime'] = None
    if update:
        c['lastUpdateTime'] = ts or now_rfc3339()
    c['lastTransitionTime'] = ts or now_rfc3339()
    if reason:
        c['reason'] = reason
    if message:
        c['message'] = message
    return c


def set_condition(conds, new):
    """Replaces the condition of new's type, keeping lastTransitionTime when the status did not change."""
    for i, c in enumerate(conds):
        if c['type'] == new['type']:
            if c.get('status') == new.get('status'):
                new['lastTransitionTime'] = c.get('lastTransitionTime', new['lastTransitionTime'])
                if 'lastUpdateTime' in new and c.get('reason') == new.get('reason') and c.get('message') == new.get(
                    'message'
                ):
                    new['lastUpdateTime'] = c.get('lastUpdateTime', new['lastUpdateTime'])
            conds[i] = new
            return
    conds.append(new)


def pod_ready(pod):
    for c in (pod.get('status') or {}).get('conditions') or []:
        if c['type'] == 'Ready':
            return c['status'] == 'True'
    return False


def alive(pid):
    try:
        with open(f'/proc/{pid}/stat') as f:
            return f.read().rsplit(')', 1)[1].split()[0] != 'Z'
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (FileNotFoundError, ValueError):
        return None


def run(argv, check=False):
    return subprocess.run(argv, capture_output=True, text=True, check=check)


# ------------------------------------------------------------------------------------------------------------------


class Manager:
    def __init__(self, state_dir, sbx=None, interval=0.2):
        self.state_dir = os.path.abspath(state_dir)
        self.sbx = sbx
        self.interval = interval
        self.children = {}  # pid -> Popen (to reap our own children)
        self.stop = False
        self.prober = readiness.Prober()

    def loop(self):
        log(f'kube-manager up: state {self.state_dir}, data plane helpers from {dataplane.SOURCE}')
        while not self.stop:
            for root in store.find_clusters(self.state_dir):
                try:
                    c = store.Cluster(root)
                    if self.sbx and c.sbx != self.sbx:
                        continue
                    with c.locked():
                        ClusterReconciler(c, self).reconcile()
                except Exception as e:  # noqa: BLE001 - keep serving the other clusters
                    log(f'cluster {root}: {type(e).__name__}: {e}')
                    import traceback

                    traceback.print_exc()
            for pid, p in list(self.children.items()):
                if p.poll() is not None:
                    del self.children[pid]
            time.sleep(self.interval)


class ClusterReconciler:
    def __init__(self, cluster, manager):
        self.c = cluster
        self.m = manager
        self.cfg = cluster.config

    def reconcile(self):
        self.namespaces()
        self.gc()
        self.deployments()
        self.replicasets()
        self.schedule()
        self.kubelet()
        self.endpoints()
        self.deployment_status()

    # ---- namespaces: cascade deletion ---------------------------------------------------------------------------
    def namespaces(self):
        for ns in self.c.list('Namespace'):
            if not ns['metadata'].get('deletionTimestamp'):
                continue
            name = ns['metadata']['name']
            remaining = 0
            for kind in ('Deployment', 'ReplicaSet', 'Service', 'Endpoints', 'NetworkPolicy', *store.CRD_KINDS):
                if not store.KINDS[kind][2]:
                    continue
                for o in self.c.list(kind, name):
                    if not self.c.delete(kind, name, o['metadata']['name']):
                        remaining += 1  # finalizers: the namespace stays Terminating until they are cleared
            for p in self.c.list('Pod', name):
                remaining += 1
                self.mark_pod_deleted(p)
            if remaining == 0:
                self.c.remove('Namespace', None, name)

    def mark_pod_deleted(self, pod):
        if not pod['metadata'].get('deletionTimestamp'):
            new = copy.deepcopy(pod)
            new['metadata']['deletionTimestamp'] = now_rfc3339()
            new['metadata']['deletionGracePeriodSeconds'] = 30
            self.c.put(new)

    # ---- garbage collector: dependents of deleted owners -------------------------------------------------------
    def gc(self):
        deps = {d['metadata']['uid'] for d in self.c.list('Deployment')}
        for rs in self.c.list('ReplicaSet'):
            ou = owner_uid(rs)
            if ou and ou not in deps:
                self.c.remove('ReplicaSet', rs['metadata']['namespace'], rs['metadata']['name'])
        rss = {r['metadata']['uid'] for r in self.c.list('ReplicaSet')}
        for p in self.c.list('Pod'):
            ou = owner_uid(p)
            if ou and ou not in rss:
                self.mark_pod_deleted(p)
        svcs = {(s['metadata']['namespace'], s['metadata']['name']) for s in self.c.list('Service')}
        for ep in self.c.list('Endpoints'):
            key = (ep['metadata']['namespace'], ep['metadata']['name'])
            if key not in svcs and not user_written(ep):
                self.c.remove('Endpoints', *key)

    # ---- deployment controller -----------------------------------------------------------------------------------
    def deployments(self):
        for d in self.c.list('Deployment'):
            ns = d['metadata']['namespace']
            tmpl = d['spec']['template']
            h = template_hash(tmpl, d.get('status', {}).get('collisionCount', 0))
            owned = [r for r in self.c.list('ReplicaSet', ns) if is_controller_of(r, d)]
            new_rs = next((r for r in owned if r['metadata'].get('labels', {}).get('pod-template-hash') == h), None)
            replicas = d['spec'].get('replicas', 1)
            revision = d['metadata'].get('annotations', {}).get('deployment.kubernetes.io/revision', '0')
            if new_rs is None:
                revision = str(int(revision) + 1)
                lbls = dict(tmpl['metadata'].get('labels') or {}, **{'pod-template-hash': h})
                rs = new_object(
                    'ReplicaSet',
                    f'{d["metadata"]["name"]}-{h}',
                    ns,
                    labels=lbls,
                    annotations={
                        'deployment.kubernetes.io/desired-replicas': str(replicas),
                        'deployment.kubernetes.io/max-replicas': str(replicas + max_surge(d)),
                        'deployment.kubernetes.io/revision': revision,
                    },
                    owner=d,
                )
                rs['metadata']['generation'] = 1
                sel = copy.deepcopy(d['spec']['selector'])
                sel.setdefault('matchLabels', {})['pod-template-hash'] = h
                t = copy.deepcopy(tmpl)
                t['metadata']['labels'] = lbls
                rs['spec'] = {'replicas': replicas, 'selector': sel, 'template': t}
                rs['status'] = {'replicas': 0}
                self.c.put(rs)
                new_rs = rs
                nd = copy.deepcopy(d)
                nd['metadata'].setdefault('annotations', {})['deployment.kubernetes.io/revision'] = revision
                self.c.put(nd)
            # the new ReplicaSet takes every replica at once, old ones go to 0 (a rollout without surge pacing)
            for r in owned + ([new_rs] if new_rs not in owned else []):
                want = replicas if r['metadata']['uid'] == new_rs['metadata']['uid'] else 0
                cur = self.c.get('ReplicaSet', ns, r['metadata']['name'])
                if cur and cur['spec'].get('replicas') != want:
                    nr = copy.deepcopy(cur)
                    nr['spec']['replicas'] = want
                    nr['metadata']['generation'] = nr['metadata'].get('generation', 1) + 1
                    nr['metadata'].setdefault('annotations', {})['deployment.kubernetes.io/desired-replicas'] = str(
                        replicas
                    )
                    self.c.put(nr)

    # ---- replicaset controller -----------------------------------------------------------------------------------
    def replicasets(self):
        for rs in self.c.list('ReplicaSet'):
            ns = rs['metadata']['namespace']
            pods = [p for p in self.c.list('Pod', ns) if is_controller_of(p, rs)]
            live = [p for p in pods if not p['metadata'].get('deletionTimestamp')]
            want = rs['spec'].get('replicas', 1)
            if len(live) < want:
                for _ in range(want - len(live)):
                    self.c.put(self.pod_from_template(rs))
            elif len(live) > want:
                # delete unscheduled, then not ready, then the newest first (controller.ActivePods ordering)
                def rank(p):
                    return (
                        0 if not p['spec'].get('nodeName') else 1,
                        1 if pod_ready(p) else 0,
                        -store.parse_time(p['metadata']['creationTimestamp']).timestamp(),
                    )

                for p in sorted(live, key=rank)[: len(live) - want]:
                    self.mark_pod_deleted(p)
            live = [p for p in self.c.list('Pod', ns) if is_controller_of(p, rs) and not p['metadata'].get('deletionTimestamp')]
            ready = sum(1 for p in live if pod_ready(p))
            status = {'replicas': len(live)}
            if live:
                status['fullyLabeledReplicas'] = len(live)
            if ready:
                status['readyReplicas'] = ready
                status['availableReplicas'] = ready
            status['observedGeneration'] = rs['metadata'].get('generation', 1)
            cur = self.c.get('ReplicaSet', ns, rs['metadata']['name'])
            if cur is not None and cur.get('status') != status:
                new = copy.deepcopy(cur)
                new['status'] = status
                self.c.put(new)

    def pod_from_template(self, rs):
        t = rs['spec']['template']
        base = rs['metadata']['name'] + '-'
        name = base + store.random_suffix()
        while self.c.get('Pod', rs['metadata']['namespace'], name):
            name = base + store.random_suffix()
        pod = new_object('Pod', name, rs['metadata']['namespace'], labels=t['metadata'].get('labels'),
                         annotations=t['metadata'].get('annotations'), owner=rs)
        pod['metadata']['generateName'] = base
        md = pod['metadata']
        pod['metadata'] = {k: md[k] for k in ['annotations', 'creationTimestamp', 'generateName', 'labels', 'name',
                                               'namespace', 'ownerReferences', 'resourceVersion', 'selfLink', 'uid']
                           if k in md}
        pod['spec'] = complete_pod_spec(copy.deepcopy(t['spec']))
        pod['status'] = {'phase': 'Pending', 'qosClass': 'BestEffort'}
        return pod

    # ---- scheduler ---------------------------------------------------------------------------------------------
    def schedule(self):
        nodes = self.c.list('Node')
        pods = self.c.list('Pod')
        for p in pods:
            if p['spec'].get('nodeName') or p['metadata'].get('deletionTimestamp'):
                continue
            fits = [n for n in nodes if self.fits(p, n, pods)]
            new = copy.deepcopy(p)
            st = new.setdefault('status', {})
            conds = st.setdefault('conditions', [])
            if not fits:
                msg = f'0/{len(nodes)} nodes are available: {len(nodes)} node(s) didn\'t match node selector or pod (anti-)affinity rules.'
                set_condition(conds, cond('PodScheduled', 'False', 'Unschedulable', msg))
                st['phase'] = 'Pending'
                self.c.put_if_changed(p, new)
                continue
            owner = owner_uid(p)

            def score(n):
                on = [q for q in pods if q['spec'].get('nodeName') == n['metadata']['name']
                      and not q['metadata'].get('deletionTimestamp')]
                same = sum(1 for q in on if owner and owner_uid(q) == owner)
                return (same, len(on), nodes.index(n))

            node = min(fits, key=score)
            new['spec']['nodeName'] = node['metadata']['name']
            set_condition(conds, cond('PodScheduled', 'True'))
            self.c.put(new)
            p['spec']['nodeName'] = node['metadata']['name']  # later pods of this pass see the placement

    def fits(self, pod, node, pods):
        name = node['metadata']['name']
        nl = node['metadata'].get('labels') or {}
        spec = pod['spec']
        if spec.get('nodeName') and spec['nodeName'] != name:
            return False
        if not labels.matches(labels.from_map(spec.get('nodeSelector')), nl):
            return False
        aff = spec.get('affinity') or {}
        na = ((aff.get('nodeAffinity') or {}).get('requiredDuringSchedulingIgnoredDuringExecution') or {})
        terms = na.get('nodeSelectorTerms') or []
        if terms:
            ok = False
            for t in terms:
                reqs = labels.from_label_selector({'matchExpressions': t.get('matchExpressions') or []})
                if labels.matches(reqs, nl):
                    ok = True
            if not ok:
                return False
        ns = pod['metadata']['namespace']
        on_node = [q for q in pods if q['spec'].get('nodeName') == name and not q['metadata'].get('deletionTimestamp')
                   and q['metadata']['uid'] != pod['metadata']['uid']]
        for kind, want in (('podAffinity', True), ('podAntiAffinity', False)):
            for term in (aff.get(kind) or {}).get('requiredDuringSchedulingIgnoredDuringExecution') or []:
                if term.get('topologyKey') not in ('kubernetes.io/hostname', None):
                    continue  # only the hostname topology is modelled
                reqs = labels.from_label_selector(term.get('labelSelector'))
                nss = term.get('namespaces') or [ns]
                hit = any(q['metadata']['namespace'] in nss and labels.matches(reqs, q['metadata'].get('labels'))
                          for q in on_node)
                if want and not hit:
                    # a pod may co-locate with itself when it is the first of its kind (k8s does the same)
                    anywhere = any(q['metadata']['namespace'] in nss and labels.matches(reqs, q['metadata'].get('labels'))
                                   and q['spec'].get('nodeName') for q in pods if q['metadata']['uid'] != pod['metadata']['uid'])
                    if anywhere or not labels.matches(reqs, pod['metadata'].get('labels')):
                        return False
                if not want and hit:
                    return False
        return True

    # ---- kubelet -----------------------------------------------------------------------------------------------
    def run_dir(self):
        d = self.c.path('run', 'pods')
        os.makedirs(d, exist_ok=True)
        return d

    def kuryr_file(self, pod):
        return self.c.path('kuryr', 'pods', pod['metadata']['namespace'], pod['metadata']['name'] + '.json')

    def kubelet(self):
        nodes = {n['metadata']['name']: n for n in self.c.list('Node')}
        for p in self.c.list('Pod'):
            node = nodes.get(p['spec'].get('nodeName') or '')
            if node is None:
                if p['metadata'].get('deletionTimestamp'):
                    self.c.remove('Pod', p['metadata']['namespace'], p['metadata']['name'])  # never ran anywhere
                continue
            if p['metadata'].get('deletionTimestamp'):
                self.teardown(p)
                continue
            self.sync_pod(p, node)

    def host_ip(self, node):
        for a in node.get('status', {}).get('addresses') or []:
            if a['type'] == 'InternalIP':
                return a['address']
        return ''

    def sync_pod(self, pod, node):
        netns = pod_netns(self.c, pod)
        uid = pod['metadata']['uid']
        new = copy.deepcopy(pod)
        st = new.setdefault('status', {})
        st.setdefault('startTime', now_rfc3339())
        st['hostIP'] = self.host_ip(node)
        st['qosClass'] = 'BestEffort'
        conds = st.setdefault('conditions', [])
        containers = pod['spec']['containers']
        cname = containers[0]['name']
        image = containers[0]['image']
        hostnet = host_network(pod)
        if not hostnet:  # a hostNetwork pod shares its node's namespace and resolv.conf
            if not os.path.exists(f'/run/netns/{netns}'):
                dataplane.ensure_netns(netns)
            clusterdns.sync_resolv_conf(self.c, pod, netns)
        set_condition(conds, cond('Initialized', 'True'))
        set_condition(conds, cond('PodScheduled', 'True'))
        if self.cfg.get('cni', 'kuryr') == 'local' and not hostnet:
            self.local_cni(pod, netns)
        vif = self.pod_vif(pod, st['hostIP'], netns)
        rd = self.run_dir()
        pidf, readyf, logf = (os.path.join(rd, uid + ext) for ext in ('.pid', '.ready', '.log'))
        prev = (pod.get('status', {}).get('containerStatuses') or [{}])[0]
        restarts = prev.get('restartCount', 0)
        cs = {'image': image, 'imageID': '', 'lastState': prev.get('lastState', {}), 'name': cname, 'ready': False,
              'restartCount': restarts, 'started': False}
        waiting = None
        if vif is None:
            waiting = {'reason': 'ContainerCreating'}
        elif not (is_demo_image(image) or clusterdns.is_coredns_image(image)):
            waiting = {'reason': 'ImagePullBackOff',
                       'message': f'Back-off pulling image "{image}": the sandbox kubelet runs only {DEMO_IMAGE} '
                                  f'and {clusterdns.COREDNS_IMAGE}'}
        else:
            st['podIP'] = vif['ip']
            st['podIPs'] = [{'ip': vif['ip']}]
            pid = read_pid(pidf)
            backoff_f = os.path.join(rd, uid + '.restart-at')
            if pid is None or not alive(pid):
                if pid is not None and prev.get('state', {}).get('running'):
                    # the container died (killed by a fault, or crashed): restartPolicy Always, with the kubelet's
                    # crash back-off (10 s, doubling, capped at 300 s) during which connections are refused
                    restarts += 1
                    cs['restartCount'] = restarts
                    cs['lastState'] = {'terminated': {'exitCode': 137, 'reason': 'Error',
                                                      'startedAt': prev['state']['running'].get('startedAt'),
                                                      'finishedAt': now_rfc3339(),
                                                      'containerID': prev.get('containerID')}}
                    _write_text(backoff_f, str(time.time() + min(300, 10 * 2 ** (restarts - 1))))
                    try:
                        os.unlink(pidf)
                    except FileNotFoundError:
                        pass
                    pid = None
                restart_at = _read_float(backoff_f)
                if restart_at is not None and time.time() < restart_at:
                    waiting = {'reason': 'CrashLoopBackOff',
                               'message': 'back-off restarting failed container=%s pod=%s' % (cname, pod['metadata']['name'])}
                else:
                    if restart_at is not None:
                        os.unlink(backoff_f)
                    pid = self.start_demo(pod, netns, pidf, readyf, logf)
            if waiting:
                pass
            elif os.path.exists(readyf) and alive(pid):
                running = prev.get('started') or prev.get('ready')
                started = prev.get('state', {}).get('running', {}).get('startedAt') if running else None
                cs.update({'ready': self.probe_ready(pod, pid, vif['ip']), 'started': True,
                           'state': {'running': {'startedAt': started or now_rfc3339()}},
                           'containerID': prev.get('containerID') or 'docker://' + uuid.uuid4().hex + uuid.uuid4().hex,
                           'imageID': 'docker-pullable://%s@sha256:%s' % (
                               'k8s.gcr.io/coredns' if clusterdns.is_coredns_image(image) else DEMO_IMAGE, '0' * 64)})
                if ':' not in image.split('/')[-1] and '@' not in image:
                    cs['image'] = image + ':latest'
            else:
                waiting = {'reason': 'ContainerCreating'}
        if waiting or not cs['ready']:
            if waiting:
                cs['state'] = {'waiting': waiting}
            # a container in crash back-off has run, one failing its readiness probe runs: the pod stays Running,
            # only not Ready (and so in the Endpoints' notReadyAddresses)
            st['phase'] = 'Pending' if waiting and waiting['reason'] != 'CrashLoopBackOff' else 'Running'
            msg = f'containers with unready status: [{cname}]'
            set_condition(conds, cond('Ready', 'False', 'ContainersNotReady', msg))
            set_condition(conds, cond('ContainersReady', 'False', 'ContainersNotReady', msg))
        else:
            st['phase'] = 'Running'
            set_condition(conds, cond('Ready', 'True'))
            set_condition(conds, cond('ContainersReady', 'True'))
        order = {'Initialized': 0, 'Ready': 1, 'ContainersReady': 2, 'PodScheduled': 3}
        conds.sort(key=lambda c: order.get(c['type'], 9))
        st['containerStatuses'] = [cs]
        self.c.put_if_changed(pod, new)

    def pod_vif(self, pod, host_ip, netns):
        """The pod's address: Kuryr's (its kuryr/pods file) for a pod on the pod network; the node's own for a
        hostNetwork pod, which no CNI wires, once the node's namespace exists. None while there is none."""
        if host_network(pod):
            return {'ip': host_ip} if host_ip and os.path.exists(f'/run/netns/{netns}') else None
        try:
            with open(self.kuryr_file(pod)) as f:
                return json.load(f)
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def probe_ready(self, pod, pid, pod_ip):
        """A running container is ready when it has no readinessProbe, else when its probe says so (probes run in
        the background: this never waits for one)."""
        container = pod['spec']['containers'][0]
        probe = container.get('readinessProbe')
        if not probe:
            return True
        argv = readiness.probe_argv(probe, container, pod['metadata']['name'], pod_ip, pod_netns(self.c, pod))
        return self.m.prober.ready((pod['metadata']['uid'], pid), probe, argv)

    def start_demo(self, pod, netns, pidf, readyf, logf):
        for f in (readyf,):
            try:
                os.unlink(f)
            except FileNotFoundError:
                pass
        # a container's hostname is its pod's name, a hostNetwork container's its node's (the demo server answers
        # with it)
        hostname = pod['spec'].get('nodeName') if host_network(pod) else pod['metadata']['name']
        env = {'HOSTNAME': hostname, 'PATH': '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
               'HOME': '/root'}
        for c in pod['spec']['containers'][:1]:
            for e in c.get('env') or []:
                if 'value' in e:
                    env[e['name']] = str(e['value'])
        out = open(logf, 'a')
        image = pod['spec']['containers'][0]['image']
        program = clusterdns.container_argv(self.c, PY) if clusterdns.is_coredns_image(image) else [PY, DEMO_SERVER]
        p = subprocess.Popen(['ip', 'netns', 'exec', netns, *program, '--ready-file', readyf], env=env,
                             stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        out.close()
        self.m.children[p.pid] = p
        store.write_atomic(pidf, str(p.pid))
        log(f'{self.c.name}: started demo for pod {pod["metadata"]["namespace"]}/{pod["metadata"]["name"]} pid {p.pid} in {netns}')
        return p.pid

    def teardown(self, pod):
        netns = pod_netns(self.c, pod)
        uid = pod['metadata']['uid']
        rd = self.run_dir()
        pid = read_pid(os.path.join(rd, uid + '.pid'))
        pids = set()
        if pid and alive(pid):
            pids.add(pid)
        if os.path.exists(f'/run/netns/{netns}') and not host_network(pod):
            # every process of the pod's own namespace is the pod's; the node's namespace is not
            r = run(['ip', 'netns', 'pids', netns])
            pids.update(int(x) for x in r.stdout.split() if x.isdigit())
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for q in list(pids):
                try:
                    os.killpg(q, sig) if q == pid else os.kill(q, sig)
                except (ProcessLookupError, PermissionError):
                    pass
            deadline = time.time() + 2
            while time.time() < deadline and any(alive(q) for q in pids):
                for q in list(pids):
                    ch = self.m.children.get(q)
                    if ch is not None:
                        ch.poll()
                time.sleep(0.05)
            if not any(alive(q) for q in pids):
                break
        if self.cfg.get('cni', 'kuryr') == 'local':
            kf = self.kuryr_file(pod)
            try:
                with open(kf) as f:
                    dataplane.unplug_port(self.c.sbx, json.load(f)['portId'])
            except (FileNotFoundError, json.JSONDecodeError, KeyError):
                pass
            try:
                os.unlink(kf)
            except FileNotFoundError:
                pass
        if not host_network(pod):
            dataplane.delete_netns(netns)
            clusterdns.remove_resolv_conf(netns)
        for ext in ('.pid', '.ready'):
            try:
                os.unlink(os.path.join(rd, uid + ext))
            except FileNotFoundError:
                pass
        self.m.prober.forget(uid)
        self.c.remove('Pod', pod['metadata']['namespace'], pod['metadata']['name'])
        log(f'{self.c.name}: pod {pod["metadata"]["namespace"]}/{pod["metadata"]["name"]} deleted')

    def local_cni(self, pod, netns):
        """cni: local (unit tests only): the kubelet wires the pod itself on a bridge, no Neutron."""
        kf = self.kuryr_file(pod)
        if os.path.exists(kf):
            return
        lc = self.cfg.get('localCni') or {}
        net = ipaddress.ip_network(lc.get('cidr', '10.244.0.0/24'))
        gw = lc.get('gateway')
        used = set()
        base = self.c.path('kuryr', 'pods')
        for dp, _dn, fns in os.walk(base):
            for fn in fns:
                try:
                    with open(os.path.join(dp, fn)) as f:
                        used.add(json.load(f)['ip'])
                except (OSError, ValueError, KeyError):
                    pass
        ip = next(str(h) for h in net.hosts() if str(h) not in used and str(h) != gw)
        network_id = str(uuid.uuid5(uuid.NAMESPACE_URL, 'kdf-local-cni/' + self.c.name))
        port_id = str(uuid.uuid4())
        mac = 'fa:16:3e:%02x:%02x:%02x' % tuple(os.urandom(3))
        dataplane.plug_port(self.c.sbx, netns, 'eth0', port_id, mac, f'{ip}/{net.prefixlen}', gw, network_id)
        os.makedirs(os.path.dirname(kf), exist_ok=True)
        store.write_atomic(kf, json.dumps({
            'portId': port_id, 'portName': f'{pod["metadata"]["namespace"]}/{pod["metadata"]["name"]}', 'mac': mac,
            'ip': ip, 'prefixLen': net.prefixlen, 'gateway': gw, 'networkId': network_id, 'subnetId': None,
            'vifType': 'local', 'vlanId': None, 'ifname': 'eth0'}))

    # ---- endpoints controller ------------------------------------------------------------------------------------
    def endpoints(self):
        for svc in self.c.list('Service'):
            sel = svc['spec'].get('selector')
            if not sel:
                continue
            ns, name = svc['metadata']['namespace'], svc['metadata']['name']
            reqs = labels.from_map(sel)
            ready, notready = [], []
            pods = [p for p in self.c.list('Pod', ns) if labels.matches(reqs, p['metadata'].get('labels'))
                    and p.get('status', {}).get('podIP') and not p['metadata'].get('deletionTimestamp')]
            for p in sorted(pods, key=lambda q: ipaddress.ip_address(q['status']['podIP'])):
                addr = {'ip': p['status']['podIP'], 'nodeName': p['spec'].get('nodeName'),
                        'targetRef': {'kind': 'Pod', 'name': p['metadata']['name'], 'namespace': ns,
                                      'resourceVersion': p['metadata']['resourceVersion'],
                                      'uid': p['metadata']['uid']}}
                (ready if pod_ready(p) else notready).append(addr)
            ports = []
            for sp in svc['spec'].get('ports') or []:
                tp = sp.get('targetPort', sp['port'])
                if isinstance(tp, str):
                    tp = resolve_named_port(pods, tp) or sp['port']
                ep = {'port': tp, 'protocol': sp.get('protocol', 'TCP')}
                if sp.get('name'):
                    ep['name'] = sp['name']
                ports.append(ep)
            old = self.c.get('Endpoints', ns, name)
            if old is None:
                new = new_object('Endpoints', name, ns, labels=svc['metadata'].get('labels'))
            else:
                new = copy.deepcopy(old)
            subset = {}
            if ready:
                subset['addresses'] = ready
            if notready:
                subset['notReadyAddresses'] = notready
            if subset:
                subset['ports'] = ports
                new['subsets'] = [subset]
            else:
                new.pop('subsets', None)
            if old is None:
                self.c.put(new)
            else:
                # targetRef.resourceVersion changes with every pod status write; compare without it
                if strip_rv(old.get('subsets')) != strip_rv(new.get('subsets')):
                    self.c.put(new)

    # ---- deployment status ---------------------------------------------------------------------------------------
    def deployment_status(self):
        for d in self.c.list('Deployment'):
            ns = d['metadata']['namespace']
            h = template_hash(d['spec']['template'], d.get('status', {}).get('collisionCount', 0))
            owned = [r for r in self.c.list('ReplicaSet', ns) if is_controller_of(r, d)]
            pods_by_rs = {}
            for p in self.c.list('Pod', ns):
                if p['metadata'].get('deletionTimestamp'):
                    continue
                pods_by_rs.setdefault(owner_uid(p), []).append(p)
            total = updated = ready = 0
            new_rs_name = None
            for r in owned:
                ps = pods_by_rs.get(r['metadata']['uid'], [])
                total += len(ps)
                ready += sum(1 for p in ps if pod_ready(p))
                if r['metadata'].get('labels', {}).get('pod-template-hash') == h:
                    updated += len(ps)
                    new_rs_name = r['metadata']['name']
            replicas = d['spec'].get('replicas', 1)
            st = copy.deepcopy(d.get('status') or {})
            st['observedGeneration'] = d['metadata'].get('generation', 1)
            for k, v in (('replicas', total), ('updatedReplicas', updated), ('readyReplicas', ready),
                         ('availableReplicas', ready), ('unavailableReplicas', max(replicas - ready, 0) if total else replicas)):
                if v:
                    st[k] = v
                else:
                    st.pop(k, None)
            conds = st.setdefault('conditions', [])
            min_avail = replicas - max_unavailable(d)
            if ready >= min_avail:
                set_condition(conds, cond('Available', 'True', 'MinimumReplicasAvailable',
                                          'Deployment has minimum availability.', probe=False, update=True))
            else:
                set_condition(conds, cond('Available', 'False', 'MinimumReplicasUnavailable',
                                          'Deployment does not have minimum availability.', probe=False, update=True))
            if new_rs_name:
                if updated == replicas and ready == replicas and total == replicas:
                    pc = cond('Progressing', 'True', 'NewReplicaSetAvailable',
                              f'ReplicaSet "{new_rs_name}" has successfully progressed.', probe=False, update=True)
                else:
                    pc = cond('Progressing', 'True', 'ReplicaSetUpdated',
                              f'ReplicaSet "{new_rs_name}" is progressing.', probe=False, update=True)
                set_condition(conds, pc)
            conds.sort(key=lambda c: 0 if c['type'] == 'Available' else 1)
            if st != d.get('status'):
                new = copy.deepcopy(d)
                new['status'] = st
                self.c.put(new)


def user_written(obj):
    """Whether a user wrote obj with `kubectl apply` (Endpoints of a Service without a selector): the controllers
    never delete those on their own; deleting the Service or the namespace does."""
    return 'kubectl.kubernetes.io/last-applied-configuration' in (obj['metadata'].get('annotations') or {})


def strip_rv(subsets):
    s = copy.deepcopy(subsets or [])
    for sub in s:
        for key in ('addresses', 'notReadyAddresses'):
            for a in sub.get(key) or []:
                a.get('targetRef', {}).pop('resourceVersion', None)
    return s


def resolve_named_port(pods, name):
    for p in pods:
        for c in p['spec'].get('containers') or []:
            for cp in c.get('ports') or []:
                if cp.get('name') == name:
                    return cp['containerPort']
    return None


def _pct(v, replicas, round_up):
    if isinstance(v, str) and v.endswith('%'):
        x = replicas * int(v[:-1]) / 100.0
        import math

        return int(math.ceil(x) if round_up else math.floor(x))
    return int(v)


def max_surge(d):
    ru = (d['spec'].get('strategy') or {}).get('rollingUpdate') or {}
    return _pct(ru.get('maxSurge', '25%'), d['spec'].get('replicas', 1), True)


def max_unavailable(d):
    ru = (d['spec'].get('strategy') or {}).get('rollingUpdate') or {}
    return _pct(ru.get('maxUnavailable', '25%'), d['spec'].get('replicas', 1), False)


def complete_pod_spec(spec):
    """The defaults the API server adds to a pod spec (SetDefaults_PodSpec / SetDefaults_Container)."""
    for c in spec.get('containers') or []:
        c.setdefault('resources', {})
        c.setdefault('terminationMessagePath', '/dev/termination-log')
        c.setdefault('terminationMessagePolicy', 'File')
        tag = c['image'].split('/')[-1]
        c.setdefault('imagePullPolicy', 'Always' if (':' not in tag or tag.endswith(':latest')) else 'IfNotPresent')
        for p in c.get('ports') or []:
            p.setdefault('protocol', 'TCP')
        readiness.default_probe(c)
    spec.setdefault('restartPolicy', 'Always')
    spec.setdefault('terminationGracePeriodSeconds', 30)
    spec.setdefault('dnsPolicy', 'ClusterFirst')
    spec.setdefault('securityContext', {})
    spec.setdefault('schedulerName', 'default-scheduler')
    spec.setdefault('serviceAccountName', 'default')
    spec.setdefault('serviceAccount', spec['serviceAccountName'])
    spec.setdefault('enableServiceLinks', True)
    spec.setdefault('priority', 0)
    spec.setdefault('tolerations', [
        {'effect': 'NoExecute', 'key': 'node.kubernetes.io/not-ready', 'operator': 'Exists', 'tolerationSeconds': 300},
        {'effect': 'NoExecute', 'key': 'node.kubernetes.io/unreachable', 'operator': 'Exists', 'tolerationSeconds': 300},
    ])
    return spec


def main(argv=None):
    import argparse

    ap = argparse.ArgumentParser(prog='kube-manager')
    ap.add_argument('--state-dir', required=True)
    ap.add_argument('--namespace', default=None, help='serve only clusters of this sandbox namespace')
    ap.add_argument('--interval', type=float, default=0.2)
    a = ap.parse_args(argv)
    if dataplane.private_mount_namespace():
        log('kube-manager: this process runs in a private mount namespace (started with `ip netns exec`?): the pod '
            'network namespaces it creates would be invisible to every other process; start it with '
            '`nsenter --net=/run/netns/SBX` instead')
        return 2
    m = Manager(a.state_dir, a.namespace, a.interval)

    def stop(*_):
        m.stop = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    m.loop()
    log('kube-manager stopped (pods keep running; a restarted manager adopts them by pid file)')


def _read_float(path):
    try:
        with open(path) as f:
            return float(f.read().strip())
    except (FileNotFoundError, ValueError):
        return None


def _write_text(path, text):
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        f.write(text)
    os.replace(tmp, path)
