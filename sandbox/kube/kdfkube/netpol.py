"""NetworkPolicy (networking.k8s.io/v1) as the v1.16 API server stores it: its defaults (SetDefaults_NetworkPolicy,
SetDefaults_NetworkPolicyPort), the omitempty normalisation of a JSON round trip, and its validation
(pkg/apis/networking/validation) with the field paths and messages kubectl prints for an invalid object."""

import copy
import ipaddress
import re

PROTOCOLS = ('TCP', 'UDP', 'SCTP')


class Invalid(Exception):
    """An object the API server rejects; causes are (field path, message body) pairs."""

    def __init__(self, kind, name, causes):
        self.kind, self.name, self.causes = kind, name, causes
        super().__init__(self.text())

    def text(self):
        """kubectl's rendering of a StatusError of reason Invalid (cmdutil.checkErr + MultilineError)."""
        head = f'The {self.kind} "{self.name}" is invalid: '
        if len(self.causes) == 1:
            return head + f'{self.causes[0][0]}: {self.causes[0][1]}'
        return head + '\n' + '\n'.join(f'* {f}: {m}' for f, m in self.causes)


def _clean_selector(sel):
    """A LabelSelector after a JSON round trip: empty matchLabels/matchExpressions disappear (omitempty)."""
    if not isinstance(sel, dict):
        return sel
    out = {k: v for k, v in sel.items() if k not in ('matchLabels', 'matchExpressions') or v}
    return out


def _clean_rule(rule, peers_key):
    out = {}
    if rule.get('ports'):
        out['ports'] = []
        for p in rule['ports']:
            q = dict(p or {})
            q.setdefault('protocol', 'TCP')
            out['ports'].append(q)
    if rule.get(peers_key):
        out[peers_key] = []
        for peer in rule[peers_key]:
            q = {}
            for k, v in (peer or {}).items():
                q[k] = _clean_selector(v) if k in ('podSelector', 'namespaceSelector') else v
                if k == 'ipBlock' and isinstance(v, dict) and not v.get('except'):
                    q[k] = {kk: vv for kk, vv in v.items() if kk != 'except'}
            out[peers_key].append(q)
    return out


def default_spec(spec):
    """The spec as stored: podSelector always present, ports' protocol TCP, policyTypes [Ingress] (+ Egress when
    egress rules exist) when not given, empty lists dropped."""
    spec = copy.deepcopy(spec or {})
    out = {'podSelector': _clean_selector(spec.get('podSelector') or {})}
    for key, peers in (('ingress', 'from'), ('egress', 'to')):
        if spec.get(key):
            out[key] = [_clean_rule(r or {}, peers) for r in spec[key]]
    types = spec.get('policyTypes') or []
    if not types:
        types = ['Ingress'] + (['Egress'] if out.get('egress') else [])
    out['policyTypes'] = list(types)
    for k, v in spec.items():
        if k not in ('podSelector', 'ingress', 'egress', 'policyTypes'):
            out[k] = v  # unknown fields: the API server would drop them; kept so nothing is silently lost
    return out


def _quote(v):
    return '"' + str(v).replace('"', '\\"') + '"' if isinstance(v, str) else str(v)


def _selector_errors(sel, path):
    errs = []
    if sel is None:
        return errs
    for i, e in enumerate(sel.get('matchExpressions') or []):
        p = f'{path}.matchExpressions[{i}]'
        op = e.get('operator')
        if op in ('In', 'NotIn'):
            if not e.get('values'):
                errs.append((f'{p}.values', "Required value: must be specified when `operator` is 'In' or 'NotIn'"))
        elif op in ('Exists', 'DoesNotExist'):
            if e.get('values'):
                errs.append((f'{p}.values',
                             "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
        else:
            errs.append((f'{p}.operator', f'Invalid value: {_quote(op)}: not a valid selector operator'))
    return errs


def _port_name_errors(name):
    """validation.IsValidPortName."""
    msgs = []
    if len(name) > 15:
        msgs.append('must be no more than 15 characters')
    if not re.fullmatch(r'[-a-z0-9]+', name):
        msgs.append('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)')
    if not re.search(r'[a-z]', name):
        msgs.append('must contain at least one letter (a-z)')
    if '--' in name:
        msgs.append('must not contain consecutive hyphens')
    if name.startswith('-') or name.endswith('-'):
        msgs.append('must not begin or end with a hyphen')
    return msgs


def _port_errors(port, path):
    errs = []
    proto = port.get('protocol')
    if proto is not None and proto not in PROTOCOLS:
        errs.append((f'{path}.protocol', f'Unsupported value: {_quote(proto)}: supported values: '
                     + ', '.join(f'"{x}"' for x in PROTOCOLS)))
    if 'port' in port and port['port'] is not None:
        v = port['port']
        if isinstance(v, int):
            if not 1 <= v <= 65535:
                errs.append((f'{path}.port', f'Invalid value: {v}: must be between 1 and 65535, inclusive'))
        else:
            errs += [(f'{path}.port', f'Invalid value: {_quote(v)}: {m}') for m in _port_name_errors(str(v))]
    return errs


def _cidr(text):
    try:
        return ipaddress.ip_network(str(text), strict=False)
    except ValueError:
        return None


def _ipblock_errors(ipb, path):
    if not ipb.get('cidr'):
        return [(f'{path}.cidr', 'Required value')]
    net = _cidr(ipb['cidr'])
    if net is None:
        return [(f'{path}.cidr', f'Invalid value: {_quote(ipb["cidr"])}: not a valid CIDR')]
    errs = []
    for i, ex in enumerate(ipb.get('except') or []):
        exn = _cidr(ex)
        if exn is None:
            return errs + [(f'{path}.except[{i}]', f'Invalid value: {_quote(ex)}: not a valid CIDR')]
        if exn.version != net.version or exn.network_address not in net or net.prefixlen >= exn.prefixlen:
            errs.append((f'{path}.except[{i}]', f'Invalid value: {_quote(ex)}: must be a strict subset of `cidr`'))
    return errs


def _peer_errors(peer, path):
    errs, n = [], 0
    for key in ('podSelector', 'namespaceSelector'):
        if peer.get(key) is not None:
            n += 1
            errs += _selector_errors(peer[key], f'{path}.{key}')
    if peer.get('ipBlock') is not None:
        n += 1
        errs += _ipblock_errors(peer['ipBlock'], f'{path}.ipBlock')
    if n == 0:
        errs.append((path, 'Required value: must specify a peer'))
    elif n > 1 and peer.get('ipBlock') is not None:
        errs.append((path, 'Forbidden: may not specify both ipBlock and another peer'))
    return errs


def validate(name, spec):
    """Raises Invalid with every cause ValidateNetworkPolicySpec finds in a (defaulted) spec."""
    errs = _selector_errors(spec.get('podSelector'), 'spec.podSelector')
    for key, peers in (('ingress', 'from'), ('egress', 'to')):
        for i, rule in enumerate(spec.get(key) or []):
            for j, port in enumerate(rule.get('ports') or []):
                errs += _port_errors(port, f'spec.{key}[{i}].ports[{j}]')
            for j, peer in enumerate(rule.get(peers) or []):
                errs += _peer_errors(peer, f'spec.{key}[{i}].{peers}[{j}]')
    types = spec.get('policyTypes') or []
    if len(types) > 2:
        errs.append(('spec.policyTypes', f'Invalid value: {types}: may not specify more than two policyTypes'))
    else:
        for i, t in enumerate(types):
            if t not in ('Ingress', 'Egress'):
                errs.append((f'spec.policyTypes[{i}]', f'Unsupported value: {_quote(t)}: supported values: '
                             '"Ingress", "Egress"'))
    if errs:
        raise Invalid('NetworkPolicy', name, errs)


def prepare(obj):
    """Defaults and validates obj (a NetworkPolicy being created or updated) in place."""
    obj['spec'] = default_spec(obj.get('spec'))
    validate(obj['metadata']['name'], obj['spec'])
