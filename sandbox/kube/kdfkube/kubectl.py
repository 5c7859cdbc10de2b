"""The sandbox's `kubectl` double: real kubectl grammar and output for the subset the toolkit uses, over the on-disk
object store of a sandbox cluster. Anything outside the subset fails loudly (exit 1), never silently."""

import copy
import datetime
import ipaddress
import json
import os
import shutil
import subprocess
import sys
import time

import yaml

from . import crdschema, jsonpath, labels, netpol, readiness, services, store
from .manager import complete_pod_spec, host_network, pod_netns, pod_ready
from .store import KINDS, new_object, now_rfc3339, resolve_kind


class KubectlError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.msg = msg
        self.code = code


def not_supported(what):
    return KubectlError(f'error: kubectl {what} is not supported by the sandbox kubectl double')


# ------------------------------------------------------------------------------------------------------------------
# argument grammar

VALUE_FLAGS = {
    '-n': 'namespace', '--namespace': 'namespace', '--kubeconfig': 'kubeconfig', '-o': 'output', '--output': 'output',
    '-l': 'selector', '--selector': 'selector', '--timeout': 'timeout', '--replicas': 'replicas', '--image': 'image',
    '--port': 'port', '--target-port': 'target-port', '--protocol': 'protocol', '--name': 'name', '-f': 'filename',
    '--filename': 'filename', '--for': 'for', '-c': 'container', '--container': 'container', '--type': 'type',
    '--context': 'context', '--tail': 'tail', '--grace-period': 'grace-period', '--cascade': 'cascade',
    '--request-timeout': 'request-timeout', '--current-replicas': 'current-replicas', '-v': 'v', '--v': 'v',
    '--cluster-ip': 'cluster-ip', '--selector-override': 'ignored', '--field-selector': 'field-selector',
    '--dry-run': 'dry-run', '--validate': 'validate', '--save-config': 'save-config', '--record': 'record',
}
BOOL_FLAGS = {
    '-A': 'all-namespaces', '--all-namespaces': 'all-namespaces', '-i': 'stdin', '--stdin': 'stdin', '-t': 'tty',
    '--tty': 'tty', '--client': 'client', '--wait': 'wait', '--all': 'all', '--ignore-not-found': 'ignore-not-found',
    '--no-headers': 'no-headers', '--show-labels': 'show-labels', '--force': 'force', '--now': 'now',
    '--short': 'short', '-w': 'watch', '--watch': 'watch', '-q': 'quiet', '--quiet': 'quiet',
    '--insecure-skip-tls-verify': 'ignored-bool', '--raw': 'raw', '--overwrite': 'overwrite',
}
SHORT_VALUE = {'n', 'o', 'l', 'f', 'c', 'v'}
SHORT_BOOL = {'A': 'all-namespaces', 'i': 'stdin', 't': 'tty', 'w': 'watch', 'q': 'quiet'}

GLOBAL = {'namespace', 'kubeconfig', 'context', 'request-timeout', 'v', 'ignored-bool'}
VERB_FLAGS = {
    'get': {'output', 'selector', 'all-namespaces', 'no-headers', 'show-labels', 'ignore-not-found', 'watch',
            'filename', 'field-selector'},
    'describe': {'selector', 'all-namespaces'},
    'create': {'image', 'replicas', 'port', 'output', 'dry-run', 'validate', 'save-config', 'filename', 'record'},
    'apply': {'filename', 'output', 'dry-run', 'validate', 'record', 'wait'},
    'delete': {'selector', 'all', 'wait', 'timeout', 'ignore-not-found', 'grace-period', 'force', 'now',
               'cascade', 'filename', 'all-namespaces', 'output'},
    'scale': {'replicas', 'current-replicas', 'timeout', 'output', 'selector', 'all', 'record'},
    'expose': {'port', 'target-port', 'protocol', 'name', 'type', 'output', 'cluster-ip', 'dry-run', 'selector',
               'ignored', 'record'},
    'rollout': {'timeout', 'watch', 'output'},
    'label': {'overwrite', 'output'},
    'wait': {'for', 'timeout', 'selector', 'all', 'all-namespaces', 'output'},
    'exec': {'stdin', 'tty', 'container', 'quiet'},
    'logs': {'container', 'tail', 'selector'},
    'version': {'client', 'output', 'short'},
    'config': {'output', 'raw'},
    'cluster-info': set(),
}


class Args:
    def __init__(self):
        self.flags = {}
        self.pos = []
        self.command = None  # what follows `--`
        self.seen = []


def parse_args(argv):
    a = Args()
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == '--':
            a.command = argv[i:]
            break
        if arg.startswith('--'):
            name, eq, val = arg.partition('=')
            if name in VALUE_FLAGS:
                if not eq:
                    if i >= len(argv):
                        raise KubectlError(f'error: flag needs an argument: {name}')
                    val = argv[i]
                    i += 1
                key = VALUE_FLAGS[name]
                a.flags.setdefault(key, [])
                a.flags[key].append(val)
                a.seen.append(key)
            elif name in BOOL_FLAGS:
                key = BOOL_FLAGS[name]
                if eq and val.lower() not in ('true', 'false', '1', '0'):
                    raise KubectlError(f'error: invalid argument "{val}" for "{name}" flag: strconv.ParseBool: '
                                       f'parsing "{val}": invalid syntax')
                a.flags[key] = [(val.lower() in ('true', '1')) if eq else True]
                a.seen.append(key)
            else:
                raise KubectlError(f'error: unknown flag: {name}')
        elif arg.startswith('-') and len(arg) > 1:
            if arg[1] in SHORT_VALUE:
                key = VALUE_FLAGS['-' + arg[1]]
                val = arg[2:]
                if val.startswith('='):
                    val = val[1:]
                if not val:
                    if i >= len(argv):
                        raise KubectlError(f'error: flag needs an argument: \'{arg[1]}\' in {arg}')
                    val = argv[i]
                    i += 1
                a.flags.setdefault(key, []).append(val)
                a.seen.append(key)
            else:
                for ch in arg[1:]:
                    if ch not in SHORT_BOOL:
                        raise KubectlError(f"error: unknown shorthand flag: '{ch}' in {arg}")
                    a.flags[SHORT_BOOL[ch]] = [True]
                    a.seen.append(SHORT_BOOL[ch])
        else:
            a.pos.append(arg)
    return a


def flag(a, key, default=None):
    v = a.flags.get(key)
    return v[-1] if v else default


def parse_duration(s, what='timeout'):
    """Go time.ParseDuration subset: 90s, 2m, 1m30s, 500ms, 1h, plain 0."""
    if s in (None, ''):
        return None
    if s == '0':
        return 0.0
    import re

    total, pos = 0.0, 0
    for m in re.finditer(r'(\d+(?:\.\d+)?)(ms|s|m|h)', s):
        if m.start() != pos:
            break
        total += float(m.group(1)) * {'ms': 0.001, 's': 1, 'm': 60, 'h': 3600}[m.group(2)]
        pos = m.end()
    if pos != len(s) or pos == 0:
        raise KubectlError(f'error: invalid argument "{s}" for "--{what}" flag: time: invalid duration "{s}"')
    return total


# ------------------------------------------------------------------------------------------------------------------
# kubeconfig -> cluster


def load_cluster(a):
    path = flag(a, 'kubeconfig')
    if not path:
        env = os.environ.get('KUBECONFIG')
        if env:
            for p in env.split(':'):
                if p and os.path.exists(p):
                    path = p
                    break
        if not path:
            path = os.path.expanduser('~/.kube/config')
    if not os.path.exists(path):
        if flag(a, 'kubeconfig'):
            raise KubectlError(f'error: stat {path}: no such file or directory')
        raise KubectlError('The connection to the server localhost:8080 was refused - did you specify the right host '
                           'or port?')
    with open(path) as f:
        kc = yaml.safe_load(f) or {}
    ctx_name = flag(a, 'context') or kc.get('current-context')
    ctx = next((c['context'] for c in kc.get('contexts') or [] if c.get('name') == ctx_name), None)
    if ctx is None:
        raise KubectlError(f'error: context "{ctx_name}" does not exist')
    cl = next((c['cluster'] for c in kc.get('clusters') or [] if c.get('name') == ctx.get('cluster')), None)
    if cl is None:
        raise KubectlError(f'error: cluster "{ctx.get("cluster")}" of context "{ctx_name}" is not in {path}')
    ext = next((e.get('extension') for e in cl.get('extensions') or [] if e.get('name') == 'kdf-sandbox'), None)
    if not ext:
        raise KubectlError(f'error: {path}: cluster "{ctx.get("cluster")}" has no kdf-sandbox extension; this kubectl '
                           'is the sandbox double and reaches only sandbox clusters')
    root = os.path.join(ext['stateDir'], 'kube', 'clusters', ext['cluster'])
    if not os.path.exists(os.path.join(root, 'cluster.json')):
        raise KubectlError(f'Unable to connect to the server: sandbox cluster {ext["cluster"]} not found in '
                           f'{ext["stateDir"]} (run kdf-kube init)')
    return store.Cluster(root), ctx.get('namespace') or 'default', path


# ------------------------------------------------------------------------------------------------------------------
# output


def qualified(kind):
    return KINDS[kind][5]


def human_duration(seconds):
    """k8s.io/apimachinery/pkg/util/duration.HumanDuration."""
    s = int(seconds)
    if s < -1:
        return '<invalid>'
    if s < 0:
        return '0s'
    if s < 120:
        return f'{s}s'
    m = s // 60
    if m < 10:
        return f'{m}m{s % 60}s' if s % 60 else f'{m}m'
    if m < 180:
        return f'{m}m'
    h = m // 60
    if h < 8:
        return f'{h}h{m % 60}m' if m % 60 else f'{h}h'
    if h < 48:
        return f'{h}h'
    if h < 24 * 8:
        return f'{h // 24}d{h % 24}h' if h % 24 else f'{h // 24}d'
    if h < 24 * 365 * 2:
        return f'{h // 24}d'
    if h < 24 * 365 * 8:
        return f'{h // (24 * 365)}y{(h // 24) % 365}d'
    return f'{h // (24 * 365)}y'


def age(obj):
    ts = obj['metadata'].get('creationTimestamp')
    if not ts:
        return '<unknown>'
    return human_duration((datetime.datetime.now(datetime.timezone.utc) - store.parse_time(ts)).total_seconds())


def tabulate(rows):
    """Go tabwriter as kubectl configures it (minwidth 6, padding 3, last column unpadded)."""
    if not rows:
        return ''
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for i, c in enumerate(r[:-1]):
            widths[i] = max(widths[i], len(c) + 3, 6)
    out = []
    for r in rows:
        line = ''.join(c.ljust(widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r))
        out.append(line.rstrip() if not r[-1] else line)
    return '\n'.join(out) + '\n'


def container_names(spec):
    return ','.join(c['name'] for c in spec.get('containers') or [])


def container_images(spec):
    return ','.join(c['image'] for c in spec.get('containers') or [])


def selector_text(sel):
    return labels.format_label_selector(sel)


def pod_status_text(p):
    if p['metadata'].get('deletionTimestamp'):
        return 'Terminating'
    st = p.get('status') or {}
    reason = st.get('reason') or st.get('phase') or 'Pending'
    for cs in st.get('containerStatuses') or []:
        w = (cs.get('state') or {}).get('waiting')
        if w and w.get('reason'):
            reason = w['reason']
    return reason


def table_row(kind, o, wide):
    md, spec, st = o['metadata'], o.get('spec') or {}, o.get('status') or {}
    if kind == 'Pod':
        css = st.get('containerStatuses') or []
        n = len(spec.get('containers') or [])
        ready = sum(1 for c in css if c.get('ready'))
        restarts = sum(c.get('restartCount', 0) for c in css)
        row = [md['name'], f'{ready}/{n}', pod_status_text(o), str(restarts), age(o)]
        if wide:
            row += [st.get('podIP') or '<none>', spec.get('nodeName') or '<none>', '<none>', '<none>']
        return row
    if kind == 'Deployment':
        row = [md['name'], f'{st.get("readyReplicas", 0)}/{spec.get("replicas", 1)}', str(st.get('updatedReplicas', 0)),
               str(st.get('availableReplicas', 0)), age(o)]
        if wide:
            t = spec['template']['spec']
            row += [container_names(t), container_images(t), selector_text(spec.get('selector'))]
        return row
    if kind == 'ReplicaSet':
        row = [md['name'], str(spec.get('replicas', 1)), str(st.get('replicas', 0)), str(st.get('readyReplicas', 0)),
               age(o)]
        if wide:
            t = spec['template']['spec']
            row += [container_names(t), container_images(t), selector_text(spec.get('selector'))]
        return row
    if kind == 'Service':
        row = [md['name'], spec.get('type', 'ClusterIP'), spec.get('clusterIP') or '<none>',
               services.external_ip_text(o, wide), services.ports_text(spec.get('ports')), age(o)]
        if wide:
            row.append(labels.format_map(spec.get('selector')) or '<none>')
        return row
    if kind == 'Endpoints':
        eps = []
        for sub in o.get('subsets') or []:
            for ad in sub.get('addresses') or []:
                for p in sub.get('ports') or [{}]:
                    eps.append(f'{ad["ip"]}:{p["port"]}' if 'port' in p else ad['ip'])
        text = ','.join(eps[:3]) + (f' + {len(eps) - 3} more...' if len(eps) > 3 else '') if eps else '<none>'
        return [md['name'], text, age(o)]
    if kind == 'NetworkPolicy':
        return [md['name'], labels.format_label_selector(spec.get('podSelector')), age(o)]
    if kind in store.CRD_KINDS:
        return [md['name'], age(o)]
    if kind == 'Namespace':
        return [md['name'], 'Terminating' if md.get('deletionTimestamp') else st.get('phase', 'Active'), age(o)]
    if kind == 'Node':
        ready = next((c['status'] for c in st.get('conditions') or [] if c['type'] == 'Ready'), 'Unknown')
        roles = ','.join(sorted(k.split('/', 1)[1] for k in (md.get('labels') or {})
                                if k.startswith('node-role.kubernetes.io/'))) or '<none>'
        row = [md['name'], 'Ready' if ready == 'True' else 'NotReady', roles, age(o),
               st.get('nodeInfo', {}).get('kubeletVersion', '')]
        if wide:
            ni = st.get('nodeInfo', {})
            ip = next((x['address'] for x in st.get('addresses') or [] if x['type'] == 'InternalIP'), '<none>')
            row += [ip, '<none>', ni.get('osImage', ''), ni.get('kernelVersion', ''),
                    ni.get('containerRuntimeVersion', '')]
        return row
    raise KubectlError(f'error: no printer for {kind}')


HEADERS = {
    'Pod': (['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']),
    'Deployment': (['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], ['CONTAINERS', 'IMAGES', 'SELECTOR']),
    'ReplicaSet': (['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'], ['CONTAINERS', 'IMAGES', 'SELECTOR']),
    'Service': (['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], ['SELECTOR']),
    'Endpoints': (['NAME', 'ENDPOINTS', 'AGE'], []),
    'Namespace': (['NAME', 'STATUS', 'AGE'], []),
    'NetworkPolicy': (['NAME', 'POD-SELECTOR', 'AGE'], []),
    **{k: (['NAME', 'AGE'], []) for k in store.CRD_KINDS},
    'Node': (['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
             ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME']),
}


def print_table(groups, a, all_ns, prefix_kind):
    out = []
    for kind, objs in groups:
        if not objs:
            continue
        wide = flag(a, 'output') == 'wide'
        head = list(HEADERS[kind][0]) + (HEADERS[kind][1] if wide else [])
        rows = []
        for o in objs:
            r = table_row(kind, o, wide)
            if prefix_kind:
                r[0] = f'{qualified(kind)}/{r[0]}'
            if all_ns and KINDS[kind][2]:
                r = [o['metadata']['namespace']] + r
            if flag(a, 'show-labels'):
                r.append(labels.format_map(o['metadata'].get('labels')) or '<none>')
            rows.append(r)
        if all_ns and KINDS[kind][2]:
            head = ['NAMESPACE'] + head
        if flag(a, 'show-labels'):
            head.append('LABELS')
        if not flag(a, 'no-headers'):
            rows.insert(0, head)
        out.append(tabulate(rows))
    sys.stdout.write('\n'.join(out))


def dump_json(obj):
    return json.dumps(obj, indent=4, ensure_ascii=False) + '\n'


def dump_yaml(obj):
    return yaml.safe_dump(obj, default_flow_style=False, sort_keys=True, allow_unicode=True)


def print_objects(objs, a, single):
    """-o json|yaml|name|jsonpath=...: a single object as itself, several as a List (as kubectl does)."""
    fmt = flag(a, 'output') or ''
    if fmt == 'name':
        for o in objs:
            print(f'{qualified(o["kind"])}/{o["metadata"]["name"]}')
        return
    doc = objs[0] if single and len(objs) == 1 else {
        'apiVersion': 'v1', 'items': objs, 'kind': 'List', 'metadata': {'resourceVersion': '', 'selfLink': ''}}
    if fmt == 'json':
        sys.stdout.write(dump_json(doc))
    elif fmt == 'yaml':
        sys.stdout.write(dump_yaml(doc))
    elif fmt.startswith('jsonpath='):
        tmpl = fmt[len('jsonpath='):]
        if len(tmpl) >= 2 and tmpl[0] == tmpl[-1] and tmpl[0] in '\'"':
            tmpl = tmpl[1:-1]
        try:
            sys.stdout.write(jsonpath.render(tmpl, doc))
        except jsonpath.JSONPathError as e:
            raise KubectlError(f'error: error parsing jsonpath {tmpl}, {e}')
    else:
        raise KubectlError(f'error: unable to match a printer suitable for the output format "{fmt}", allowed formats '
                           'are: json,jsonpath,name,wide,yaml (sandbox kubectl double)')


def check_output_format(a, allowed=('json', 'yaml', 'name', 'wide', 'jsonpath')):
    fmt = flag(a, 'output')
    if fmt is None:
        return
    base = fmt.split('=', 1)[0]
    if base not in allowed:
        raise KubectlError(f'error: unable to match a printer suitable for the output format "{fmt}", allowed formats '
                           f'are: {",".join(allowed)} (sandbox kubectl double)')


# ------------------------------------------------------------------------------------------------------------------
# resource arguments


def parse_resource_args(pos, need_name=False):
    """`pods`, `pods a b`, `pod/a svc/b`, `pods,svc` -> [(kind, name|None)]."""
    if not pos:
        return []
    out = []
    if '/' in pos[0]:
        for p in pos:
            if '/' not in p:
                raise KubectlError('error: there is no need to specify a resource type as a separate argument when '
                                   'passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' '
                                   'instead of \'kubectl get resource resource/<resource_name>\'')
            t, n = p.split('/', 1)
            out.append((kind_of(t), n))
        return out
    types = []
    for t in pos[0].split(','):
        if t == 'all':
            types += ['Pod', 'Service', 'Deployment', 'ReplicaSet']
        else:
            types.append(kind_of(t))
    if len(pos) > 1:
        if len(types) > 1:
            raise KubectlError('error: arguments in resource/name form must have a single resource and name')
        return [(types[0], n) for n in pos[1:]]
    return [(t, None) for t in types]


def kind_of(word):
    k = resolve_kind(word)
    if k is None:
        if word.lower().split('.')[0] in ('kuryrports', 'kuryrport', 'kp'):
            raise not_supported(f'get {word} (Kuryr CRDs)')
        raise KubectlError(f'error: the server doesn\'t have a resource type "{word}"')
    return k


def ns_for(a, default_ns):
    return flag(a, 'namespace') or default_ns


def not_found(kind, name):
    return KubectlError(f'Error from server (NotFound): {KINDS[kind][0]}{"." + KINDS[kind][1].split("/")[0] if "/" in KINDS[kind][1] else ""} "{name}" not found')


def ensure_namespace(c, ns):
    n = c.get('Namespace', None, ns)
    if n is None:
        raise KubectlError(f'Error from server (NotFound): namespaces "{ns}" not found')
    if n['metadata'].get('deletionTimestamp'):
        raise KubectlError(f'Error from server (Forbidden): unable to create new content in namespace {ns} because it '
                           'is being terminated')


# ------------------------------------------------------------------------------------------------------------------
# verbs


def cmd_get(c, a, default_ns):
    check_output_format(a)
    if flag(a, 'watch'):
        raise not_supported('get --watch')
    if flag(a, 'filename'):
        raise not_supported('get -f')
    specs = parse_resource_args(a.pos)
    if not specs:
        raise KubectlError('You must specify the type of resource to get. Use "kubectl api-resources" for a complete '
                           'list of supported resources.\n\nerror: Required resource not specified.')
    all_ns = bool(flag(a, 'all-namespaces'))
    ns = ns_for(a, default_ns)
    sel = labels.parse_selector(flag(a, 'selector') or '')
    named = any(n for _k, n in specs)
    if named and sel:
        raise KubectlError('error: name cannot be provided when a selector is specified')
    groups, errors, found = [], [], []
    for kind, name in specs:
        scope = None if (all_ns or not KINDS[kind][2]) else ns
        if name:
            o = c.get(kind, ns if KINDS[kind][2] else None, name)
            if o is None:
                if not flag(a, 'ignore-not-found'):
                    errors.append(not_found(kind, name).msg)
                continue
            objs = [o]
        else:
            objs = [o for o in c.list(kind, scope) if labels.matches(sel, o['metadata'].get('labels'))]
        found += objs
        if groups and groups[-1][0] == kind:
            groups[-1][1].extend(objs)
        else:
            groups.append((kind, objs))
    fmt = flag(a, 'output')
    if fmt and fmt != 'wide':
        if found or not named:
            print_objects(found, a, single=named and len(specs) == 1)
    else:
        if not found and not errors:
            if all_ns or not any(KINDS[k][2] for k, _ in specs):
                sys.stderr.write('No resources found\n')
            else:
                sys.stderr.write(f'No resources found in {ns} namespace.\n')
        multi = len({k for k, _ in groups}) > 1 or (not named and len(specs) > 1)
        print_table(groups, a, all_ns, prefix_kind=multi or any(
            '/' in p for p in a.pos))
    if errors:
        sys.stderr.write('\n'.join(errors) + '\n')
        return 1
    return 0


def container_name_from_image(image):
    base = image.split('@')[0].split('/')[-1]
    return base.split(':')[0]


def deployment_object(name, ns, image, replicas, port=None):
    d = new_object('Deployment', name, ns, labels={'app': name}, annotations={})
    d['metadata'].pop('annotations', None)
    d['metadata']['generation'] = 1
    cont = {'image': image, 'name': container_name_from_image(image), 'resources': {}}
    if port is not None:
        cont['ports'] = [{'containerPort': int(port)}]
    d['spec'] = {'replicas': replicas, 'selector': {'matchLabels': {'app': name}}, 'strategy': {},
                 'template': {'metadata': {'labels': {'app': name}}, 'spec': {'containers': [cont]}}}
    default_deployment(d)
    d['status'] = {}
    return d


def default_deployment(d):
    s = d['spec']
    s.setdefault('replicas', 1)
    if not s.get('strategy'):
        s['strategy'] = {'rollingUpdate': {'maxSurge': '25%', 'maxUnavailable': '25%'}, 'type': 'RollingUpdate'}
    s.setdefault('revisionHistoryLimit', 10)
    s.setdefault('progressDeadlineSeconds', 600)
    t = s.setdefault('template', {})
    t.setdefault('metadata', {}).setdefault('creationTimestamp', None)
    ts = t.setdefault('spec', {})
    for cont in ts.get('containers') or []:
        cont.setdefault('resources', {})
        cont.setdefault('terminationMessagePath', '/dev/termination-log')
        cont.setdefault('terminationMessagePolicy', 'File')
        tag = cont['image'].split('/')[-1]
        cont.setdefault('imagePullPolicy', 'Always' if (':' not in tag or tag.endswith(':latest')) else 'IfNotPresent')
        for p in cont.get('ports') or []:
            p.setdefault('protocol', 'TCP')
        readiness.default_probe(cont)
    ts.setdefault('restartPolicy', 'Always')
    ts.setdefault('terminationGracePeriodSeconds', 30)
    ts.setdefault('dnsPolicy', 'ClusterFirst')
    ts.setdefault('securityContext', {})
    ts.setdefault('schedulerName', 'default-scheduler')


def cmd_create(c, a, default_ns):
    if flag(a, 'filename'):
        raise not_supported('create -f (use kubectl apply -f)')
    if not a.pos:
        raise KubectlError('error: must specify one of -f and -k')
    what = a.pos[0]
    ns = ns_for(a, default_ns)
    if what in ('namespace', 'ns'):
        if len(a.pos) != 2:
            raise KubectlError('error: exactly one NAME is required, got %d' % (len(a.pos) - 1))
        name = a.pos[1]
        with c.locked():
            if c.get('Namespace', None, name):
                raise KubectlError(f'Error from server (AlreadyExists): namespaces "{name}" already exists')
            from .init import namespace_object

            c.put(namespace_object(name))
        print(f'namespace/{name} created')
        return 0
    if what in ('deployment', 'deploy'):
        if len(a.pos) != 2:
            raise KubectlError('error: exactly one NAME is required, got %d' % (len(a.pos) - 1))
        name = a.pos[1]
        image = flag(a, 'image')
        if not image:
            raise KubectlError('error: required flag(s) "image" not set')
        replicas = int(flag(a, 'replicas', '1'))
        with c.locked():
            ensure_namespace(c, ns)
            if c.get('Deployment', ns, name):
                raise KubectlError(f'Error from server (AlreadyExists): deployments.apps "{name}" already exists')
            d = deployment_object(name, ns, image, replicas, flag(a, 'port'))
            c.put(d)
        print(f'deployment.apps/{name} created')
        return 0
    raise not_supported(f'create {what}')


def load_manifests(paths):
    docs = []
    for p in paths:
        if p == '-':
            text, src = sys.stdin.read(), 'STDIN'
        else:
            if p.startswith('http://') or p.startswith('https://'):
                raise not_supported('apply -f URL (no network in the sandbox)')
            if os.path.isdir(p):
                files = sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(('.yaml', '.yml', '.json')))
            else:
                files = [p]
            text, src = '', p
            for f in files:
                if not os.path.exists(f):
                    raise KubectlError(f'error: the path "{f}" does not exist')
                with open(f) as fh:
                    text += fh.read() + '\n---\n'
        try:
            for d in yaml.safe_load_all(text):
                if d is None:
                    continue
                if d.get('kind') == 'List':
                    docs += d.get('items') or []
                else:
                    docs.append(d)
        except yaml.YAMLError as e:
            raise KubectlError(f'error: error parsing {src}: {e}')
    return docs


def merge(live, last, desired):
    """A simplified three-way merge: fields of desired are set, fields in last-applied but gone from desired are
    cleared, fields set by others (scale, controllers, defaults) are kept. Lists are replaced as a whole."""
    out = copy.deepcopy(live) if isinstance(live, dict) else {}
    for k in (last or {}):
        if k not in desired:
            out.pop(k, None)
    for k, v in desired.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], (last or {}).get(k) if isinstance((last or {}).get(k), dict) else {}, v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def allocate_cluster_ip(c):
    net = ipaddress.ip_network(c.config.get('serviceClusterIpRange', '10.0.0.128/27'))
    used = {s['spec'].get('clusterIP') for s in c.list('Service')}
    api = str(net.network_address + 1)
    for h in net.hosts():
        if str(h) != api and str(h) not in used:
            return str(h)
    raise KubectlError(f'Error from server (InternalError): Internal error occurred: failed to allocate a serviceIP: '
                       f'range is full')


def default_service(c, svc, live=None):
    s = svc.setdefault('spec', {})
    for p in s.get('ports') or []:
        p.setdefault('protocol', 'TCP')
        p.setdefault('targetPort', p['port'])
    s.setdefault('type', 'ClusterIP')
    s.setdefault('sessionAffinity', 'None')
    if s['type'] not in services.TYPES:
        raise not_supported(f'Service type {s["type"]} (ClusterIP, NodePort and LoadBalancer only)')
    if live is not None:
        s['clusterIP'] = live['spec']['clusterIP']
    elif not s.get('clusterIP'):
        s['clusterIP'] = allocate_cluster_ip(c)
    try:
        services.apply_type(c, svc, live)
    except netpol.Invalid as e:
        raise KubectlError(e.text())
    svc.setdefault('status', {'loadBalancer': {}})


def cmd_apply(c, a, default_ns):
    paths = a.flags.get('filename')
    if not paths:
        raise KubectlError('error: must specify one of -f and -k')
    docs = load_manifests(paths)
    rc = 0
    for d in docs:
        kind = d.get('kind')
        if kind not in APPLY_KINDS:
            raise not_supported(f'apply of kind {kind} ({", ".join(APPLY_KINDS)} only)')
        api = KINDS[kind][1]
        if d.get('apiVersion') != api:
            raise KubectlError(f'error: unable to recognize "{paths[0]}": no matches for kind "{kind}" in version '
                               f'"{d.get("apiVersion")}"')
        md = d.get('metadata') or {}
        name = md.get('name')
        if not name:
            raise KubectlError('error: error when retrieving current configuration: resource name may not be empty')
        namespaced = KINDS[kind][2]
        ns = (md.get('namespace') or ns_for(a, default_ns)) if namespaced else None
        if namespaced and md.get('namespace') and flag(a, 'namespace') and md['namespace'] != flag(a, 'namespace'):
            raise KubectlError(f'error: the namespace from the provided object "{md["namespace"]}" does not match the '
                               f'namespace "{flag(a, "namespace")}". You must pass \'--namespace={md["namespace"]}\' '
                               'to perform this operation.')
        applied = copy.deepcopy(d)
        applied.setdefault('metadata', {}).setdefault('annotations', {})
        if namespaced:
            applied['metadata']['namespace'] = ns
        last_text = json.dumps(applied, separators=(',', ':'), sort_keys=True)
        with c.locked():
            if namespaced:
                ensure_namespace(c, ns)
            live = c.get(kind, ns, name)
            if live is None:
                o = new_object(kind, name, ns, labels=md.get('labels'), annotations=md.get('annotations'))
                o['metadata'].setdefault('annotations', {})[
                    'kubectl.kubernetes.io/last-applied-configuration'] = last_text + '\n'
                for k, v in d.items():
                    if k not in ('apiVersion', 'kind', 'metadata', 'status'):
                        o[k] = copy.deepcopy(v)
                finish_new(c, o)
                c.put(o)
                verb = 'created'
            else:
                last = live['metadata'].get('annotations', {}).get('kubectl.kubernetes.io/last-applied-configuration')
                last = json.loads(last) if last else {}
                new = copy.deepcopy(live)
                for k in last:
                    if k not in d and k not in ('apiVersion', 'kind', 'metadata', 'status'):
                        new.pop(k, None)  # a top-level field (e.g. Endpoints' subsets) removed from the manifest
                for k, v in d.items():
                    if k in ('apiVersion', 'kind', 'status'):
                        continue
                    if k == 'metadata':
                        for mk in ('labels', 'annotations'):
                            merged = merge(live['metadata'].get(mk) or {}, (last.get('metadata') or {}).get(mk) or {},
                                           v.get(mk) or {})
                            if merged:
                                new['metadata'][mk] = merged
                            else:
                                new['metadata'].pop(mk, None)
                        continue
                    new[k] = merge(live.get(k) or {}, last.get(k) or {}, v) if isinstance(v, dict) else copy.deepcopy(v)
                new['metadata'].setdefault('annotations', {})[
                    'kubectl.kubernetes.io/last-applied-configuration'] = last_text + '\n'
                if kind == 'Deployment':
                    default_deployment(new)
                elif kind == 'Service':
                    default_service(c, new, live)
                elif kind in ('NetworkPolicy', 'Endpoints'):
                    prepare_user_object(new)
                elif kind in crdschema.SCHEMAS:
                    prepare_user_object(new)
                elif kind == 'Pod':
                    if new['spec'] != live['spec'] and strip_pod_spec(new['spec']) != strip_pod_spec(live['spec']):
                        raise KubectlError(f'The Pod "{name}" is invalid: spec: Forbidden: pod updates may not change '
                                           'fields other than `spec.containers[*].image`, ... (sandbox: pods are '
                                           'immutable)')
                if new == live:
                    verb = 'unchanged'
                else:
                    if new.get('spec') != live.get('spec') and 'generation' in new['metadata']:
                        new['metadata']['generation'] += 1
                    c.put(new)
                    verb = 'configured'
        print(f'{qualified(kind)}/{name} {verb}')
    return rc


# + the Kuryr CRDs whose pinned-train definition has a schema (validated like the API server does, crdschema.py)
APPLY_KINDS = ('Namespace', 'Deployment', 'Service', 'Pod', 'NetworkPolicy', 'Endpoints', 'KuryrNet', 'KuryrNetPolicy')


def prepare_user_object(o):
    """API-server defaults and validation of the kinds only users write (NetworkPolicy, manual Endpoints)."""
    try:
        if o['kind'] == 'NetworkPolicy':
            netpol.prepare(o)
        elif o['kind'] in crdschema.SCHEMAS:
            crdschema.validate(o)
        else:
            services.prepare_endpoints(o)
    except netpol.Invalid as e:
        raise KubectlError(e.text())


def strip_pod_spec(spec):
    s = copy.deepcopy(spec)
    s.pop('nodeName', None)
    return s


def finish_new(c, o):
    kind = o['kind']
    if kind == 'Namespace':
        o['spec'] = {'finalizers': ['kubernetes']}
        o['status'] = {'phase': 'Active'}
    elif kind == 'Deployment':
        o['metadata']['generation'] = 1
        default_deployment(o)
        o['status'] = {}
    elif kind == 'Service':
        default_service(c, o)
    elif kind in ('NetworkPolicy', 'Endpoints'):
        if kind == 'NetworkPolicy':
            o['metadata']['generation'] = 1
        prepare_user_object(o)
    elif kind in crdschema.SCHEMAS:
        prepare_user_object(o)
    elif kind == 'Pod':
        o['spec'] = complete_pod_spec(o.get('spec') or {})
        o['status'] = {'phase': 'Pending', 'qosClass': 'BestEffort'}


def wait_until(pred, timeout, interval=0.2):
    deadline = None if not timeout else time.time() + timeout
    while True:
        if pred():
            return True
        if deadline is not None and time.time() > deadline:
            return False
        time.sleep(interval)


def cmd_delete(c, a, default_ns):
    if flag(a, 'filename'):
        docs = load_manifests(a.flags['filename'])
        specs = [(kind_of(d['kind']), d['metadata']['name']) for d in docs]
        doc_ns = [(d.get('metadata') or {}).get('namespace') for d in docs]
    else:
        specs = parse_resource_args(a.pos)
        doc_ns = [None] * len(specs)
    if not specs:
        raise KubectlError('error: You must provide one or more resources by argument or filename.\nExample resource '
                           'specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   '
                           '\'<resource> <name>\'\n   \'<resource>\'')
    ns = ns_for(a, default_ns)
    sel_text = flag(a, 'selector')
    sel = labels.parse_selector(sel_text or '')
    names_given = any(n for _k, n in specs)
    if not names_given and not sel_text and not flag(a, 'all'):
        raise KubectlError('error: resource(s) were provided, but no name, label selector, or --all flag specified')
    timeout = parse_duration(flag(a, 'timeout'))
    wait = flag(a, 'wait', True)
    rc = 0
    targets = []
    with c.locked():
        for (kind, name), dns in zip(specs, doc_ns):
            scope = (dns or ns) if KINDS[kind][2] else None
            if name:
                o = c.get(kind, scope, name)
                if o is None:
                    if not flag(a, 'ignore-not-found'):
                        sys.stderr.write(not_found(kind, name).msg + '\n')
                        rc = 1
                    continue
                targets.append(o)
            else:
                everywhere = None if flag(a, 'all-namespaces') else scope
                targets += [o for o in c.list(kind, everywhere) if labels.matches(sel, o['metadata'].get('labels'))]
        if not targets and not names_given:
            sys.stderr.write('No resources found\n')
            return rc
        for o in targets:
            kind, name = o['kind'], o['metadata']['name']
            onsp = o['metadata'].get('namespace')
            if kind == 'Namespace' and name in ('default', 'kube-system', 'kube-public'):
                raise KubectlError(f'Error from server (Forbidden): namespaces "{name}" is forbidden: this namespace '
                                   'may not be deleted')
            if kind == 'Node':
                raise not_supported('delete node')
            if kind in ('Pod', 'Namespace') and (kind != 'Pod' or o['spec'].get('nodeName')):
                if not o['metadata'].get('deletionTimestamp'):
                    new = copy.deepcopy(o)
                    new['metadata']['deletionTimestamp'] = now_rfc3339()
                    if kind == 'Pod':
                        new['metadata']['deletionGracePeriodSeconds'] = 30
                    else:
                        new['status'] = {'phase': 'Terminating'}
                    c.put(new)
            else:
                c.delete(kind, onsp, name)
                if kind == 'Service':
                    c.remove('Endpoints', onsp, name)
    for o in targets:
        kind, name = o['kind'], o['metadata']['name']
        onsp = o['metadata'].get('namespace')
        print(f'{qualified(kind)} "{name}" deleted')
        if wait and not wait_until(lambda: c.get(kind, onsp, name) is None, timeout):
            raise KubectlError(f'error: timed out waiting for the condition on {KINDS[kind][0]}/{name}')
    return rc


def scalable(kind):
    if kind not in ('Deployment', 'ReplicaSet'):
        raise not_supported(f'scale {KINDS[kind][0]}')


def cmd_scale(c, a, default_ns):
    reps = flag(a, 'replicas')
    if reps is None:
        raise KubectlError('error: required flag(s) "replicas" not set')
    try:
        n = int(reps)
        if n < 0:
            raise ValueError
    except ValueError:
        raise KubectlError('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0')
    specs = parse_resource_args(a.pos)
    if not specs or not all(nm for _k, nm in specs):
        raise KubectlError('error: resource(s) were provided, but no name, label selector, or --all flag specified')
    ns = ns_for(a, default_ns)
    for kind, name in specs:
        scalable(kind)
        with c.locked():
            o = c.get(kind, ns, name)
            if o is None:
                raise not_found(kind, name)
            cur = flag(a, 'current-replicas')
            if cur is not None and int(cur) != o['spec'].get('replicas', 1):
                raise KubectlError(f'error: Expected replicas to be {cur}, was {o["spec"].get("replicas", 1)}')
            if o['spec'].get('replicas') != n:
                new = copy.deepcopy(o)
                new['spec']['replicas'] = n
                new['metadata']['generation'] = new['metadata'].get('generation', 1) + 1
                c.put(new)
        print(f'{qualified(kind)}/{name} scaled')
    return 0


def cmd_expose(c, a, default_ns):
    specs = parse_resource_args(a.pos)
    if len(specs) != 1 or not specs[0][1]:
        raise KubectlError('error: You must provide one or more resources by argument or filename.')
    kind, name = specs[0]
    ns = ns_for(a, default_ns)
    stype = flag(a, 'type', 'ClusterIP')
    if stype not in services.TYPES:
        raise not_supported(f'expose --type={stype} (ClusterIP, NodePort and LoadBalancer only)')
    with c.locked():
        o = c.get(kind, ns, name)
        if o is None:
            raise not_found(kind, name)
        if kind in ('Deployment', 'ReplicaSet'):
            sel = dict((o['spec'].get('selector') or {}).get('matchLabels') or {})
            if (o['spec'].get('selector') or {}).get('matchExpressions'):
                raise KubectlError(f'error: couldn\'t retrieve selectors via --selector flag or introspection: '
                                   f'the {KINDS[kind][4]} uses matchExpressions')
            cports = [p for cont in o['spec']['template']['spec'].get('containers') or [] for p in cont.get('ports') or []]
        elif kind == 'Pod':
            sel = dict(o['metadata'].get('labels') or {})
            cports = [p for cont in o['spec'].get('containers') or [] for p in cont.get('ports') or []]
        elif kind == 'Service':
            sel = dict(o['spec'].get('selector') or {})
            cports = [{'containerPort': p['port'], 'protocol': p.get('protocol', 'TCP')} for p in o['spec']['ports']]
        else:
            raise not_supported(f'expose {KINDS[kind][0]}')
        if flag(a, 'selector'):
            sel = {k: v[0] for k, _op, v in labels.parse_selector(flag(a, 'selector'))}
        port = flag(a, 'port')
        proto = flag(a, 'protocol')
        if proto and proto not in ('TCP', 'UDP', 'SCTP'):
            raise KubectlError(f'The Service "{flag(a, "name") or name}" is invalid: spec.ports[0].protocol: '
                               f'Unsupported value: "{proto}": supported values: "SCTP", "TCP", "UDP"')
        if port is None:
            if not cports:
                raise KubectlError(f'error: couldn\'t find port via --port flag or introspection\nSee \'kubectl expose '
                                   '-h\' for help and examples')
            ports = [{'port': p['containerPort'], 'protocol': p.get('protocol', 'TCP'),
                      'targetPort': p['containerPort']} for p in cports]
        else:
            ports = [{'port': int(port), 'protocol': proto or 'TCP'}]
            tp = flag(a, 'target-port')
            ports[0]['targetPort'] = (int(tp) if tp.isdigit() else tp) if tp else int(port)
        if len(ports) > 1:
            for i, p in enumerate(ports):
                p['name'] = f'port-{i + 1}'
        sname = flag(a, 'name') or name
        if c.get('Service', ns, sname):
            raise KubectlError(f'Error from server (AlreadyExists): services "{sname}" already exists')
        lbls = o['metadata'].get('labels')
        svc = new_object('Service', sname, ns, labels=lbls)
        svc['spec'] = {'ports': ports, 'selector': sel, 'sessionAffinity': 'None', 'type': stype}
        if flag(a, 'cluster-ip'):
            svc['spec']['clusterIP'] = flag(a, 'cluster-ip')
        default_service(c, svc)
        spec = svc['spec']
        svc['spec'] = {'clusterIP': spec['clusterIP'], 'ports': spec['ports'], 'selector': spec['selector'],
                       'sessionAffinity': 'None', 'type': stype}
        if stype in services.NODE_PORT_TYPES:
            svc['spec']['externalTrafficPolicy'] = spec['externalTrafficPolicy']
        c.put(svc)
    print(f'service/{sname} exposed')
    return 0


def cmd_rollout(c, a, default_ns):
    if a.pos and a.pos[0] == 'restart':
        from .verbs import cmd_rollout_restart

        return cmd_rollout_restart(c, a, default_ns)
    if not a.pos or a.pos[0] != 'status':
        raise not_supported(f'rollout {a.pos[0] if a.pos else ""}'.strip())
    specs = parse_resource_args(a.pos[1:])
    if len(specs) != 1 or not specs[0][1]:
        raise KubectlError('error: required resource not specified')
    kind, name = specs[0]
    if kind != 'Deployment':
        raise not_supported(f'rollout status {KINDS[kind][0]}')
    ns = ns_for(a, default_ns)
    timeout = parse_duration(flag(a, 'timeout'))
    watch = flag(a, 'watch', True)
    deadline = None if not timeout else time.time() + timeout
    last = None
    while True:
        d = c.get('Deployment', ns, name)
        if d is None:
            raise not_found('Deployment', name)
        msg, done = rollout_message(d)
        if msg != last:
            sys.stdout.write(msg)
            sys.stdout.flush()
            last = msg
        if done:
            return 0
        if msg.startswith('error:'):
            return 1
        if not watch:
            return 0
        if deadline is not None and time.time() > deadline:
            raise KubectlError('error: timed out waiting for the condition')
        time.sleep(0.2)


def rollout_message(d):
    """kubectl/pkg/polymorphichelpers/rollout_status.go DeploymentStatusViewer.Status."""
    name = d['metadata']['name']
    st = d.get('status') or {}
    if d['metadata'].get('generation', 1) <= st.get('observedGeneration', 0):
        for cnd in st.get('conditions') or []:
            if cnd['type'] == 'Progressing' and cnd.get('reason') == 'ProgressDeadlineExceeded':
                return f'error: deployment "{name}" exceeded its progress deadline\n', False
        replicas = d['spec'].get('replicas', 1)
        upd = st.get('updatedReplicas', 0)
        if upd < replicas:
            return (f'Waiting for deployment "{name}" rollout to finish: {upd} out of {replicas} new replicas have '
                    'been updated...\n'), False
        if st.get('replicas', 0) > upd:
            return (f'Waiting for deployment "{name}" rollout to finish: {st.get("replicas", 0) - upd} old replicas '
                    'are pending termination...\n'), False
        if st.get('availableReplicas', 0) < upd:
            return (f'Waiting for deployment "{name}" rollout to finish: {st.get("availableReplicas", 0)} of {upd} '
                    'updated replicas are available...\n'), False
        return f'deployment "{name}" successfully rolled out\n', True
    return 'Waiting for deployment spec update to be observed...\n', False


def cmd_wait(c, a, default_ns):
    cond = flag(a, 'for')
    if not cond:
        raise KubectlError('error: --for must be specified')
    specs = parse_resource_args(a.pos)
    if not specs:
        raise KubectlError('error: resource(s) were provided, but no name, label selector, or --all flag specified')
    ns = ns_for(a, default_ns)
    sel = labels.parse_selector(flag(a, 'selector') or '')
    timeout = parse_duration(flag(a, 'timeout', '30s'))
    if timeout is None:
        timeout = 30.0
    all_ns = bool(flag(a, 'all-namespaces'))
    targets = []
    for kind, name in specs:
        scope = None if (all_ns or not KINDS[kind][2]) else ns
        if name:
            o = c.get(kind, scope, name)
            if o is None:
                if cond == 'delete':
                    continue
                raise not_found(kind, name)
            targets.append(o)
        else:
            if not flag(a, 'selector') and not flag(a, 'all'):
                raise KubectlError('error: resource(s) were provided, but no name, label selector, or --all flag '
                                   'specified')
            targets += [o for o in c.list(kind, scope) if labels.matches(sel, o['metadata'].get('labels'))]
    if not targets:
        if cond == 'delete' and any(n for _k, n in specs):
            return 0
        raise KubectlError('error: no matching resources found')
    if cond == 'delete':
        check = lambda o, cur: cur is None  # noqa: E731
    elif cond.startswith('condition='):
        ctype, _, want = cond[len('condition='):].partition('=')
        want = want or 'True'

        def check(o, cur):
            if cur is None:
                return False
            for cnd in (cur.get('status') or {}).get('conditions') or []:
                if cnd['type'].lower() == ctype.lower():
                    return cnd.get('status', '').lower() == want.lower()
            return False
    else:
        raise not_supported(f'wait --for={cond} (condition=X[=V] and delete only)')
    deadline = time.time() + timeout
    for o in targets:
        kind, name, onsp = o['kind'], o['metadata']['name'], o['metadata'].get('namespace')
        while True:
            cur = c.get(kind, onsp, name)
            if cond != 'delete' and cur is not None and cur['metadata']['uid'] != o['metadata']['uid']:
                cur = None
            if check(o, cur):
                print(f'{qualified(kind)}/{name} condition met')
                break
            if cond != 'delete' and cur is None:
                raise not_found(kind, name)
            if time.time() > deadline:
                raise KubectlError(f'error: timed out waiting for the condition on {KINDS[kind][0]}/{name}')
            time.sleep(0.2)
    return 0


def pick_pod(c, ns, target):
    if '/' in target:
        t, n = target.split('/', 1)
        kind = kind_of(t)
    else:
        kind, n = 'Pod', target
    if kind == 'Pod':
        p = c.get('Pod', ns, n)
        if p is None:
            raise not_found('Pod', n)
        return p
    if kind not in ('Deployment', 'ReplicaSet', 'Service'):
        raise not_supported(f'exec/logs on {KINDS[kind][0]}')
    o = c.get(kind, ns, n)
    if o is None:
        raise not_found(kind, n)
    sel = o['spec'].get('selector') or {}
    reqs = labels.from_map(sel) if kind == 'Service' else labels.from_label_selector(sel)
    pods = [p for p in c.list('Pod', ns) if labels.matches(reqs, p['metadata'].get('labels'))
            and not p['metadata'].get('deletionTimestamp')]
    pods.sort(key=lambda p: (not pod_ready(p), p['metadata']['creationTimestamp']))
    if not pods:
        raise KubectlError(f'error: no pods found for {qualified(kind)}/{n}')
    return pods[0]


def container_of(pod, a):
    want = flag(a, 'container')
    names = [x['name'] for x in pod['spec']['containers']]
    if want and want not in names:
        raise KubectlError(f'Error from server (BadRequest): container {want} is not valid for pod '
                           f'{pod["metadata"]["name"]}')
    return want or names[0]


def cmd_exec(c, a, default_ns):
    if not a.command:
        if len(a.pos) > 1:
            raise KubectlError('error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] '
                               'instead\nSee \'kubectl exec -h\' for help and examples')
        raise KubectlError('error: you must specify at least one command for the container')
    if len(a.pos) != 1:
        raise KubectlError('error: expected \'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]\'.\nPOD_NAME and '
                           'COMMAND are required arguments for the exec command')
    ns = ns_for(a, default_ns)
    pod = pick_pod(c, ns, a.pos[0])
    container_of(pod, a)
    st = pod.get('status') or {}
    if st.get('phase') != 'Running' or pod['metadata'].get('deletionTimestamp'):
        if st.get('phase') in ('Succeeded', 'Failed'):
            raise KubectlError(f'error: cannot exec into a container in a completed pod; current phase is {st["phase"]}')
        raise KubectlError('error: unable to upgrade connection: container not found '
                           f'("{pod["spec"]["containers"][0]["name"]}")')
    netns = pod_netns(c, pod)
    lat = os.environ.get('KDF_SANDBOX_EXEC_LATENCY_MS')
    lat = int(lat) if lat not in (None, '') else int(c.config.get('execLatencyMs', 0) or 0)
    if lat > 0:
        time.sleep(lat / 1000.0)
    path = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    prog = a.command[0]
    if '/' not in prog and not shutil.which(prog, path=path) or ('/' in prog and not os.access(prog, os.X_OK)):
        sys.stderr.write(f'OCI runtime exec failed: exec failed: container_linux.go:349: starting container process '
                         f'caused "exec: \\"{prog}\\": executable file not found in $PATH": unknown\n')
        sys.stderr.write('command terminated with exit code 126\n')
        return 126
    hostname = pod['spec'].get('nodeName') if host_network(pod) else pod['metadata']['name']
    env = {'PATH': path, 'HOSTNAME': hostname, 'HOME': '/root', 'TERM': 'xterm'}
    kube = c.get('Service', 'default', 'kubernetes')
    if kube:
        env.update({'KUBERNETES_SERVICE_HOST': kube['spec']['clusterIP'], 'KUBERNETES_SERVICE_PORT': '443',
                    'KUBERNETES_PORT': f'tcp://{kube["spec"]["clusterIP"]}:443'})
    argv = ['ip', 'netns', 'exec', netns, 'env', '-i', *[f'{k}={v}' for k, v in env.items()], *a.command]
    stdin = None if flag(a, 'stdin') else subprocess.DEVNULL
    try:
        r = subprocess.run(argv, stdin=stdin)
    except KeyboardInterrupt:
        return 130
    if r.returncode != 0:
        sys.stderr.write(f'command terminated with exit code {r.returncode}\n')
    return r.returncode


def cmd_logs(c, a, default_ns):
    if flag(a, 'watch'):
        raise not_supported('logs -f')
    if len(a.pos) == 2:
        a.flags['container'] = [a.pos[1]]
    if len(a.pos) not in (1, 2):
        raise KubectlError('error: expected \'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]\'.\nPOD or TYPE/NAME is '
                           'a required argument for the logs command')
    ns = ns_for(a, default_ns)
    pod = pick_pod(c, ns, a.pos[0])
    cname = container_of(pod, a)
    cs = ((pod.get('status') or {}).get('containerStatuses') or [{}])[0]
    w = (cs.get('state') or {}).get('waiting')
    logf = c.path('run', 'pods', pod['metadata']['uid'] + '.log')
    if w or not os.path.exists(logf):
        reason = (w or {}).get('reason', 'ContainerCreating')
        raise KubectlError(f'Error from server (BadRequest): container "{cname}" in pod "{pod["metadata"]["name"]}" '
                           f'is waiting to start: {reason}')
    with open(logf, errors='replace') as f:
        lines = f.readlines()
    tail = flag(a, 'tail')
    if tail is not None and int(tail) >= 0:
        lines = lines[-int(tail):] if int(tail) else []
    sys.stdout.write(''.join(lines))
    return 0


VERSION = {
    'major': '1', 'minor': '16', 'gitVersion': 'v1.16.0', 'gitCommit': '2bd9643cee5b3b3a5ecbd3af49d09018f0773c77',
    'gitTreeState': 'clean', 'buildDate': '2019-09-18T14:36:53Z', 'goVersion': 'go1.12.9', 'compiler': 'gc',
    'platform': 'linux/amd64',
}
SERVER_VERSION = dict(VERSION, buildDate='2019-09-18T14:27:17Z')


def go_struct(v):
    return 'version.Info{' + ', '.join(f'{k[0].upper() + k[1:]}:"{val}"' for k, val in v.items()) + '}'


def cmd_version(a, default_loader):
    check_output_format(a, ('json', 'yaml'))
    doc = {'clientVersion': VERSION}
    if not flag(a, 'client'):
        default_loader()  # fails like kubectl when there is no cluster
        doc['serverVersion'] = SERVER_VERSION
    fmt = flag(a, 'output')
    if fmt == 'json':
        sys.stdout.write(json.dumps(doc, indent=2) + '\n')
    elif fmt == 'yaml':
        sys.stdout.write(dump_yaml(doc))
    elif flag(a, 'short'):
        print(f'Client Version: {VERSION["gitVersion"]}')
        if 'serverVersion' in doc:
            print(f'Server Version: {SERVER_VERSION["gitVersion"]}')
    else:
        print(f'Client Version: {go_struct(VERSION)}')
        if 'serverVersion' in doc:
            print(f'Server Version: {go_struct(SERVER_VERSION)}')
    return 0


def cmd_config(a, kubeconfig_path):
    sub = a.pos[0] if a.pos else None
    with open(kubeconfig_path) as f:
        kc = yaml.safe_load(f)
    if sub == 'view':
        fmt = flag(a, 'output') or 'yaml'
        sys.stdout.write(dump_json(kc) if fmt == 'json' else yaml.safe_dump(kc, sort_keys=False))
        return 0
    if sub == 'current-context':
        print(kc.get('current-context'))
        return 0
    raise not_supported(f'config {sub or ""}'.strip())


def cmd_describe(c, a, default_ns):
    specs = parse_resource_args(a.pos)
    if specs and all(k == 'NetworkPolicy' for k, _ in specs):
        from .describe import cmd_describe_policies

        return cmd_describe_policies(c, a, default_ns, specs)
    if not specs or any(k != 'Pod' for k, _ in specs):
        raise not_supported('describe ' + ' '.join(a.pos) + ' (describe pod and networkpolicy only)')
    ns = ns_for(a, default_ns)
    sel = labels.parse_selector(flag(a, 'selector') or '')
    pods = []
    for _k, name in specs:
        if name:
            p = c.get('Pod', ns, name)
            if p is None:
                raise not_found('Pod', name)
            pods.append(p)
        else:
            pods += [p for p in c.list('Pod', ns) if labels.matches(sel, p['metadata'].get('labels'))]
    out = []
    for p in pods:
        md, spec, st = p['metadata'], p['spec'], p.get('status') or {}
        node = spec.get('nodeName')
        lines = [f'Name:         {md["name"]}', f'Namespace:    {md["namespace"]}', f'Priority:     {spec.get("priority", 0)}',
                 f'Node:         {node}/{st.get("hostIP", "")}' if node else 'Node:         <none>',
                 f'Start Time:   {st.get("startTime", "<unset>")}']
        lb = sorted((md.get('labels') or {}).items())
        lines.append('Labels:       ' + ('\n              '.join(f'{k}={v}' for k, v in lb) if lb else '<none>'))
        lines.append('Annotations:  <none>')
        lines.append(f'Status:       {"Terminating" if md.get("deletionTimestamp") else st.get("phase", "Pending")}')
        lines.append(f'IP:           {st.get("podIP", "")}')
        lines.append('IPs:')
        for ip in st.get('podIPs') or []:
            lines.append(f'  IP:           {ip["ip"]}')
        for ref in md.get('ownerReferences') or []:
            lines.append(f'Controlled By:  {ref["kind"]}/{ref["name"]}')
        lines.append('Containers:')
        for cont, cs in zip(spec['containers'], (st.get('containerStatuses') or [{}] * len(spec['containers']))):
            lines.append(f'  {cont["name"]}:')
            lines.append(f'    Container ID:   {cs.get("containerID", "")}')
            lines.append(f'    Image:          {cont["image"]}')
            state = cs.get('state') or {}
            if 'running' in state:
                lines += ['    State:          Running', f'      Started:      {state["running"].get("startedAt")}']
            elif 'waiting' in state:
                lines += ['    State:          Waiting', f'      Reason:       {state["waiting"].get("reason")}']
            lines.append(f'    Ready:          {"True" if cs.get("ready") else "False"}')
            lines.append(f'    Restart Count:  {cs.get("restartCount", 0)}')
        lines.append('Conditions:')
        lines.append('  Type              Status')
        for cnd in st.get('conditions') or []:
            lines.append(f'  {cnd["type"]:<17} {cnd["status"]} ')
        lines.append(f'QoS Class:       {st.get("qosClass", "BestEffort")}')
        lines.append(f'Node-Selectors:  {labels.format_map(spec.get("nodeSelector")) or "<none>"}')
        lines.append('Events:          <none>')
        out.append('\n'.join(lines) + '\n')
    sys.stdout.write('\n\n'.join(out))
    return 0


def cmd_label(c, a, default_ns):
    from .verbs import cmd_label as run_label

    return run_label(c, a, default_ns)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        a = parse_args(argv)
        if not a.pos:
            raise KubectlError('error: the sandbox kubectl double needs a command (get, create, apply, delete, scale, '
                               'expose, rollout, wait, exec, logs, version, config, describe)')
        verb = a.pos.pop(0)
        if verb not in VERB_FLAGS:
            raise not_supported(verb)
        allowed = GLOBAL | VERB_FLAGS[verb]
        for key in a.seen:
            if key not in allowed:
                raise KubectlError(f'error: unknown flag or flag not supported by the sandbox kubectl double for '
                                   f'"{verb}": --{key}\nSee \'kubectl {verb} --help\' for usage.')
        if flag(a, 'dry-run') not in (None, 'none', 'false'):
            raise not_supported(f'{verb} --dry-run')
        if verb == 'version':
            return cmd_version(a, lambda: load_cluster(a))
        cluster, default_ns, kc_path = load_cluster(a)
        if verb == 'config':
            return cmd_config(a, kc_path)
        if verb == 'cluster-info':
            print(f'Kubernetes master is running at https://10.0.0.129:443')
            return 0
        fn = {'get': cmd_get, 'create': cmd_create, 'apply': cmd_apply, 'delete': cmd_delete, 'scale': cmd_scale,
              'expose': cmd_expose, 'rollout': cmd_rollout, 'wait': cmd_wait, 'exec': cmd_exec, 'logs': cmd_logs,
              'describe': cmd_describe, 'label': cmd_label}[verb]
        return fn(cluster, a, default_ns)
    except KubectlError as e:
        sys.stderr.write(e.msg + '\n')
        return e.code
    except labels.SelectorError as e:
        sys.stderr.write(f'error: {e}\n')
        return 1
    except BrokenPipeError:
        return 0
