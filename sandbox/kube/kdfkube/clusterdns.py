"""Cluster DNS of a sandbox cluster, set up as kubeadm does for v1.16: Service `kube-system/kube-dns` on a fixed
ClusterIP (the 10th host of the service range), Deployment `kube-system/coredns` (image k8s.gcr.io/coredns:1.6.2),
and the kubelet's `clusterDNS`/`clusterDomain` in cluster.json. The kubelet runs the CoreDNS image as
../dns-server in the pod's network namespace and writes each pod's resolv.conf for dnsPolicy ClusterFirst to
/etc/netns/<pod netns>/resolv.conf, which `ip netns exec` bind-mounts over /etc/resolv.conf.
"""

import ipaddress
import json
import os
import shutil

from . import store
from .store import new_object

HERE = os.path.dirname(os.path.abspath(__file__))
DNS_SERVER = os.path.normpath(os.path.join(HERE, '..', 'dns-server'))
COREDNS_IMAGE = 'k8s.gcr.io/coredns:1.6.2'
COREDNS_REPOS = ('k8s.gcr.io/coredns', 'registry.k8s.io/coredns', 'registry.k8s.io/coredns/coredns', 'coredns/coredns',
                 'docker.io/coredns/coredns')
DOMAIN = 'cluster.local'
LABELS = {'k8s-app': 'kube-dns'}
NETNS_ETC = '/etc/netns'


def dns_ip(service_range):
    """The kube-dns ClusterIP: the 10th host of the range (kubeadm's 10.96.0.10 of 10.96.0.0/12), or the last host
    of a range too small for that (the allocator hands out the lowest free hosts first)."""
    net = ipaddress.ip_network(service_range)
    if net.num_addresses > 12:
        return str(net.network_address + 10)
    return str(net.broadcast_address - 1)


def is_coredns_image(image):
    name = image.split('@')[0]
    repo = name.rsplit(':', 1)[0] if ':' in name.split('/')[-1] else name
    return repo in COREDNS_REPOS


def container_argv(cluster, py):
    """What the kubelet runs for the CoreDNS image: dns-server over this cluster's objects."""
    domain = cluster.config.get('clusterDomain') or DOMAIN
    return [py, DNS_SERVER, '--cluster-dir', cluster.root, '--domain', domain]


def service_object(ip):
    svc = new_object('Service', 'kube-dns', 'kube-system',
                     labels=dict(LABELS, **{'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'KubeDNS'}),
                     annotations={'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true'})
    svc['spec'] = {'clusterIP': ip, 'ports': [
        {'name': 'dns', 'port': 53, 'protocol': 'UDP', 'targetPort': 53},
        {'name': 'dns-tcp', 'port': 53, 'protocol': 'TCP', 'targetPort': 53},
    ], 'selector': dict(LABELS), 'sessionAffinity': 'None', 'type': 'ClusterIP'}
    svc['status'] = {'loadBalancer': {}}
    return svc


def deployment_object(replicas=1):
    from .kubectl import default_deployment  # kubectl imports the manager, which imports this module

    d = new_object('Deployment', 'coredns', 'kube-system', labels=dict(LABELS))
    d['metadata']['generation'] = 1
    container = {
        'name': 'coredns', 'image': COREDNS_IMAGE, 'args': ['-conf', '/etc/coredns/Corefile'],
        'ports': [{'containerPort': 53, 'name': 'dns', 'protocol': 'UDP'},
                  {'containerPort': 53, 'name': 'dns-tcp', 'protocol': 'TCP'}],
    }
    d['spec'] = {
        'replicas': replicas, 'selector': {'matchLabels': dict(LABELS)},
        'strategy': {'rollingUpdate': {'maxSurge': '25%', 'maxUnavailable': 1}, 'type': 'RollingUpdate'},
        # CoreDNS resolves upstream names with the node's resolv.conf, never with itself
        'template': {'metadata': {'labels': dict(LABELS)},
                     'spec': {'containers': [container], 'dnsPolicy': 'Default',
                              'priorityClassName': 'system-cluster-critical', 'serviceAccountName': 'coredns'}},
    }
    default_deployment(d)
    d['status'] = {}
    return d


def ensure(cluster, replicas=1):
    """Adds cluster DNS to a cluster (idempotent): cluster.json's clusterDNS/clusterDomain, the kube-dns Service and
    the coredns Deployment. Returns the DNS address; raises ValueError when another Service holds it."""
    cfg = cluster.config
    ip = dns_ip(cfg.get('serviceClusterIpRange', '10.0.0.128/27'))
    with cluster.locked():
        svc = cluster.get('Service', 'kube-system', 'kube-dns')
        if svc is None:
            for other in cluster.list('Service'):
                if other['spec'].get('clusterIP') == ip:
                    raise ValueError(f'cluster DNS address {ip} is the ClusterIP of service '
                                     f'{other["metadata"]["namespace"]}/{other["metadata"]["name"]}')
            cluster.put(service_object(ip))
        else:
            ip = svc['spec']['clusterIP']
        if cluster.get('Deployment', 'kube-system', 'coredns') is None:
            cluster.put(deployment_object(replicas))
        if cfg.get('clusterDNS') != [ip] or not cfg.get('clusterDomain'):
            cfg = dict(cfg, clusterDNS=[ip], clusterDomain=cfg.get('clusterDomain') or DOMAIN)
            store.write_atomic(cluster.path('cluster.json'), json.dumps(cfg, indent=2))
            cluster.config = cfg
    return ip


def resolv_conf(cfg, pod):
    """The pod's resolv.conf as the kubelet writes it, or None when the pod uses the node's (dnsPolicy Default, or
    ClusterFirst on a cluster without cluster DNS: the kubelet's fallback)."""
    spec = pod.get('spec') or {}
    policy = spec.get('dnsPolicy') or 'ClusterFirst'
    extra = spec.get('dnsConfig') or {}
    servers, search, options = [], [], []
    if policy in ('ClusterFirst', 'ClusterFirstWithHostNet'):
        if not cfg.get('clusterDNS'):
            return None
        domain = cfg.get('clusterDomain') or DOMAIN
        ns = pod['metadata'].get('namespace', 'default')
        servers, search, options = list(cfg['clusterDNS']), [f'{ns}.svc.{domain}', f'svc.{domain}', domain], [
            'ndots:5']
    elif policy != 'None':
        return None
    servers += extra.get('nameservers') or []
    search += extra.get('searches') or []
    for o in extra.get('options') or []:
        options.append(f'{o["name"]}:{o["value"]}' if o.get('value') is not None else o['name'])
    lines = [f'nameserver {s}' for s in servers]
    if search:
        lines.append('search ' + ' '.join(search))
    if options:
        lines.append('options ' + ' '.join(options))
    return '\n'.join(lines) + '\n'


def resolv_path(netns):
    return os.path.join(NETNS_ETC, netns, 'resolv.conf')


def sync_resolv_conf(cluster, pod, netns):
    """Writes (or removes) the pod's resolv.conf so that `ip netns exec` shows it; only when it changed."""
    text = resolv_conf(cluster.config, pod)
    path = resolv_path(netns)
    if text is None:
        remove_resolv_conf(netns)
        return
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    store.write_atomic(path, text)


def remove_resolv_conf(netns):
    shutil.rmtree(os.path.join(NETNS_ETC, netns), ignore_errors=True)
