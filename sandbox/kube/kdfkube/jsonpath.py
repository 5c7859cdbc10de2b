"""The JSONPath template language of `kubectl -o jsonpath=...` (k8s.io/client-go/util/jsonpath), the parts the
sandbox needs: fields, [n], [a:b], [*], .*, ..field (recursive), [?(@.x == "y")] filters, unions [0,1] / ['a','b'],
{range ...}{end}, "literal" strings with \\n \\t escapes. Missing keys print nothing (allow-missing-template-keys)."""

import json
import re


class JSONPathError(ValueError):
    pass


def parse_template(text):
    """Splits a template into nodes: ('text', s) | ('expr', steps) | ('range', steps, body)."""
    nodes, stack = [], []
    cur = nodes
    i = 0
    while i < len(text):
        j = text.find('{', i)
        if j < 0:
            cur.append(('text', text[i:]))
            break
        if j > i:
            cur.append(('text', text[i:j]))
        k = _match_brace(text, j)
        inner = text[j + 1 : k].strip()
        i = k + 1
        if inner.startswith('range '):
            body = []
            cur.append(('range', parse_path(inner[6:].strip()), body))
            stack.append(cur)
            cur = body
        elif inner == 'end':
            if not stack:
                raise JSONPathError('not in range, nothing to end')
            cur = stack.pop()
        elif inner.startswith('"') or inner.startswith("'"):
            cur.append(('text', _unquote(inner)))
        else:
            cur.append(('expr', parse_path(inner)))
    if stack:
        raise JSONPathError('unclosed range')
    return nodes


def _match_brace(text, j):
    depth, q = 0, None
    for k in range(j, len(text)):
        ch = text[k]
        if q:
            if ch == '\\':
                continue
            if ch == q:
                q = None
        elif ch in '"\'':
            q = ch
        elif ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return k
    raise JSONPathError(f'unclosed action in {text!r}')


def _unquote(s):
    body = s[1:-1]
    return body.encode('latin-1', 'backslashreplace').decode('unicode_escape') if '\\' in body else body


def parse_path(p):
    """Path -> list of steps: ('field', name) ('recurse', name) ('index', [..]) ('slice', a, b) ('all',) ('filter', expr)."""
    steps = []
    i = 0
    if p.startswith('$'):
        i = 1
    elif p.startswith('@'):
        i = 1
    while i < len(p):
        ch = p[i]
        if p.startswith('..', i):
            m = re.match(r'[\w-]+|\*', p[i + 2 :])
            if not m:
                raise JSONPathError(f'bad recursive descent in {p!r}')
            steps.append(('recurse', m.group(0)))
            i += 2 + len(m.group(0))
        elif ch == '.':
            m = re.match(r'[\w/-]+|\*', p[i + 1 :])
            if not m:
                if i + 1 == len(p):
                    i += 1
                    continue
                raise JSONPathError(f'bad field in {p!r}')
            name = m.group(0)
            steps.append(('all',) if name == '*' else ('field', name))
            i += 1 + len(name)
        elif ch == '[':
            k = p.index(']', i) if not p.startswith('[?(', i) else _filter_end(p, i)
            inner = p[i + 1 : k].strip()
            i = k + 1
            if inner == '*':
                steps.append(('all',))
            elif inner.startswith('?(') and inner.endswith(')'):
                steps.append(('filter', inner[2:-1].strip()))
            elif ':' in inner:
                a, b = (inner.split(':') + [''])[:2]
                steps.append(('slice', int(a) if a.strip() else None, int(b) if b.strip() else None))
            else:
                parts = [x.strip() for x in inner.split(',')]
                keys = []
                for x in parts:
                    if x[:1] in '"\'':
                        keys.append(x[1:-1])
                    else:
                        keys.append(int(x))
                steps.append(('index', keys))
        else:
            m = re.match(r'[\w-]+', p[i:])
            if not m:
                raise JSONPathError(f'unrecognized character in action: {ch!r}')
            steps.append(('field', m.group(0)))
            i += len(m.group(0))
    return steps


def _filter_end(p, i):
    depth = 0
    q = None
    for k in range(i, len(p)):
        ch = p[k]
        if q:
            if ch == q:
                q = None
            continue
        if ch in '"\'':
            q = ch
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ']' and depth == 0:
            return k
    raise JSONPathError(f'unclosed filter in {p!r}')


def _recurse(v, name):
    out = []
    if isinstance(v, dict):
        if name == '*':
            out.extend(v.values())
        elif name in v:
            out.append(v[name])
        for x in v.values():
            out.extend(_recurse(x, name))
    elif isinstance(v, list):
        for x in v:
            out.extend(_recurse(x, name))
    return out


def _filter_ok(item, expr):
    m = re.match(r'^(@[\w.\[\]\'"-]*)\s*(==|!=|<=|>=|<|>)\s*(.+)$', expr)
    if not m:
        vals = evaluate(parse_path(expr), item)
        return bool(vals)
    left = evaluate(parse_path(m.group(1)), item)
    raw = m.group(3).strip()
    if raw[:1] in '"\'':
        right = raw[1:-1]
    else:
        try:
            right = json.loads(raw)
        except ValueError:
            right = raw
    if not left:
        return False
    lv = left[0]
    op = m.group(2)
    try:
        return {'==': lv == right, '!=': lv != right, '<': lv < right, '>': lv > right, '<=': lv <= right,
                '>=': lv >= right}[op]
    except TypeError:
        return False


def evaluate(steps, root):
    cur = [root]
    for st in steps:
        nxt = []
        for v in cur:
            kind = st[0]
            if kind == 'field':
                if isinstance(v, dict) and st[1] in v:
                    nxt.append(v[st[1]])
            elif kind == 'recurse':
                nxt.extend(_recurse(v, st[1]))
            elif kind == 'all':
                if isinstance(v, list):
                    nxt.extend(v)
                elif isinstance(v, dict):
                    nxt.extend(v.values())
            elif kind == 'index':
                for k in st[1]:
                    if isinstance(k, int) and isinstance(v, list):
                        if -len(v) <= k < len(v):
                            nxt.append(v[k])
                    elif isinstance(k, str) and isinstance(v, dict) and k in v:
                        nxt.append(v[k])
            elif kind == 'slice':
                if isinstance(v, list):
                    nxt.extend(v[st[1] : st[2]])
            elif kind == 'filter':
                items = v if isinstance(v, list) else [v]
                nxt.extend(x for x in items if _filter_ok(x, st[1]))
        cur = nxt
    return cur


def _fmt(v):
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if v is None:
        return ''
    if isinstance(v, (dict, list)):
        return json.dumps(v, separators=(',', ':'))
    return str(v)


def render(template, obj):
    return _render(parse_template(template), obj, obj)


def _render(nodes, cur, root):
    out = []
    for n in nodes:
        if n[0] == 'text':
            out.append(n[1])
        elif n[0] == 'expr':
            vals = evaluate(n[1], cur)
            out.append(' '.join(_fmt(v) for v in vals))
        elif n[0] == 'range':
            vals = evaluate(n[1], cur)
            if len(vals) == 1 and isinstance(vals[0], list) and (not n[1] or n[1][-1][0] == 'field'):
                vals = vals[0]
            for v in vals:
                out.append(_render(n[2], v, root))
    return ''.join(out)
