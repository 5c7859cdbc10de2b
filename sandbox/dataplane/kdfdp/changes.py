"""When a poller of the sandbox must read Neutron again: the reading side of Neutron's change journal.

neutron-server keeps a counter file per kind of resource (sandbox/openstack/pylib/kdf_neutron_changes.py, loaded
with the fakebind driver), rewritten after each committed change. A poller takes a token (the files it watches),
reads the API, and hands the token back; its next read is due once a watched file says something else, or after
`max_age` seconds whatever the files say (a change the journal missed is then picked up late, never lost). Without
a journal (a Neutron not started by the sandbox) every read is due, as before the journal existed.
"""
import os
import time

# what the compute emulator's snapshot (cloud.Snapshot) depends on
DATAPLANE_KINDS = ('port', 'subnet', 'router', 'floatingip', 'trunk')
MAX_AGE = 5.0


def journal_dir(state_dir):
    """The journal of the sandbox in `state_dir` (neutron.conf `[kdf] changes_dir` = {{RUN}}/neutron-changes)."""
    return os.path.join(state_dir, 'run', 'neutron-changes')


class Gate:
    """One poller's view of the journal: `kinds` it depends on, its last read's token and time."""

    def __init__(self, directory, kinds, max_age=MAX_AGE, clock=time.monotonic):
        self.directory, self.kinds, self.max_age, self.clock = directory, tuple(kinds), max_age, clock
        self.last = None  # (token, clock time of the read)

    def token(self):
        """The watched counters now (take it before reading the API); a fresh object when there is no journal."""
        if not os.path.isdir(self.directory):
            return object()  # equal to nothing: every read is due
        out = []
        for kind in self.kinds:
            try:
                with open(os.path.join(self.directory, kind)) as f:
                    out.append(f.read())
            except FileNotFoundError:
                out.append(None)  # that kind never changed since Neutron started
        return tuple(out)

    def fresh(self, token):
        """True when the last read still holds: taken at `token` (nothing watched moved since), within max_age, and
        what it read was settled."""
        return self.last is not None and self.last[0] == token and self.clock() - self.last[1] < self.max_age

    def done(self, token, settled=True):
        """Records a read made after `token` was taken. `settled=False`: what it read is still changing (an Octavia
        object PENDING_*, a server building) in ways the journal does not show, so the next read is due too."""
        self.last = (token, self.clock()) if settled else None
