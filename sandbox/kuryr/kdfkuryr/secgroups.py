"""Neutron security groups enforced in each pod's network namespace: what the OVS agent's firewall does for a port.

The pure half renders one port's groups (as read from Neutron) into iptables-restore text for two chains of the
pod's namespace, `kdf-sg-ingress` (jumped from INPUT) and `kdf-sg-egress` (from OUTPUT):

    conntrack ESTABLISHED,RELATED -> ACCEPT   (stateful groups; Neutron's `stateful: false` groups leave it out)
    loopback                      -> ACCEPT
    one line per rule (and per member IP of a remote group) -> ACCEPT
    everything else              -> DROP

A port with `port_security_enabled: false` gets ACCEPT only. A port with port security and no group drops
everything, as Neutron's firewall does (the `--no-security-group --disable-port-security` pair opens a port).
IPv6 rules are skipped (no IPv6 on pod interfaces); a rule naming an address group matches nothing (not
emulated). The `Enforcer` half reads Neutron (ports and rules when Neutron's change journal moved, or every 5 s;
groups every 30 s) and applies only what changed.
"""
import concurrent.futures
import ipaddress
import re
import time

from kdfdp import changes

from . import nsfix, sh, store

INGRESS = 'kdf-sg-ingress'
EGRESS = 'kdf-sg-egress'
JUMPS = (('INPUT', INGRESS), ('OUTPUT', EGRESS))
REASSERT = 60.0  # seconds: a ruleset someone flushed by hand comes back at the latest after this

# Neutron accepts protocol names and numbers; iptables wants names for the port matches
_PORT_PROTOCOLS = {'tcp': 'tcp', '6': 'tcp', 'udp': 'udp', '17': 'udp', 'sctp': 'sctp', '132': 'sctp',
                   'udplite': 'udplite', '136': 'udplite', 'dccp': 'dccp', '33': 'dccp'}
_ICMP = {'icmp', '1'}
_ANY = {None, '', 'any', '0'}
# the other names Neutron accepts, as numbers (the pod's /etc/protocols may lack some)
_NUMBERS = {'ah': 51, 'egp': 8, 'esp': 50, 'gre': 47, 'igmp': 2, 'ipip': 4, 'ipv6-encap': 41, 'ipv6-frag': 44,
            'ipv6-nonxt': 59, 'ipv6-opts': 60, 'ipv6-route': 43, 'ospf': 89, 'pgm': 113, 'rsvp': 46, 'vrrp': 112}
_SAFE = re.compile(r'^[A-Za-z0-9./:_,-]+$')


def _token(value):
    """A word of an iptables-restore line: refuses anything the restore parser would split or unquote."""
    value = str(value)
    if not _SAFE.match(value):
        raise ValueError('unsafe iptables token %r' % value)
    return value


def _port_range(lo, hi):
    if lo is None and hi is None:
        return None
    lo = 0 if lo is None else int(lo)
    hi = lo if hi is None else int(hi)
    return str(lo) if lo == hi else '%d:%d' % (lo, hi)


def _protocol_match(rule):
    """The protocol/port words of one rule, or None when iptables cannot express it."""
    proto = rule.get('protocol')
    proto = proto.lower() if isinstance(proto, str) else proto
    lo, hi = rule.get('port_range_min'), rule.get('port_range_max')
    if proto in _ANY:
        return []
    if proto in _ICMP:
        if lo is None:
            return ['-p', 'icmp']
        return ['-p', 'icmp', '--icmp-type', str(int(lo)) if hi is None else '%d/%d' % (int(lo), int(hi))]
    if proto in _PORT_PROTOCOLS:
        words = ['-p', _PORT_PROTOCOLS[proto]]
        ports = _port_range(lo, hi)
        if ports is not None:
            # the port the client asked for (conntrack's original tuple): a REDIRECT in the pod's nat table (the
            # delay-pod fault's shim) must not change which rule lets the packet in
            words += ['-m', 'conntrack', '--ctorigdstport', ports]
        return words
    if proto in _NUMBERS:
        return ['-p', str(_NUMBERS[proto])]
    if str(proto).isdigit():
        return ['-p', str(proto)]
    return None


def _peers(rule, members):
    """The remote addresses of a rule: [None] for anywhere, [] when it can match nobody."""
    if rule.get('remote_group_id'):
        return ['%s/32' % ip for ip in sorted(members.get(rule['remote_group_id'], ()), key=ipaddress.ip_address)]
    if rule.get('remote_address_group_id'):
        return []
    prefix = rule.get('remote_ip_prefix')
    if not prefix:
        return [None]
    net = ipaddress.ip_network(prefix, strict=False)
    if net.version != 4:
        return []
    return [None] if net.prefixlen == 0 else [str(net)]


def rule_lines(rule, members):
    """The iptables lines (argument lists, chain not included) that let one Neutron rule's traffic through."""
    if (rule.get('ethertype') or 'IPv4') != 'IPv4':
        return []
    match = _protocol_match(rule)
    if match is None:
        return []
    flag = '-s' if rule.get('direction') == 'ingress' else '-d'
    comment = ['-m', 'comment', '--comment', 'sg-rule:%s' % rule.get('id', '?')]
    return [([flag, peer] if peer else []) + match + comment + ['-j', 'ACCEPT'] for peer in _peers(rule, members)]


def render(port, groups, rules, members):
    """iptables-restore text (filter table, --noflush) for the chains of one port.

    port: Neutron port dict (`security_groups`, `port_security_enabled`); groups: {sg id: {'stateful': bool}};
    rules: {sg id: [rule dicts]}; members: {sg id: [IPv4 address of every port in that group]}."""
    sg_ids = list(dict.fromkeys(port.get('security_groups') or []))
    open_port = port.get('port_security_enabled') is False
    stateful = all((groups.get(g) or {}).get('stateful', True) is not False for g in sg_ids)
    out = ['*filter', ':%s - [0:0]' % INGRESS, ':%s - [0:0]' % EGRESS]
    for chain, direction, lo in ((INGRESS, 'ingress', '-i'), (EGRESS, 'egress', '-o')):
        lines = []
        if open_port:
            lines.append(['-j', 'ACCEPT'])
        else:
            if stateful:
                lines.append(['-m', 'conntrack', '--ctstate', 'ESTABLISHED,RELATED', '-j', 'ACCEPT'])
            lines.append([lo, 'lo', '-j', 'ACCEPT'])
            for sg in sg_ids:
                for rule in sorted(rules.get(sg, ()), key=lambda r: str(r.get('id'))):
                    if rule.get('direction') == direction:
                        lines.extend(rule_lines(rule, members))
            lines.append(['-j', 'DROP'])
        seen = set()
        for words in lines:
            text = ' '.join(_token(w) for w in words)
            if text not in seen:
                seen.add(text)
                out.append('-A %s %s' % (chain, text))
    out.append('COMMIT')
    return '\n'.join(out) + '\n'


def with_jumps(text, missing):
    """The restore text plus `-A INPUT -j kdf-sg-ingress` / `-A OUTPUT -j kdf-sg-egress` for the missing jumps.

    Appended, never inserted: kdf-fault's `-I INPUT` rules stay first."""
    lines = text.rstrip('\n').split('\n')
    assert lines[-1] == 'COMMIT'
    return '\n'.join(lines[:-1] + ['-A %s -j %s' % jump for jump in missing] + ['COMMIT']) + '\n'


def members_by_group(ports):
    """{sg id: sorted IPv4 fixed IPs of every port in it} (remote_group_id peers)."""
    out = {}
    for p in ports:
        ips = [f['ip_address'] for f in p.get('fixed_ips') or [] if ':' not in f.get('ip_address', ':')]
        for sg in p.get('security_groups') or []:
            out.setdefault(sg, set()).update(ips)
    return {sg: sorted(ips, key=ipaddress.ip_address) for sg, ips in out.items()}


# ---------------------------------------------------------------------------------------------------------------
# reading Neutron, applying in the pods' namespaces

_PORT_FIELDS = ['id', 'fixed_ips', 'security_groups', 'port_security_enabled']
_RULE_FIELDS = ['id', 'security_group_id', 'direction', 'ethertype', 'protocol', 'port_range_min', 'port_range_max',
                'remote_ip_prefix', 'remote_group_id', 'remote_address_group_id']


def _list(path, key, fields):
    from . import cloud  # openstacksdk: imported only where Neutron is read (the renderer's tests run without it)

    resp = cloud.conn().network.get(path, params={'fields': fields})
    resp.raise_for_status()
    return resp.json()[key]


class Neutron:
    """What enforcement reads, with few calls: ports and rules (in parallel, each thread keeping its connection) when
    Neutron's change journal says a port or a group moved (`gate`, kdfdp/changes.py), the groups' `stateful` flags
    every GROUPS_TTL seconds (Neutron lists groups slowly; the flag rarely changes)."""

    GROUPS_TTL = 30.0
    KINDS = ('port', 'kuryr-port', 'security-group')

    def __init__(self, gate):
        self.side = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self.groups, self.groups_at = {}, None
        self.gate, self.last = gate, None

    def snapshot(self):
        """(ports by id, groups, rules by group, members by group)."""
        token = self.gate.token()
        if self.last is not None and self.gate.fresh(token):
            return self.last
        self.last = self._read()
        self.gate.done(token)
        return self.last

    def _read(self):
        rules_f = self.side.submit(_list, '/security-group-rules', 'security_group_rules', _RULE_FIELDS)
        ports = _list('/ports', 'ports', _PORT_FIELDS)
        now = time.monotonic()
        if self.groups_at is None or now - self.groups_at >= self.GROUPS_TTL:
            self.groups = {g['id']: g for g in _list('/security-groups', 'security_groups', ['id', 'stateful'])}
            self.groups_at = now
        rules = {}
        for r in rules_f.result():
            rules.setdefault(r['security_group_id'], []).append(r)
        return {p['id']: p for p in ports}, self.groups, rules, members_by_group(ports)


def _netns_argv(netns, argv):
    return ['ip', 'netns', 'exec', netns] + argv


def apply(netns, text, check_jumps=True):
    """Replaces the two chains of `netns` atomically (iptables-restore --noflush) and adds the missing jumps (looked
    for only with `check_jumps`: a namespace this process already did has them)."""
    missing = [jump for jump in JUMPS if check_jumps
               and not sh.ok(_netns_argv(netns, ['iptables', '-C', jump[0], '-j', jump[1]]))]
    sh.run(_netns_argv(netns, ['iptables-restore', '--noflush']), input=with_jumps(text, missing))


def wired_pods(state_dir):
    """[(cluster dir, (ns, pod), kuryr/pods record)] of every Kuryr-wired pod (baremetal and nested)."""
    out = []
    for cluster_dir, cfg in store.clusters(state_dir):
        if cfg.get('cni', 'kuryr') != 'kuryr':
            continue
        for key, rec in sorted(store.kuryr_files(cluster_dir, 'pods').items()):
            if rec.get('netns') and rec.get('portId'):
                out.append((cluster_dir, key, rec))
    return out


class Enforcer:
    """The firewall half of the OVS agent for pod ports: one `sync` per round (the emulator calls it every second)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.applied = {}  # netns -> (text, monotonic time applied)
        self.neutron = Neutron(changes.Gate(changes.journal_dir(ctx.state_dir), Neutron.KINDS))

    def sync(self):
        pods = wired_pods(self.ctx.state_dir)
        live = {rec['netns'] for _, _, rec in pods}
        for netns in set(self.applied) - live:
            del self.applied[netns]
        if not pods:
            return
        ports, groups, rules, members = self.neutron.snapshot()
        now = time.monotonic()
        for cluster_dir, (ns, name), rec in pods:
            port, netns = ports.get(rec['portId']), rec['netns']
            if port is None or not nsfix.netns_usable(netns):
                continue  # the port is going away (unwire follows) or the kubelet removed the namespace
            text = render(port, groups, rules, members)
            prev = self.applied.get(netns)
            due = prev is None or now - prev[1] >= REASSERT
            if prev is not None and prev[0] == text and not due:
                continue
            apply(netns, text, check_jumps=due)
            self.applied[netns] = (text, now if due else prev[1])
            if prev is None or prev[0] != text:
                self.ctx.log('pod %s/%s: security groups %s enforced (%d rule lines)'
                             % (ns, name, ','.join(s[:8] for s in port.get('security_groups') or []) or 'none',
                                text.count('sg-rule:')))
