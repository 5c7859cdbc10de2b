"""Neutron's side of the sandbox's change journal: a counter per kind of resource, bumped after each committed change.

The sandbox's data plane (the compute emulator, the Kuryr emulation's firewall and port-down syncs) reads Neutron by
polling. Listing every port, router and rule each second costs the 2-core machine a third of a core while nothing
changes. Neutron publishes an AFTER_* callback once a change is committed; here each one rewrites a small file
`<changes_dir>/<kind>` holding `<boot id>:<pid>:<counter>`. A reader notes the files, reads the API, and reads again
only once a file it watches says something else (kdfdp/changes.py), or after its own safety interval.

Kinds: `port` (any port not owned by Kuryr), `kuryr-port` (device owner compute:kuryr; a port that moves between
both counts for both), `subnet`, `router` (routers, their interfaces and gateways), `floatingip`, `trunk` (trunks and
subports), `security-group` (groups and rules), `network`.

Loaded by the fakebind mechanism driver's initialize() when neutron.conf has `[kdf] changes_dir`.
"""
import os
import uuid

KURYR_OWNER = 'compute:kuryr'

# (neutron_lib resource name, the journal kind); a port event's kinds come from its owner (port_kinds)
RESOURCE_KINDS = (
    ('port', None),
    ('network', 'network'),
    ('subnet', 'subnet'),
    ('router', 'router'),
    ('router_interface', 'router'),
    ('router_gateway', 'router'),
    ('floatingip', 'floatingip'),
    ('trunk', 'trunk'),
    ('subports', 'trunk'),
    ('security_group', 'security-group'),
    ('security_group_rule', 'security-group'),
)


def port_kinds(states):
    """The journal kinds of a port event whose states (port dicts, before and after) are `states`."""
    owners = {(s or {}).get('device_owner') or '' for s in states if isinstance(s, dict)}
    if not owners:
        return ['port', 'kuryr-port']  # nothing to tell by: both
    kinds = []
    if any(o != KURYR_OWNER for o in owners):
        kinds.append('port')
    if KURYR_OWNER in owners:
        kinds.append('kuryr-port')
    return kinds


class Journal:
    """The counters, written to `directory` (created). A boot id tells restarts apart. neutron-server forks its
    workers (API ones with `api_workers` above 0, RPC, periodic) after the plugin, and this journal, started: each
    process counts for itself and writes its pid, so every line a boot writes is new. Continuing a shared counter, a
    worker could write a line a reader already holds, and the reader would take the change for none."""

    def __init__(self, directory):
        self.directory = directory
        self.boot = uuid.uuid4().hex[:12]
        self.counters = {}  # (pid, kind) -> count: a forked copy never continues its parent's numbers
        os.makedirs(directory, exist_ok=True)

    def bump(self, kind):
        pid = os.getpid()
        n = self.counters.get((pid, kind), 0) + 1
        self.counters[(pid, kind)] = n
        path = os.path.join(self.directory, kind)
        tmp = '%s.%s.%d.tmp' % (path, self.boot, pid)  # one per process: two writers never share a temporary file
        with open(tmp, 'w') as f:
            f.write('%s:%d:%d\n' % (self.boot, pid, n))
        os.replace(tmp, path)  # a reader sees the old or the new line, never half a line

    def on_event(self, resource, payload):
        """Bumps the kinds `resource`'s event touches. Never raises: a journal problem must not fail the API call
        (a reader then catches up at its safety interval)."""
        try:
            if resource == 'port':
                kinds = port_kinds(list(getattr(payload, 'states', None) or ()))
            else:
                kinds = [kind for name, kind in RESOURCE_KINDS if name == resource]
            for kind in kinds:
                self.bump(kind)
        except Exception:  # noqa: BLE001 - see the docstring
            pass


def subscribe(directory):
    """Subscribes a journal in `directory` to Neutron's AFTER_CREATE/UPDATE/DELETE callbacks. Returns the journal."""
    from neutron_lib.callbacks import events, registry

    journal = Journal(directory)
    for resource, _kind in RESOURCE_KINDS:
        for event in (events.AFTER_CREATE, events.AFTER_UPDATE, events.AFTER_DELETE):
            registry.subscribe(_callback(journal, resource), resource, event)
    return journal


def _callback(journal, resource):
    def on_change(_resource, _event, _trigger, payload=None):
        journal.on_event(resource, payload)

    return on_change
