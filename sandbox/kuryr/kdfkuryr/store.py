"""The kube-sandbox state on disk: cluster dirs, Kubernetes objects (read only) and Kuryr's own files."""
import json
import os
import tempfile


def kube_dir(state_dir):
    return os.path.join(state_dir, 'kube')


def clusters(state_dir):
    """[(cluster dir, cluster.json dict)] for every cluster with a readable cluster.json."""
    root = os.path.join(kube_dir(state_dir), 'clusters')
    out = []
    try:
        names = sorted(os.listdir(root))
    except FileNotFoundError:
        return out
    for name in names:
        d = os.path.join(root, name)
        cfg = read_json(os.path.join(d, 'cluster.json'))
        if cfg is not None:
            out.append((d, cfg))
    return out


def read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        return None


def write_json(path, data):
    """Atomic write (tmp + rename)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix='.tmp-')
    with os.fdopen(fd, 'w') as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.write('\n')
    os.replace(tmp, path)


def remove(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _json_tree(root):
    """{(namespace, name): data} of every `<root>/<namespace>/<name>.json` (unreadable files skipped)."""
    out = {}
    try:
        namespaces = os.listdir(root)
    except FileNotFoundError:
        return out
    for ns in namespaces:
        try:
            files = os.listdir(os.path.join(root, ns))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for fn in files:
            if fn.endswith('.json') and not fn.startswith('.'):
                data = read_json(os.path.join(root, ns, fn))
                if data is not None:
                    out[(ns, fn[:-5])] = data
    return out


def objects(cluster_dir, plural):
    """{(namespace, name): object} of one kind; cluster-scoped objects live under `_`."""
    return _json_tree(os.path.join(cluster_dir, 'objects', plural))


def get_object(cluster_dir, plural, namespace, name):
    return read_json(os.path.join(cluster_dir, 'objects', plural, namespace, name + '.json'))


def kuryr_files(cluster_dir, kind):
    """{(namespace, name): data} of kuryr/pods or kuryr/services."""
    return _json_tree(os.path.join(cluster_dir, 'kuryr', kind))


def kuryr_path(cluster_dir, kind, namespace, name):
    return os.path.join(cluster_dir, 'kuryr', kind, namespace, name + '.json')
