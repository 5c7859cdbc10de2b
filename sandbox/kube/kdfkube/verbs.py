"""kubectl verbs added for issue #16: `label` and `rollout restart`, with kubectl v1.16's messages."""

import copy
import datetime
import re

from .kubectl import KubectlError, flag, not_found, not_supported, ns_for, parse_resource_args, qualified
from .store import KINDS

RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt'
# validation.IsValidLabelValue: at most 63 characters, alphanumeric at both ends, [-_.] inside
LABEL_VALUE = re.compile(r'^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$')


def split_pairs(args):
    """cmdutil.GetResourcesAndPairs: resources first, then `k=v` / `k-` pairs."""
    resources, pairs = [], []
    for s in args:
        pair = ('=' in s and not s.startswith('=')) or (s.endswith('-') and s != '-')
        if pair:
            pairs.append(s)
        elif pairs:
            raise KubectlError(f'error: all resources must be specified before label changes: {s}')
        else:
            resources.append(s)
    return resources, pairs


def parse_label_pairs(pairs):
    """label.go parseLabels: {key: value} to set and [key] to remove."""
    add, remove = {}, []
    for spec in pairs:
        if '=' in spec:
            parts = spec.split('=')
            if len(parts) != 2:
                raise KubectlError(f'error: invalid label spec: {spec}')
            if len(parts[1]) > 63 or not LABEL_VALUE.match(parts[1]):
                raise KubectlError(f'error: invalid label value: "{spec}": a valid label must be an empty string or '
                                   "consist of alphanumeric characters, '-', '_' or '.', and must start and end with "
                                   "an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex "
                                   "used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
            add[parts[0]] = parts[1]
        elif spec.endswith('-'):
            remove.append(spec[:-1])
        else:
            raise KubectlError(f'error: unknown label spec: {spec}')
    if any(k in add for k in remove):
        raise KubectlError('error: can not both modify and remove a label in the same command')
    return add, remove


def cmd_label(c, a, default_ns):
    """`kubectl label KIND NAME... k=v k2- [--overwrite]`: `<kind>/<name> labeled` (or `not labeled`)."""
    if flag(a, 'output'):
        raise not_supported('label -o')
    resources, pairs = split_pairs(a.pos)
    if not pairs:
        raise KubectlError('error: at least one label update is required')
    add, remove = parse_label_pairs(pairs)
    specs = parse_resource_args(resources)
    if not specs or not all(n for _k, n in specs):
        raise KubectlError('error: resource(s) were provided, but no name, label selector, or --all flag specified')
    ns = ns_for(a, default_ns)
    out = []
    with c.locked():
        for kind, name in specs:
            o = c.get(kind, ns if KINDS[kind][2] else None, name)
            if o is None:
                raise not_found(kind, name)
            have = o['metadata'].get('labels') or {}
            if not flag(a, 'overwrite'):
                clash = [f"'{k}' already has a value ({have[k]}), and --overwrite is false" for k in add if k in have]
                if clash:
                    raise KubectlError('error: ' + (clash[0] if len(clash) == 1 else '[' + ', '.join(clash) + ']'))
            new_labels = {k: v for k, v in have.items() if k not in remove}
            new_labels.update(add)
            new = copy.deepcopy(o)
            if new_labels:
                new['metadata']['labels'] = new_labels
            else:
                new['metadata'].pop('labels', None)
            changed = c.put_if_changed(o, new)
            out.append(f'{qualified(kind)}/{name} {"labeled" if changed else "not labeled"}')
    print('\n'.join(out))
    return 0


def rfc3339_now():
    """Go's time.Now().Format(time.RFC3339): local time with its offset, `Z` for UTC."""
    t = datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()
    return t[:-6] + 'Z' if t.endswith('+00:00') else t


def cmd_rollout_restart(c, a, default_ns):
    """`rollout restart deployment/NAME`: stamps the pod template with restartedAt, so the deployment controller
    makes a new ReplicaSet and replaces every pod; prints `deployment.apps/NAME restarted`."""
    specs = parse_resource_args(a.pos[1:])
    if not specs or not all(n for _k, n in specs):
        raise KubectlError('error: required resource not specified')
    ns = ns_for(a, default_ns)
    for kind, name in specs:
        if kind != 'Deployment':
            raise not_supported(f'rollout restart {KINDS[kind][0]}')
        with c.locked():
            d = c.get(kind, ns, name)
            if d is None:
                raise not_found(kind, name)
            if d['spec'].get('paused'):
                raise KubectlError("error: can't restart paused deployment (run rollout resume first)")
            new = copy.deepcopy(d)
            tmd = new['spec']['template'].setdefault('metadata', {})
            stamp = rfc3339_now()
            if (tmd.get('annotations') or {}).get(RESTARTED_AT) == stamp:
                raise KubectlError(f'error: failed to create patch for {name}: empty patch')
            tmd.setdefault('annotations', {})[RESTARTED_AT] = stamp
            new['metadata']['generation'] = new['metadata'].get('generation', 1) + 1
            c.put(new)
        print(f'{qualified(kind)}/{name} restarted')
    return 0
