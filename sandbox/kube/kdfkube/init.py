"""kdf-kube: cluster initialisation (cluster.json, nodes, default namespaces, the kubernetes Service, kubeconfig)."""

import argparse
import ipaddress
import json
import os
import platform
import sys

import yaml

from . import clusterdns, store
from .store import new_object

API_VIP = '10.0.0.129'
# Kuryr's driver choices (kuryr.conf pod_security_groups_driver / pod_subnets_driver), see sandbox/kuryr/README.md
DEFAULT_DRIVERS = {'podSecurityGroups': 'default', 'podSubnets': 'default'}


def kubeconfig_text(state_dir, cluster):
    cfg = {
        'apiVersion': 'v1',
        'kind': 'Config',
        'clusters': [
            {
                'name': cluster,
                'cluster': {
                    'server': f'https://{API_VIP}:443',
                    'insecure-skip-tls-verify': True,
                    'extensions': [
                        {'name': 'kdf-sandbox', 'extension': {'stateDir': os.path.abspath(state_dir), 'cluster': cluster}}
                    ],
                },
            }
        ],
        'users': [{'name': 'admin', 'user': {'username': 'admin'}}],
        'contexts': [{'name': cluster, 'context': {'cluster': cluster, 'user': 'admin'}}],
        'current-context': cluster,
        'preferences': {},
    }
    return yaml.safe_dump(cfg, sort_keys=False, default_flow_style=False)


def node_object(name, ip, master=False):
    n = new_object('Node', name, labels={
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
    })
    if master:
        n['metadata']['labels']['node-role.kubernetes.io/master'] = ''
    n['metadata']['annotations'] = {'node.alpha.kubernetes.io/ttl': '0',
                                    'volumes.kubernetes.io/controller-managed-attach-detach': 'true'}
    n['spec'] = {}
    ts = n['metadata']['creationTimestamp']
    conds = []
    for t, s, r, m in (
        ('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        ('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        ('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        ('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
    ):
        conds.append({'lastHeartbeatTime': ts, 'lastTransitionTime': ts, 'message': m, 'reason': r, 'status': s,
                      'type': t})
    n['status'] = {
        'addresses': [{'address': ip, 'type': 'InternalIP'}, {'address': name, 'type': 'Hostname'}],
        'allocatable': {'cpu': '2', 'ephemeral-storage': '20Gi', 'memory': '4Gi', 'pods': '110'},
        'capacity': {'cpu': '2', 'ephemeral-storage': '20Gi', 'memory': '4Gi', 'pods': '110'},
        'conditions': conds,
        'daemonEndpoints': {'kubeletEndpoint': {'Port': 10250}},
        'nodeInfo': {
            'architecture': 'amd64',
            'bootID': store.new_uid(),
            'containerRuntimeVersion': 'kdf-sandbox://1.0',
            'kernelVersion': platform.release(),
            'kubeProxyVersion': 'v1.16.0',
            'kubeletVersion': 'v1.16.0',
            'machineID': store.new_uid().replace('-', ''),
            'operatingSystem': 'linux',
            'osImage': 'kdf sandbox (network namespaces)',
            'systemUUID': store.new_uid().upper(),
        },
    }
    return n


def init(state_dir, name, mode, kubeconfig, vm_server_id=None, nodes=None, sbx='kdf-sbx', cni='kuryr',
         service_range='10.0.0.128/27', local_cidr=None, force=False, drivers=None, cluster_dns=False):
    """Creates cluster `name` (or keeps it: then only the kubeconfig and the `drivers` given are rewritten, and
    cluster DNS added when `cluster_dns` asks for it).

    `drivers` ({"podSecurityGroups": "default"|"policy", "podSubnets": "default"|"namespace"}, either key optional)
    tells the Kuryr emulation which of Kuryr's drivers the cluster runs; a missing key means "default".
    """
    drivers = {k: v for k, v in (drivers or {}).items() if v}
    root = os.path.join(os.path.abspath(state_dir), 'kube', 'clusters', name)
    os.makedirs(root, exist_ok=True)
    cj = os.path.join(root, 'cluster.json')
    if os.path.exists(cj) and not force:
        with open(cj) as f:
            existing = json.load(f)
        # idempotent: keep the cluster, rewrite only the kubeconfig and the drivers asked for (and add cluster DNS when asked) (an upgraded
        # `sandbox up --kuryr-defaults` turns the policy driver on for a cluster made before it existed)
        merged = {**DEFAULT_DRIVERS, **(existing.get('drivers') or {}), **drivers}
        if drivers and merged != existing.get('drivers'):
            existing['drivers'] = merged
            store.write_atomic(cj, json.dumps(existing, indent=2))
        if kubeconfig:
            os.makedirs(os.path.dirname(os.path.abspath(kubeconfig)), exist_ok=True)
            store.write_atomic(kubeconfig, kubeconfig_text(state_dir, name))
        if cluster_dns:
            c = store.Cluster(root)
            try:
                clusterdns.ensure(c)
            except ValueError as err:
                # keep `kdf sandbox up` idempotent on a cluster whose DNS address is taken: say so, go on without
                print(f'kdf-kube: warning: no cluster DNS for {name}: {err}', file=sys.stderr)
            existing = c.config
        return existing
    if not nodes:
        if mode == 'nested':
            nodes = [{'name': 'kdf-vm-1', 'internalIP': '10.0.0.10'}]
        else:
            nodes = [{'name': 'kdf-node-1', 'internalIP': '172.24.4.11'},
                     {'name': 'kdf-node-2', 'internalIP': '172.24.4.12'}]
    cfg = {
        'name': name,
        'mode': mode,
        'sandboxNamespace': sbx,
        'stateDir': os.path.abspath(state_dir),
        'nodes': nodes,
        'serviceClusterIpRange': service_range,
        'cloud': 'devstack-admin',
        'podSubnet': 'k8s-pod-subnet',
        'serviceSubnet': 'k8s-service-subnet',
        'execLatencyMs': 0,
        'cni': cni,
        'drivers': dict(DEFAULT_DRIVERS, **drivers),
    }
    if mode == 'nested':
        cfg['vm'] = {'serverId': vm_server_id, 'netns': f'{sbx}-vm-{(vm_server_id or "")[:8]}', 'trunk': 'trunk0'}
    if cni == 'local':
        net = ipaddress.ip_network(local_cidr or '10.244.0.0/24')
        cfg['localCni'] = {'cidr': str(net), 'gateway': None}
    store.write_atomic(cj, json.dumps(cfg, indent=2))
    for d in ('objects', 'run/pods', 'kuryr/pods', 'kuryr/services'):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    c = store.Cluster(root)
    with c.locked():
        for i, n in enumerate(nodes):
            if not c.get('Node', None, n['name']):
                c.put(node_object(n['name'], n['internalIP'], master=(i == 0)))
        for ns in ('default', 'kube-node-lease', 'kube-public', 'kube-system'):
            if not c.get('Namespace', None, ns):
                c.put(namespace_object(ns))
        if not c.get('Service', 'default', 'kubernetes'):
            svc = new_object('Service', 'kubernetes', 'default',
                             labels={'component': 'apiserver', 'provider': 'kubernetes'})
            svc['spec'] = {'clusterIP': API_VIP, 'ports': [{'name': 'https', 'port': 443, 'protocol': 'TCP',
                                                             'targetPort': 6443}],
                           'sessionAffinity': 'None', 'type': 'ClusterIP'}
            svc['status'] = {'loadBalancer': {}}
            c.put(svc)
            ep = new_object('Endpoints', 'kubernetes', 'default')
            ep['subsets'] = [{'addresses': [{'ip': '172.24.4.1'}],
                              'ports': [{'name': 'https', 'port': 6443, 'protocol': 'TCP'}]}]
            c.put(ep)
        if cluster_dns:
            clusterdns.ensure(c)
            cfg = c.config
    if kubeconfig:
        os.makedirs(os.path.dirname(os.path.abspath(kubeconfig)), exist_ok=True)
        store.write_atomic(kubeconfig, kubeconfig_text(state_dir, name))
    return cfg


def namespace_object(name):
    ns = new_object('Namespace', name)
    ns['spec'] = {'finalizers': ['kubernetes']}
    ns['status'] = {'phase': 'Active'}
    return ns


def main(argv=None):
    ap = argparse.ArgumentParser(prog='kdf-kube')
    sub = ap.add_subparsers(dest='cmd', required=True)
    i = sub.add_parser('init', help='create (or keep) a cluster and write its kubeconfig')
    i.add_argument('--state-dir', required=True)
    i.add_argument('--cluster', required=True)
    i.add_argument('--mode', choices=['baremetal', 'nested'], default='baremetal')
    i.add_argument('--vm-server-id')
    i.add_argument('--kubeconfig', required=True)
    i.add_argument('--namespace', default='kdf-sbx', help='the sandbox network namespace')
    i.add_argument('--cni', choices=['kuryr', 'local'], default='kuryr')
    i.add_argument('--local-cidr', default=None, help='pod CIDR of --cni local')
    i.add_argument('--service-cluster-ip-range', default='10.0.0.128/27')
    i.add_argument('--node', action='append', default=[], metavar='NAME=IP', help='a node (repeatable)')
    i.add_argument('--force', action='store_true', help='rewrite cluster.json even when it exists')
    i.add_argument('--sg-driver', choices=['default', 'policy'], default=None,
                   help="Kuryr's pod security groups driver (default: default; policy = NetworkPolicy enforcement)")
    i.add_argument('--subnet-driver', choices=['default', 'namespace'], default=None,
                   help="Kuryr's pod subnets driver (default: default; namespace = a network per namespace)")
    i.add_argument('--cluster-dns', action='store_true',
                   help='kube-system/kube-dns (10th host of the service range) and the coredns Deployment; pods with '
                        'dnsPolicy ClusterFirst resolve through it (also added to an existing cluster)')
    a = ap.parse_args(argv)
    if a.mode == 'nested' and not a.vm_server_id:
        ap.error('--mode nested needs --vm-server-id')
    nodes = []
    for spec in a.node:
        if '=' not in spec:
            ap.error(f'--node {spec}: expected NAME=IP')
        n, ip = spec.split('=', 1)
        nodes.append({'name': n, 'internalIP': ip})
    if len(nodes) == 1 and a.mode == 'baremetal':
        print('kdf-kube: warning: one node only, same-node/other-node scenarios need two', file=sys.stderr)
    try:
        cfg = init(a.state_dir, a.cluster, a.mode, a.kubeconfig, a.vm_server_id, nodes or None, a.namespace, a.cni,
                   a.service_cluster_ip_range, a.local_cidr, a.force,
                   {'podSecurityGroups': a.sg_driver, 'podSubnets': a.subnet_driver}, a.cluster_dns)
    except ValueError as err:
        print(f'kdf-kube: --cluster-dns: {err}', file=sys.stderr)
        return 2
    out = {'cluster': cfg['name'], 'mode': cfg['mode'], 'kubeconfig': os.path.abspath(a.kubeconfig),
           'nodes': [n['name'] for n in cfg['nodes']],
           'drivers': dict(DEFAULT_DRIVERS, **(cfg.get('drivers') or {}))}
    if cfg.get('clusterDNS'):
        out['clusterDNS'] = cfg['clusterDNS']
    print(json.dumps(out))
    return 0
