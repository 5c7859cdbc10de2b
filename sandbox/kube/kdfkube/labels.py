"""Label selectors: the string form of `kubectl -l` and the structured form of objects (matchLabels/matchExpressions)."""

import re


class SelectorError(ValueError):
    pass


def parse_selector(text):
    """Parses `a=b,c!=d,e,!f,g in (x,y),h notin (z)` into requirements [(key, op, values)]."""
    reqs = []
    if not text:
        return reqs
    # split on commas that are not inside parentheses
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    parts.append(cur)
    for raw in parts:
        p = raw.strip()
        if not p:
            raise SelectorError(f'unable to parse requirement: found \'\', expected: identifier')
        m = re.match(r'^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$', p)
        if m:
            vals = [v.strip() for v in m.group(3).split(',') if v.strip()]
            reqs.append((m.group(1), m.group(2), vals))
            continue
        m = re.match(r'^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$', p)
        if m:
            op = '!=' if m.group(2) == '!=' else '='
            reqs.append((m.group(1), op, [m.group(3)]))
            continue
        m = re.match(r'^!\s*([\w./-]+)$', p)
        if m:
            reqs.append((m.group(1), '!', []))
            continue
        m = re.match(r'^([\w./-]+)$', p)
        if m:
            reqs.append((m.group(1), 'exists', []))
            continue
        raise SelectorError(f'unable to parse requirement: {p!r}')
    return reqs


def matches(reqs, labels):
    labels = labels or {}
    for key, op, vals in reqs:
        has = key in labels
        v = labels.get(key)
        if op == '=' and not (has and v == vals[0]):
            return False
        if op == '!=' and has and v == vals[0]:
            return False
        if op == 'in' and not (has and v in vals):
            return False
        if op == 'notin' and has and v in vals:
            return False
        if op == 'exists' and not has:
            return False
        if op == '!' and has:
            return False
    return True


def from_label_selector(sel):
    """Structured metav1.LabelSelector -> requirements. None or {} selects everything."""
    reqs = []
    if not sel:
        return reqs
    for k, v in (sel.get('matchLabels') or {}).items():
        reqs.append((k, '=', [v]))
    for e in sel.get('matchExpressions') or []:
        op = {'In': 'in', 'NotIn': 'notin', 'Exists': 'exists', 'DoesNotExist': '!'}[e['operator']]
        reqs.append((e['key'], op, list(e.get('values') or [])))
    return reqs


def from_map(m):
    return [(k, '=', [v]) for k, v in (m or {}).items()]


def format_map(m):
    return ','.join(f'{k}={v}' for k, v in sorted((m or {}).items()))


def format_label_selector(sel):
    """metav1.FormatLabelSelector: the selector's string form (requirements sorted by key, `in`/`notin` values
    sorted, Exists as `key`, DoesNotExist as `!key`); `<none>` when it selects everything or is absent."""
    reqs = []
    for k, v in ((sel or {}).get('matchLabels') or {}).items():
        reqs.append((k, f'{k}={v}'))
    for e in (sel or {}).get('matchExpressions') or []:
        op, key, vals = e.get('operator'), e.get('key', ''), sorted(e.get('values') or [])
        text = {'In': f'{key} in ({",".join(vals)})', 'NotIn': f'{key} notin ({",".join(vals)})', 'Exists': key,
                'DoesNotExist': f'!{key}'}.get(op)
        if text is None:
            return '<error>'
        reqs.append((key, text))
    reqs.sort(key=lambda r: r[0])  # stable, like sort.Sort(ByKey) on distinct keys
    return ','.join(t for _k, t in reqs) or '<none>'
