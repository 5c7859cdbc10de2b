"""The security-group faults of kdf-fault: `drop-sg-rule` deletes a rule through Neutron (recorded so that `clear`
creates it again), `stop-kuryr-controller` pauses the emulator's controller part through a flag file."""
import os

from . import control, store

PROBE_PORT = 8080  # the demo server's port: the rule that lets pods reach each other there is dropped by default
_RECREATE = ('direction', 'ethertype', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix',
             'remote_group_id', 'description', 'project_id')


def _allows_probe_port(rule):
    proto = (rule.get('protocol') or 'any').lower()
    if proto not in ('any', '0', 'tcp', '6'):
        return False
    lo, hi = rule.get('port_range_min'), rule.get('port_range_max')
    if lo is None:
        return True
    return int(lo) <= PROBE_PORT <= int(hi if hi is not None else lo)


def _breadth(rule):
    """Sort key, larger = broader: allows tcp/8080, any protocol, width of the port range, width of the peers."""
    proto_any = (rule.get('protocol') or 'any').lower() in ('any', '0')
    lo, hi = rule.get('port_range_min'), rule.get('port_range_max')
    width = 65536 if lo is None else int(hi if hi is not None else lo) - int(lo) + 1
    if rule.get('remote_group_id'):
        peers = 8  # a group: broader than one address, narrower than an open prefix
    elif rule.get('remote_ip_prefix'):
        peers = 32 - int(str(rule['remote_ip_prefix']).split('/')[1])
    else:
        peers = 32
    return (_allows_probe_port(rule), proto_any, width, peers, str(rule.get('id')))


def pick_rule(rules):
    """The IPv4 ingress rule `drop-sg-rule SG` removes when no rule id is given: one that lets tcp/8080 in (pods
    reaching each other's demo server), the broadest of them; else the broadest ingress rule. None without any."""
    candidates = [r for r in rules if r.get('direction') == 'ingress' and (r.get('ethertype') or 'IPv4') == 'IPv4']
    return max(candidates, key=_breadth) if candidates else None


def describe(rule):
    """One line for the output: `ingress tcp 8080 from 10.0.0.128/26` style."""
    proto = rule.get('protocol') or 'any'
    lo, hi = rule.get('port_range_min'), rule.get('port_range_max')
    ports = '' if lo is None else ' %s' % (lo if hi in (None, lo) else '%s-%s' % (lo, hi))
    if rule.get('remote_group_id'):
        peer = 'group %s' % rule['remote_group_id']
    else:
        peer = rule.get('remote_ip_prefix') or '0.0.0.0/0'
    return '%s %s %s%s %s %s' % (rule.get('direction'), rule.get('ethertype'), proto, ports,
                                  'from' if rule.get('direction') == 'ingress' else 'to', peer)


def _group(conn, name_or_id):
    """The security group by id, else by name (the k8s project's when several projects have one, e.g. default)."""
    from . import cloud

    try:
        group = conn.network.get_security_group(name_or_id)
    except Exception:  # noqa: BLE001 - not an id: look the name up
        group = None
    if group is not None:
        return group
    found = list(conn.network.security_groups(name=name_or_id))
    if len(found) > 1:
        k8s = cloud.project_id('k8s')
        found = [g for g in found if g.project_id == k8s] or found
    if len(found) != 1:
        why = 'not found' if not found else 'ambiguous (%s)' % ', '.join(g.id for g in found)
        raise LookupError('security group %r: %s' % (name_or_id, why))
    return found[0]


def drop_rule(state_dir, cfg, name_or_id, rule_id=None):
    """Deletes one rule of the group through Neutron; returns what the fault entry records (the rule's fields)."""
    from . import cloud  # openstacksdk only when Neutron is called (the pure tests run without it)

    cloud.setup(state_dir, cfg.get('cloud') or 'devstack-admin')
    conn = cloud.conn()
    group = _group(conn, name_or_id)
    # Neutron's own field names (ethertype, ...), not openstacksdk's attribute names
    resp = conn.network.get('/security-group-rules', params={'security_group_id': group.id})
    resp.raise_for_status()
    rules = resp.json()['security_group_rules']
    if rule_id:
        rule = next((r for r in rules if r['id'] == rule_id), None)
        if rule is None:
            raise LookupError('security group %s (%s) has no rule %s' % (group.name, group.id, rule_id))
    else:
        rule = pick_rule(rules)
        if rule is None:
            raise LookupError('security group %s (%s) has no IPv4 ingress rule: give RULE_ID' % (group.name, group.id))
    conn.network.delete_security_group_rule(rule['id'])
    kept = {k: rule.get(k) for k in _RECREATE if rule.get(k) is not None}
    return {'sgId': group.id, 'sgName': group.name, 'ruleId': rule['id'], 'rule': kept, 'dropped': describe(rule)}


def restore_rule(state_dir, cfg, entry):
    """Creates the dropped rule again (same fields, new id); a rule that exists again or a deleted group is no error.
    Returns the new rule's id or None."""
    from . import cloud

    cloud.setup(state_dir, cfg.get('cloud') or 'devstack-admin')
    conn = cloud.conn()
    resp = conn.network.post('/security-group-rules',
                             json={'security_group_rule': dict(entry['rule'], security_group_id=entry['sgId'])})
    if resp.status_code in (404, 409):
        return None  # the group is gone, or the rule exists again: nothing to restore
    resp.raise_for_status()
    return resp.json()['security_group_rule']['id']


def stop_controller(state_dir):
    """Stops the controller unit as `systemctl stop devstack@kuryr-kubernetes` does (kdfkuryr.control's flag)."""
    control.stop(state_dir, control.CONTROLLER)
    path = os.path.join(control.control_dir(state_dir), control.CONTROLLER + '.stopped')
    return {'target': 'kuryr-controller', 'flag': path}


def start_controller(entry):
    """Removes the flag: the controller part converges again on the next round."""
    store.remove(entry['flag'])
