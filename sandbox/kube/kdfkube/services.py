"""Service types beyond ClusterIP as the v1.16 API server and kubectl handle them: `type: NodePort|LoadBalancer`
(nodePort allocation from the node-port range, externalTrafficPolicy default) and the EXTERNAL-IP / PORT(S) columns of
`kubectl get svc`. The load balancer itself (and status.loadBalancer.ingress) is Kuryr's (sandbox/kuryr)."""

import random

from .netpol import Invalid

NODE_PORT_RANGE = (30000, 32767)  # the API server's default --service-node-port-range
TYPES = ('ClusterIP', 'NodePort', 'LoadBalancer')
NODE_PORT_TYPES = ('NodePort', 'LoadBalancer')  # the types the API server allocates nodePorts for
LB_WIDTH = 16  # printers.go loadBalancerWidth


def ports_text(ports):
    """makePortString: `80/TCP`, `80:31234/TCP` when a nodePort is allocated, comma-joined."""
    out = []
    for p in ports or []:
        proto = p.get('protocol', 'TCP')
        out.append(f'{p["port"]}:{p["nodePort"]}/{proto}' if p.get('nodePort') else f'{p["port"]}/{proto}')
    return ','.join(out) or '<none>'


def external_ip_text(svc, wide=False):
    """getServiceExternalIP: `<none>` for ClusterIP (unless externalIPs), `<pending>` for a LoadBalancer without
    status.loadBalancer.ingress, else the ingress IPs (hostnames), comma-joined and cut to 16 columns unless wide."""
    spec = svc.get('spec') or {}
    ext = list(spec.get('externalIPs') or [])
    if spec.get('type', 'ClusterIP') != 'LoadBalancer':
        return ','.join(ext) or '<none>'
    ingress = ((svc.get('status') or {}).get('loadBalancer') or {}).get('ingress') or []
    lb = ','.join(i.get('ip') or i.get('hostname') or '' for i in ingress)
    if not wide and len(lb) > LB_WIDTH:
        lb = lb[:LB_WIDTH - 3] + '...'
    parts = (lb.split(',') if lb else []) + ext
    return ','.join(parts) or '<pending>'


def used_node_ports(cluster, skip=None):
    used = set()
    for s in cluster.list('Service'):
        key = (s['metadata']['namespace'], s['metadata']['name'])
        if key == skip:
            continue
        used.update(p['nodePort'] for p in s['spec'].get('ports') or [] if p.get('nodePort'))
    return used


def apply_type(cluster, svc, live=None):
    """Defaults and validates the type-specific fields of svc (under the cluster lock). A NodePort or LoadBalancer
    keeps the nodePorts it had (live) or gets free random ones, like the API server's allocator; a ClusterIP has none.
    Kuryr (and its emulation) makes no load balancer for a NodePort service."""
    s = svc['spec']
    name = svc['metadata']['name']
    if s.get('type') not in NODE_PORT_TYPES:
        for p in s.get('ports') or []:
            p.pop('nodePort', None)
        s.pop('externalTrafficPolicy', None)
        return
    s.setdefault('externalTrafficPolicy', 'Cluster')
    used = used_node_ports(cluster, (svc['metadata'].get('namespace'), name))
    old = {(p['port'], p.get('protocol', 'TCP')): p.get('nodePort') for p in ((live or {}).get('spec') or {}).get(
        'ports') or []}
    errs = []
    for i, p in enumerate(s.get('ports') or []):
        want = p.get('nodePort') or old.get((p['port'], p.get('protocol', 'TCP')))
        if want:
            if not NODE_PORT_RANGE[0] <= int(want) <= NODE_PORT_RANGE[1]:
                errs.append((f'spec.ports[{i}].nodePort', f'Invalid value: {want}: provided port is not in the valid '
                             f'range. The range of valid ports is {NODE_PORT_RANGE[0]}-{NODE_PORT_RANGE[1]}'))
            elif int(want) in used:
                errs.append((f'spec.ports[{i}].nodePort', f'Invalid value: {want}: provided port is already allocated'))
        else:
            free = [n for n in range(NODE_PORT_RANGE[0], NODE_PORT_RANGE[1] + 1) if n not in used]
            if not free:
                errs.append((f'spec.ports[{i}].nodePort', 'Internal error: range is full'))
                continue
            want = random.choice(free)
        p['nodePort'] = int(want)
        used.add(int(want))
    if errs:
        raise Invalid('Service', name, errs)


def prepare_endpoints(ep):
    """Endpoints written by a user (for a Service without a selector): ports' protocol defaults to TCP; addresses
    must be IPs and ports in range (ValidateEndpoints' messages)."""
    import ipaddress

    errs = []
    name = ep['metadata']['name']
    for i, sub in enumerate(ep.get('subsets') or []):
        for key in ('addresses', 'notReadyAddresses'):
            for j, ad in enumerate(sub.get(key) or []):
                try:
                    ipaddress.ip_address(str(ad.get('ip', '')))
                except ValueError:
                    errs.append((f'subsets[{i}].{key}[{j}].ip', f'Invalid value: "{ad.get("ip", "")}": must be a '
                                 'valid IP address, (e.g. 10.9.8.7)'))
        ports = sub.get('ports') or []
        for j, p in enumerate(ports):
            p.setdefault('protocol', 'TCP')
            if not isinstance(p.get('port'), int) or not 1 <= p['port'] <= 65535:
                errs.append((f'subsets[{i}].ports[{j}].port', f'Invalid value: {p.get("port", 0)}: must be between 1 '
                             'and 65535, inclusive'))
            if len(ports) > 1 and not p.get('name'):
                errs.append((f'subsets[{i}].ports[{j}].name', 'Required value'))
    if errs:
        raise Invalid('Endpoints', name, errs)
