"""The `stop-dns` fault: the cluster's CoreDNS (Deployment kube-system/coredns) scaled to 0 replicas through the kube
store, as `kubectl -n kube-system scale deployment coredns --replicas=0` would; its pods terminate, Kuryr removes the
kube-dns load balancer's members and lookups time out. `clear` scales it back to the recorded count."""
import copy
import os
import sys

sys.path.insert(0, os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'kube')))

from kdfkube import store as kube_store  # noqa: E402

NAMESPACE, NAME = 'kube-system', 'coredns'


class NoClusterDns(Exception):
    pass


def _scale(cluster_dir, replicas):
    """Sets the coredns Deployment's replicas; returns the previous count."""
    c = kube_store.Cluster(cluster_dir)
    with c.locked():
        d = c.get('Deployment', NAMESPACE, NAME)
        if d is None:
            raise NoClusterDns('the cluster has no %s/%s Deployment (kdf-kube init --cluster-dns)' % (NAMESPACE, NAME))
        before = d['spec'].get('replicas', 1)
        if before != replicas:
            new = copy.deepcopy(d)
            new['spec']['replicas'] = replicas
            new['metadata']['generation'] = new['metadata'].get('generation', 1) + 1
            c.put(new)
        return before


def stop(cluster_dir):
    """Scales CoreDNS to 0; the fault entry's fields (what `restore` needs)."""
    return {'target': '%s/%s' % (NAMESPACE, NAME), 'replicas': _scale(cluster_dir, 0)}


def restore(cluster_dir, entry):
    try:
        _scale(cluster_dir, entry.get('replicas') or 1)
    except NoClusterDns:
        pass  # the cluster (or its DNS) is gone: nothing to restore
