"""Pure logic of Kuryr's NetworkPolicy driver: a NetworkPolicy, the cluster's pods and namespaces -> the security
group rules of the policy's group, and each pod -> the security groups of its port. No I/O here (unit-tested)."""
import ipaddress

from . import kube

labels = kube.labels()

ANY = None  # remote_ip_prefix of a rule that allows every address (Neutron's "no prefix")
RULE_KEYS = ('direction', 'ethertype', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix')
DESCRIPTION = 'Kuryr-Kubernetes NetPolicy SG rule'


def sg_name(namespace, policy):
    """Kuryr's name of a policy's security group."""
    return 'sg-%s-%s' % (namespace, policy)


def selects(selector, obj_labels):
    """True when a metav1.LabelSelector matches; an empty or missing selector matches everything."""
    return labels.matches(labels.from_label_selector(selector or {}), obj_labels or {})


def policy_types(spec):
    """spec.policyTypes, or Kubernetes' default: Ingress, plus Egress when the policy has an egress section."""
    types = spec.get('policyTypes')
    if types:
        return list(types)
    return ['Ingress'] + (['Egress'] if spec.get('egress') is not None else [])


def ip_block_prefixes(block):
    """An ipBlock as the list of prefixes it allows: `cidr` minus every `except` (the complement prefixes)."""
    nets = [ipaddress.ip_network(block['cidr'], strict=False)]
    for exc in block.get('except') or []:
        ex = ipaddress.ip_network(exc, strict=False)
        out = []
        for n in nets:
            if ex.version != n.version or not ex.overlaps(n):
                out.append(n)
            elif ex.supernet_of(n):
                continue  # the exception swallows this part
            else:
                out.extend(n.address_exclude(ex))
        nets = out
    return [str(n) for n in sorted(ipaddress.collapse_addresses(nets))]


def _ns_labels(namespaces, name):
    ns = namespaces.get(name) or {}
    return (ns.get('metadata') or {}).get('labels') or {}


def pod_labels(pod):
    return (pod.get('metadata') or {}).get('labels') or {}


def selected_pods(policy, pods):
    """The pods (keys of `pods`) a policy applies to: its namespace's pods matching spec.podSelector."""
    ns = policy['metadata'].get('namespace', 'default')
    sel = (policy.get('spec') or {}).get('podSelector')
    return sorted(k for k, p in pods.items() if k[0] == ns and selects(sel, pod_labels(p)))


def _peer_namespaces(peer, policy_ns, view):
    if 'namespaceSelector' in peer:
        return sorted(n for n in view.namespace_names()
                      if selects(peer['namespaceSelector'], _ns_labels(view.namespaces, n)))
    return [policy_ns]


def _peer_pods(peer, policy_ns, view):
    """The pod keys a podSelector/namespaceSelector peer selects (none for an ipBlock)."""
    if 'ipBlock' in peer:
        return []
    nss = set(_peer_namespaces(peer, policy_ns, view))
    return sorted(k for k in view.pods if k[0] in nss
                  and ('podSelector' not in peer or selects(peer['podSelector'], pod_labels(view.pods[k]))))


def _peer_remotes(peer, policy_ns, view):
    """[(remote prefix, pod key or None)] one `from`/`to` peer allows."""
    if 'ipBlock' in peer:
        return [(p, None) for p in ip_block_prefixes(peer['ipBlock'])]
    nss = _peer_namespaces(peer, policy_ns, view)
    out = []
    for ns in nss:
        if 'podSelector' not in peer and ns in view.ns_cidrs:
            out.append((view.ns_cidrs[ns], None))  # the namespace subnet driver: the namespace's whole subnet
            continue
        for key in sorted(k for k in view.pods if k[0] == ns):
            if 'podSelector' in peer and not selects(peer['podSelector'], pod_labels(view.pods[key])):
                continue
            ip = view.ips.get(key)
            if ip:
                out.append(('%s/32' % ip, key))
    return out


def _named_port(pod, name, protocol):
    for c in (pod.get('spec') or {}).get('containers') or []:
        for p in c.get('ports') or []:
            if p.get('name') == name and (p.get('protocol') or 'TCP').upper() == protocol:
                return int(p['containerPort'])
    return None


def _port_ranges(port, pods):
    """(protocol, [(min, max)]) of one NetworkPolicyPort; a named port resolves against `pods` (keys -> objects)."""
    proto = (port.get('protocol') or 'TCP').upper()
    value = port.get('port')
    if value is None:
        return proto.lower(), [(None, None)]
    if isinstance(value, str) and not value.isdigit():
        numbers = sorted({n for n in (_named_port(p, value, proto) for p in pods) if n is not None})
        return proto.lower(), [(n, n) for n in numbers]
    low = int(value)
    return proto.lower(), [(low, int(port.get('endPort') or low))]


def _rule(direction, protocol=None, low=None, high=None, remote=ANY):
    return {'direction': direction, 'ethertype': 'IPv4', 'protocol': protocol, 'port_range_min': low,
            'port_range_max': high, 'remote_ip_prefix': remote}


def _section_rules(direction, entry, policy, view, targets):
    """The rules of one ingress/egress entry: its peers x its ports."""
    ns = policy['metadata'].get('namespace', 'default')
    peers = entry.get('from' if direction == 'ingress' else 'to')
    if not peers:  # missing or empty: every source/destination
        remotes = [(ANY, None)]
    else:
        remotes = [r for peer in peers for r in _peer_remotes(peer, ns, view)]
    ports = entry.get('ports') or [{}]
    rules = []
    for remote, peer_key in remotes:
        for port in ports:
            if not port:
                rules.append(_rule(direction, remote=remote))
                continue
            if direction == 'ingress':
                named_against = [view.pods[k] for k in targets]
            elif peer_key is not None:
                named_against = [view.pods[peer_key]]
            else:  # egress to an ipBlock or anywhere: any pod's port of that name
                named_against = list(view.pods.values())
            proto, ranges = _port_ranges(port, named_against)
            rules.extend(_rule(direction, proto, low, high, remote) for low, high in ranges)
    if direction == 'egress' and peers:
        rules.extend(_service_rules(entry, ns, view))
    return rules


def _service_rules(entry, policy_ns, view):
    """Egress to the ClusterIP of each Service backed by a peer pod, as Kuryr adds them: the pod is reached through
    its service's load balancer VIP too. The service port is allowed when the policy allows its targetPort."""
    pods = {k for peer in entry.get('to') or [] for k in _peer_pods(peer, policy_ns, view)}
    rules = []
    for (sns, sname), svc in sorted(view.services.items()):
        spec = svc.get('spec') or {}
        sel, vip = spec.get('selector'), spec.get('clusterIP')
        if sel:
            backs = [view.pods[k] for k in sorted(pods) if k[0] == sns and selects({'matchLabels': sel},
                                                                                  pod_labels(view.pods[k]))]
        else:  # a Service without a selector: its backends are the addresses of its (user's) Endpoints
            listed = _endpoint_ips(view.endpoints.get((sns, sname)))
            backs = [view.pods[k] for k in sorted(pods) if k[0] == sns and view.ips.get(k) in listed]
        if not backs or not vip or vip == 'None':
            continue
        if not entry.get('ports'):
            rules.append(_rule('egress', remote=vip + '/32'))
            continue
        for sp in spec.get('ports') or []:
            proto = (sp.get('protocol') or 'TCP').upper()
            target = sp.get('targetPort', sp['port'])
            if isinstance(target, str) and not target.isdigit():
                target = next((n for n in (_named_port(p, target, proto) for p in backs) if n is not None), None)
            if target is not None and _allowed(entry['ports'], proto, int(target), backs):
                rules.append(_rule('egress', proto.lower(), int(sp['port']), int(sp['port']), vip + '/32'))
    return rules


def _endpoint_ips(endpoints):
    """The ready addresses of an Endpoints object."""
    return {a.get('ip') for sub in (endpoints or {}).get('subsets') or [] for a in sub.get('addresses') or []}


def _allowed(ports, proto, number, pods):
    """True when one of a rule's NetworkPolicyPorts allows `number`/`proto` (named ports resolved against pods)."""
    for port in ports:
        p, ranges = _port_ranges(port, pods)
        if p == proto.lower() and any(lo is None or lo <= number <= hi for lo, hi in ranges):
            return True
    return False


class View:
    """What the planner reads: pods {(ns, name): Pod}, their IPs {(ns, name): ip}, namespaces {name: Namespace},
    the namespaces' CIDRs {name: cidr} when the namespace subnet driver gives each its own subnet, and the Services
    {(ns, name): Service} (egress to a peer pod also allows its services' ClusterIPs)."""

    def __init__(self, pods, ips, namespaces, ns_cidrs=None, services=None, lb_cidr=None, endpoints=None):
        self.pods, self.ips, self.namespaces = pods, ips, namespaces
        self.ns_cidrs = ns_cidrs or {}
        self.services = services or {}
        # the service subnet: Octavia's amphorae reach members from there (the proxy's source is the VIP)
        self.lb_cidr = lb_cidr
        self.endpoints = endpoints or {}  # {(ns, name): Endpoints}: the backends of Services without a selector

    def namespace_names(self):
        return set(self.namespaces) | {k[0] for k in self.pods}


def desired_rules(policy, view):
    """{"ingress": [rule], "egress": [rule]} for one NetworkPolicy, each rule a dict of RULE_KEYS, sorted and unique.

    A direction the policy does not restrict (not in policyTypes) gets one allow-all IPv4 rule; a restricted direction
    without entries gets none (default deny)."""
    spec = policy.get('spec') or {}
    types = policy_types(spec)
    targets = selected_pods(policy, view.pods)
    out = {}
    for direction, section, kind in (('ingress', 'ingress', 'Ingress'), ('egress', 'egress', 'Egress')):
        if kind not in types:
            rules = [_rule(direction)]
        else:
            rules = [r for entry in spec.get(section) or [] for r in _section_rules(direction, entry, policy, view,
                                                                                     targets)]
            if direction == 'ingress' and view.lb_cidr:
                # load balancer -> member traffic stays allowed, as service_pod_access allows it for other pods
                rules += [_rule('ingress', proto, remote=view.lb_cidr) for proto in ('tcp', 'udp')]
        out[direction] = unique_rules(rules)
    return out


def rule_key(rule):
    """The identity of a rule for diffing (Neutron's 0.0.0.0/0 is the same as no prefix)."""
    remote = rule.get('remote_ip_prefix')
    if remote in ('0.0.0.0/0', '::/0'):
        remote = ANY
    proto = rule.get('protocol')
    return (rule.get('direction'), rule.get('ethertype') or 'IPv4', proto.lower() if isinstance(proto, str) else proto,
            rule.get('port_range_min'), rule.get('port_range_max'), remote, rule.get('remote_group_id'))


def sortable(key):
    """A rule key that sorts (None first, numbers as numbers)."""
    return tuple((0, 0, '') if x is None else (1, x, '') if isinstance(x, int) else (2, 0, str(x)) for x in key)


def unique_rules(rules):
    seen = {}
    for r in rules:
        seen.setdefault(rule_key(r), r)
    return [seen[k] for k in sorted(seen, key=sortable)]


def diff_rules(desired, actual):
    """(to_create, to_delete): desired rules missing from `actual` (Neutron rules with ids) and actual rules that are
    not desired (a duplicate counts as not desired)."""
    want = {rule_key(r): r for r in desired}
    have = set()
    to_delete = []
    for r in actual:
        k = rule_key(r)
        if k in want and k not in have:
            have.add(k)
        else:
            to_delete.append(r)
    return [r for k, r in want.items() if k not in have], to_delete


def port_security_groups(pod_keys, policies, policy_sgs, defaults):
    """{pod key: [SG ids]} for wired pods: every selecting policy's group (by policy name) and nothing else (as
    Kuryr's policy driver does: `default` or `service_pod_access` would let through what the policy denies, e.g. their
    egress rules), or the pod's defaults (a list, or a function of the pod key) when no policy selects it.

    `policies` {(ns, name): NetworkPolicy}, `policy_sgs` {(ns, name): SG id} (policies without a group yet are left
    out, so a port never points at a group that does not exist)."""
    out = {}
    for key, pod in pod_keys.items():
        sgs = [policy_sgs[pk] for pk in sorted(policies)
               if pk in policy_sgs and pk[0] == key[0]
               and selects((policies[pk].get('spec') or {}).get('podSelector'), pod_labels(pod))]
        if sgs:
            out[key] = sgs
        else:
            out[key] = list(defaults(key) if callable(defaults) else defaults)
    return out
