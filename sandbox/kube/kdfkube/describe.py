"""`kubectl describe networkpolicy` in kubectl's layout (describe.go describeNetworkPolicy: a tabwriter header
block, then the spec with two-space levels)."""

import sys

from . import labels
from .kubectl import flag, not_found, ns_for
from .labels import format_label_selector
from .store import parse_time

MAX_ANNOTATION = 140  # describe.go maxAnnotationLen
HEAD = 14  # width of the header column ("Annotations:" + tabwriter padding 2)


def _created(ts):
    """metav1.Time printed with %s: Go's time.Time.String() in local time, e.g. `2026-12-05 22:45:12 +0000 UTC`."""
    t = parse_time(ts).astimezone()
    return t.strftime('%Y-%m-%d %H:%M:%S %z ') + (t.tzname() or 'UTC')


def _multiline(title, items):
    """printLabelsMultiline / printAnnotationsMultiline: sorted, continuation lines under the value column."""
    pad = ' ' * HEAD
    first = (title + ':').ljust(HEAD)
    if not items:
        return [first + '<none>']
    out = []
    for i, (k, v) in enumerate(sorted(items.items())):
        lead = first if i == 0 else pad
        if title == 'Labels':
            out.append(f'{lead}{k}={v}')
            continue
        v = v.rstrip('\n')
        if len(v) + len(k) + 2 > MAX_ANNOTATION or '\n' in v:
            out.append(f'{lead}{k}:')
            for s in v.split('\n'):
                s = s[:MAX_ANNOTATION - 2] + '...' if len(s) > MAX_ANNOTATION - 2 else s
                out.append(f'{pad}  {s}')
        else:
            out.append(f'{lead}{k}: {v}')
    return out


def _peers(peers, header, indent):
    out = []
    for peer in peers:
        out.append(f'{indent}{header}:')
        pod, nsel, ipb = peer.get('podSelector'), peer.get('namespaceSelector'), peer.get('ipBlock')
        if nsel is not None:
            out.append(f'{indent}  NamespaceSelector: {format_label_selector(nsel)}')
        if pod is not None:
            out.append(f'{indent}  PodSelector: {format_label_selector(pod)}')
        if pod is None and nsel is None and ipb is not None:
            out.append(f'{indent}  IPBlock:')
            out.append(f'{indent}    CIDR: {ipb.get("cidr", "")}')
            out.append(f'{indent}    Except: {", ".join(ipb.get("except") or [])}')
    return out


def _rules(rules, direction, peers_key, indent='    '):
    if not rules:
        return [f'{indent}<none> (Selected pods are isolated for {direction} connectivity)']
    header = 'From' if peers_key == 'from' else 'To'
    what = 'source' if peers_key == 'from' else 'destination'
    out = []
    for i, rule in enumerate(rules):
        if not rule.get('ports'):
            out.append(f'{indent}To Port: <any> (traffic allowed to all ports)')
        for p in rule.get('ports') or []:
            out.append(f'{indent}To Port: {p.get("port", "<nil>")}/{p.get("protocol") or "TCP"}')
        if not rule.get(peers_key):
            out.append(f'{indent}{header}: <any> (traffic not restricted by {what})')
        out += _peers(rule.get(peers_key) or [], header, indent)
        if i != len(rules) - 1:
            out.append(f'{indent}----------')
    return out


def describe_network_policy(np):
    """The text kubectl prints for one NetworkPolicy (ends with a newline)."""
    md, spec = np['metadata'], np.get('spec') or {}
    lines = [f'{"Name:".ljust(HEAD)}{md["name"]}', f'{"Namespace:".ljust(HEAD)}{md.get("namespace", "")}',
             f'{"Created on:".ljust(HEAD)}{_created(md["creationTimestamp"])}']
    lines += _multiline('Labels', md.get('labels') or {})
    lines += _multiline('Annotations', md.get('annotations') or {})
    lines.append('Spec:')
    sel = spec.get('podSelector') or {}
    if not sel.get('matchLabels') and not sel.get('matchExpressions'):
        lines.append('  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)')
    else:
        lines.append(f'  PodSelector:     {format_label_selector(sel)}')
    types = spec.get('policyTypes') or []
    for kind, key, peers in (('Ingress', 'ingress', 'from'), ('Egress', 'egress', 'to')):
        if kind in types:
            lines.append(f'  Allowing {key} traffic:')
            lines += _rules(spec.get(key) or [], key, peers)
        else:
            lines.append(f'  Not affecting {key} traffic')
    lines.append(f'  Policy Types: {", ".join(types)}')
    return '\n'.join(lines) + '\n'


def cmd_describe_policies(c, a, default_ns, specs):
    """`kubectl describe networkpolicy NAME...|-l SEL` (objects separated by two blank lines, as kubectl)."""
    ns = ns_for(a, default_ns)
    sel = labels.parse_selector(flag(a, 'selector') or '')
    scope = None if flag(a, 'all-namespaces') else ns
    objs = []
    for _k, name in specs:
        if name:
            o = c.get('NetworkPolicy', ns, name)
            if o is None:
                raise not_found('NetworkPolicy', name)
            objs.append(o)
        else:
            objs += [o for o in c.list('NetworkPolicy', scope) if labels.matches(sel, o['metadata'].get('labels'))]
    if not objs:
        sys.stderr.write(f'No resources found in {ns} namespace.\n' if scope else 'No resources found\n')
    sys.stdout.write('\n\n'.join(describe_network_policy(o) for o in objs))
    return 0
