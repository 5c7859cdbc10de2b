"""The kube sandbox's own package (`sandbox/kube/kdfkube`): label selectors, and Kuryr's CRD objects written into the
cluster's store the way kdfkube writes objects (under the cluster lock, with a fresh resourceVersion)."""
import json
import os
import sys

KUBE_PKG_PARENT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'kube')
if KUBE_PKG_PARENT not in sys.path:
    sys.path.append(KUBE_PKG_PARENT)

API_VERSION = 'openstack.org/v1'
CRD_PLURALS = {'KuryrNetworkPolicy': 'kuryrnetworkpolicies', 'KuryrNetwork': 'kuryrnetworks'}


def drivers(cfg):
    """The cluster's Kuryr drivers (cluster.json `drivers`); a missing key is "default": the policy driver off
    (NetworkPolicies ignored, as with Kuryr's default driver) and one pod subnet for every namespace."""
    d = cfg.get('drivers') or {}
    return {'podSecurityGroups': d.get('podSecurityGroups') or 'default',
            'podSubnets': d.get('podSubnets') or 'default'}


def labels():
    """kdfkube.labels (selector matching shared with the kubectl double)."""
    from kdfkube import labels as mod
    return mod


def _store():
    from kdfkube import store as mod
    return mod


def crd_path(cluster_dir, kind, namespace, name):
    return os.path.join(cluster_dir, 'objects', CRD_PLURALS[kind], namespace, name + '.json')


def new_crd(kind, namespace, name, finalizer):
    """A fresh Kuryr CRD object with real metadata (uid, creationTimestamp, selfLink, Kuryr's finalizer)."""
    st = _store()
    return {
        'apiVersion': API_VERSION,
        'kind': kind,
        'metadata': {
            'creationTimestamp': st.now_rfc3339(),
            'finalizers': [finalizer],
            'generation': 1,
            'name': name,
            'namespace': namespace,
            'resourceVersion': '',
            'selfLink': '/apis/%s/namespaces/%s/%s/%s' % (API_VERSION, namespace, CRD_PLURALS[kind], name),
            'uid': st.new_uid(),
        },
    }


def put_crd(cluster_dir, obj):
    """Writes a Kuryr CRD object with a fresh resourceVersion under the cluster lock (kdfkube's writer contract)."""
    st = _store()
    c = st.Cluster(cluster_dir)
    md = obj['metadata']
    path = crd_path(cluster_dir, obj['kind'], md['namespace'], md['name'])
    with c.locked():
        current = _read(path)
        cur_md = (current or {}).get('metadata') or {}
        if cur_md.get('deletionTimestamp') and cur_md.get('uid') == md.get('uid'):
            # deleted while we worked (kubectl delete, its namespace going): keep the mark, the next round cleans up
            md['deletionTimestamp'] = cur_md['deletionTimestamp']
        md['resourceVersion'] = c.next_rv()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        st.write_atomic(path, json.dumps(obj, indent=2))
    return obj


def _read(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def remove_crd(cluster_dir, kind, namespace, name):
    st = _store()
    with st.Cluster(cluster_dir).locked():
        try:
            os.unlink(crd_path(cluster_dir, kind, namespace, name))
        except FileNotFoundError:
            pass
