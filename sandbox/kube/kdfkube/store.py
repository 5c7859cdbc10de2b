"""On-disk object store of one sandbox Kubernetes cluster.

Layout (shared kube-sandbox contract):
  <cluster>/cluster.json                          the cluster's settings
  <cluster>/objects/<plural>/<namespace|_>/<name>.json   one real Kubernetes JSON object per file
  <cluster>/lock                                  flock taken by every writer
  <cluster>/rv                                    the cluster-wide resourceVersion counter
Only kdfkube writes objects, atomically (tmp + rename) while holding the lock.
"""

import contextlib
import datetime
import fcntl
import json
import os
import random
import uuid

# kind -> (plural, apiVersion, namespaced, short names, singular, group-qualified name used by kubectl output)
KINDS = {
    'Namespace': ('namespaces', 'v1', False, ['ns'], 'namespace', 'namespace'),
    'Node': ('nodes', 'v1', False, ['no'], 'node', 'node'),
    'Pod': ('pods', 'v1', True, ['po'], 'pod', 'pod'),
    'Deployment': ('deployments', 'apps/v1', True, ['deploy'], 'deployment', 'deployment.apps'),
    'ReplicaSet': ('replicasets', 'apps/v1', True, ['rs'], 'replicaset', 'replicaset.apps'),
    'Service': ('services', 'v1', True, ['svc'], 'service', 'service'),
    'Endpoints': ('endpoints', 'v1', True, ['ep'], 'endpoints', 'endpoints'),
    'NetworkPolicy': ('networkpolicies', 'networking.k8s.io/v1', True, ['netpol'], 'networkpolicy',
                      'networkpolicy.networking.k8s.io'),
    # Kuryr's CRDs (group openstack.org): written by the Kuryr emulation (sandbox/kuryr), read and deleted by users
    'KuryrNetworkPolicy': ('kuryrnetworkpolicies', 'openstack.org/v1', True, ['knp'], 'kuryrnetworkpolicy',
                           'kuryrnetworkpolicy.openstack.org'),
    'KuryrNetwork': ('kuryrnetworks', 'openstack.org/v1', True, [], 'kuryrnetwork', 'kuryrnetwork.openstack.org'),
    'KuryrLoadBalancer': ('kuryrloadbalancers', 'openstack.org/v1', True, ['klb'], 'kuryrloadbalancer',
                          'kuryrloadbalancer.openstack.org'),
    'KuryrNet': ('kuryrnets', 'openstack.org/v1', False, [], 'kuryrnet', 'kuryrnet.openstack.org'),
    # the pinned train's policy CRD (its real short name `knp` belongs to KuryrNetworkPolicy here); only users apply it
    'KuryrNetPolicy': ('kuryrnetpolicies', 'openstack.org/v1', True, [], 'kuryrnetpolicy',
                       'kuryrnetpolicy.openstack.org'),
}
# kinds no controller of this package writes: `kubectl get` prints them as NAME AGE (a CRD without printer columns)
CRD_KINDS = ('KuryrNetworkPolicy', 'KuryrNetwork', 'KuryrLoadBalancer', 'KuryrNet', 'KuryrNetPolicy')
PLURAL_TO_KIND = {v[0]: k for k, v in KINDS.items()}

# the alphabet of k8s.io/apimachinery/pkg/util/rand (no vowels, no 0/1/3 that read like letters)
ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789'


def resolve_kind(word):
    """Maps what a user types (pods, pod, po, deploy, deployment.apps, deployments.v1.apps...) to a kind or None."""
    w = word.lower()
    base = w.split('.')[0]
    for kind, (plural, _api, _ns, shorts, singular, _q) in KINDS.items():
        if base in (plural, singular, kind.lower()) or base in shorts:
            return kind
    return None


def now_rfc3339():
    return datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def parse_time(ts):
    return datetime.datetime.strptime(ts, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)


def random_suffix(n=5):
    return ''.join(random.choice(ALPHANUMS) for _ in range(n))


def new_uid():
    return str(uuid.uuid4())


class Cluster:
    """One cluster directory: settings, lock, and the object files."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        with open(os.path.join(self.root, 'cluster.json')) as f:
            self.config = json.load(f)
        self._lock_fd = None
        self._depth = 0

    # ---- settings ------------------------------------------------------------------------------
    @property
    def name(self):
        return self.config['name']

    @property
    def sbx(self):
        return self.config.get('sandboxNamespace', 'kdf-sbx')

    @property
    def state_dir(self):
        return self.config.get('stateDir', os.path.dirname(os.path.dirname(os.path.dirname(self.root))))

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    # ---- lock ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self):
        """Re-entrant flock of <cluster>/lock: every read-modify-write of objects happens under it."""
        if self._depth == 0:
            self._lock_fd = os.open(self.path('lock'), os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
                self._lock_fd = None

    def next_rv(self):
        p = self.path('rv')
        try:
            with open(p) as f:
                rv = int(f.read().strip() or '0')
        except FileNotFoundError:
            rv = 1000
        rv += 1
        write_atomic(p, str(rv))
        return str(rv)

    # ---- objects -------------------------------------------------------------------------------
    def obj_path(self, kind, namespace, name):
        plural, _api, namespaced = KINDS[kind][:3]
        return self.path('objects', plural, namespace if namespaced else '_', name + '.json')

    def get(self, kind, namespace, name):
        try:
            with open(self.obj_path(kind, namespace, name)) as f:
                return json.load(f)
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def list(self, kind, namespace=None):
        """Objects of a kind, in one namespace or (None) all, sorted like the API server (namespace, name)."""
        plural, _api, namespaced = KINDS[kind][:3]
        base = self.path('objects', plural)
        out = []
        if not os.path.isdir(base):
            return out
        dirs = [namespace] if (namespaced and namespace) else sorted(os.listdir(base))
        for d in dirs:
            dp = os.path.join(base, d if namespaced else '_')
            if not os.path.isdir(dp):
                continue
            for fn in sorted(os.listdir(dp)):
                if fn.endswith('.json'):
                    try:
                        with open(os.path.join(dp, fn)) as f:
                            out.append(json.load(f))
                    except (FileNotFoundError, json.JSONDecodeError):
                        pass
            if not namespaced:
                break
        return out

    def put(self, obj):
        """Writes obj with a fresh resourceVersion (caller holds the lock). Returns obj. An object being deleted
        whose last finalizer was just removed is deleted instead, as the API server does (not pods and namespaces,
        which the kubelet and the namespace controller finish)."""
        md = obj['metadata']
        if md.get('deletionTimestamp') and not md.get('finalizers') and obj['kind'] not in ('Pod', 'Namespace'):
            self.remove(obj['kind'], md.get('namespace'), md['name'])
            return obj
        with self.locked():
            obj['metadata']['resourceVersion'] = self.next_rv()
            md = obj['metadata']
            p = self.obj_path(obj['kind'], md.get('namespace'), md['name'])
            os.makedirs(os.path.dirname(p), exist_ok=True)
            write_atomic(p, json.dumps(obj, indent=2))
        return obj

    def put_if_changed(self, old, new):
        """Writes new only when it differs from old (ignoring resourceVersion); True when written."""
        if old is not None:
            a = dict(old, metadata={k: v for k, v in old['metadata'].items() if k != 'resourceVersion'})
            b = dict(new, metadata={k: v for k, v in new['metadata'].items() if k != 'resourceVersion'})
            if a == b:
                return False
        self.put(new)
        return True

    def put_status(self, kind, namespace, name, status):
        """Replaces the `status` of an existing object under the lock (Kuryr's emulation: Service
        status.loadBalancer, CRD statuses). Returns True when written, False when unchanged, None when the object
        does not exist (it is never created here: create objects with new_object + put)."""
        with self.locked():
            old = self.get(kind, namespace, name)
            if old is None:
                return None
            new = dict(old, status=status)
            return self.put_if_changed(old, new)

    def delete(self, kind, namespace, name):
        """A user's or a cascade's delete of an object other than a pod or namespace: removed now, or, when it has
        metadata.finalizers (e.g. set by Kuryr's emulation on its CRDs), only marked with deletionTimestamp until
        its owner clears them (put without finalizers then removes it). True when it is gone."""
        with self.locked():
            o = self.get(kind, namespace, name)
            if o is None:
                return True
            if not o['metadata'].get('finalizers'):
                return self.remove(kind, namespace, name)
            if not o['metadata'].get('deletionTimestamp'):
                o['metadata']['deletionTimestamp'] = now_rfc3339()
                o['metadata']['deletionGracePeriodSeconds'] = 0
                self.put(o)
            return False

    def remove(self, kind, namespace, name):
        with self.locked():
            try:
                os.unlink(self.obj_path(kind, namespace, name))
                return True
            except FileNotFoundError:
                return False


def new_object(kind, name, namespace=None, labels=None, annotations=None, owner=None):
    """A fresh object with real metadata (uid, creationTimestamp, ...); resourceVersion is set by Cluster.put."""
    plural, api, namespaced = KINDS[kind][:3]
    md = {'creationTimestamp': now_rfc3339(), 'name': name}
    if namespaced:
        md['namespace'] = namespace or 'default'
    if labels:
        md['labels'] = dict(labels)
    if annotations:
        md['annotations'] = dict(annotations)
    if owner is not None:
        md['ownerReferences'] = [
            {
                'apiVersion': owner['apiVersion'],
                'blockOwnerDeletion': True,
                'controller': True,
                'kind': owner['kind'],
                'name': owner['metadata']['name'],
                'uid': owner['metadata']['uid'],
            }
        ]
    md['resourceVersion'] = ''
    md['selfLink'] = self_link(kind, md.get('namespace'), name)
    md['uid'] = new_uid()
    return {'apiVersion': api, 'kind': kind, 'metadata': md}


def self_link(kind, namespace, name):
    plural, api, namespaced = KINDS[kind][:3]
    prefix = '/api/v1' if api == 'v1' else '/apis/' + api
    if namespaced:
        return f'{prefix}/namespaces/{namespace}/{plural}/{name}'
    return f'{prefix}/{plural}/{name}'


def write_atomic(path, text):
    tmp = f'{path}.tmp.{os.getpid()}'
    with open(tmp, 'w') as f:
        f.write(text)
    os.rename(tmp, path)


def find_clusters(state_dir):
    base = os.path.join(state_dir, 'kube', 'clusters')
    if not os.path.isdir(base):
        return []
    return [
        os.path.join(base, d) for d in sorted(os.listdir(base)) if os.path.isfile(os.path.join(base, d, 'cluster.json'))
    ]
