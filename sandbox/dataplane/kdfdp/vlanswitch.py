"""A userspace 802.1Q switch: the VLAN sub-interfaces of the sandbox's data plane.

The machine's kernel may lack 802.1Q support (`ip link add … type vlan` then fails with "Unknown device type": no
CONFIG_VLAN_8021Q). A VLAN "device" is therefore a TAP device (e.g. `eth0.102` inside a VM, `tv…` in the sandbox
namespace) bound to a parent Ethernet device (`eth0`, `tp…`) and a VLAN id. This switch relays frames between them:
what the TAP sends leaves the parent tagged with the id (a real 802.1Q header on the wire), and tagged frames
arriving on the parent with that id are untagged and delivered to the TAP. The parent's own IP stack ignores tagged
frames, exactly as a kernel without a VLAN device for that id would.

Registry: one JSON file per VLAN device in `/run/kdfdp/<sbx>/vlans/` (written by `kdfdp.wiring`), with
`parent_ns`, `parent_if`, `vlan`, `tap_ns`, `tap`. The switch (one process per sandbox, `bin/vlan-switch`) rescans
it continuously; it reaches into every namespace with setns(2) to open its sockets and TAP file descriptors.
"""
import ctypes
import errno
import fcntl
import json
import os
import select
import socket
import struct
import time

CLONE_NEWNET = 0x40000000
ETH_P_ALL = 0x0003
ETH_P_8021Q = 0x8100
SOL_PACKET = 263
PACKET_AUXDATA = 8
PACKET_OUTGOING = 4
TP_STATUS_VLAN_VALID = 0x10
TUNSETIFF = 0x400454CA
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000
AUX = struct.Struct('IIIHHHH')  # struct tpacket_auxdata

_libc = ctypes.CDLL(None, use_errno=True)


def registry_dir(sbx):
    """Where the VLAN devices of sandbox `sbx` are registered."""
    return os.path.join('/run/kdfdp', sbx, 'vlans')


def entry_path(sbx, tap_ns, tap):
    return os.path.join(registry_dir(sbx), '%s.%s.json' % (tap_ns, tap))


def register(sbx, parent_ns, parent_if, vlan, tap_ns, tap):
    """Records one VLAN device (atomically; rewritten only when it changes)."""
    path = entry_path(sbx, tap_ns, tap)
    body = json.dumps({'parent_ns': parent_ns, 'parent_if': parent_if, 'vlan': int(vlan), 'tap_ns': tap_ns,
                       'tap': tap}, sort_keys=True)
    try:
        with open(path) as f:
            if f.read() == body:
                return
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = '%s.tmp%d' % (path, os.getpid())
    with open(tmp, 'w') as f:
        f.write(body)
    os.replace(tmp, path)


def unregister(sbx, tap_ns, tap):
    try:
        os.unlink(entry_path(sbx, tap_ns, tap))
    except FileNotFoundError:
        pass


def entries(sbx):
    """Every registered VLAN device of `sbx`."""
    found = []
    d = registry_dir(sbx)
    try:
        names = os.listdir(d)
    except FileNotFoundError:
        return found
    for name in names:
        if not name.endswith('.json'):
            continue
        try:
            with open(os.path.join(d, name)) as f:
                found.append(json.load(f))
        except (OSError, ValueError):
            continue
    return found


class InNetns:
    """Context manager: the calling thread enters network namespace /run/netns/NAME and comes back afterwards."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.home = os.open('/proc/thread-self/ns/net', os.O_RDONLY)
        target = os.open(os.path.join('/run/netns', self.name), os.O_RDONLY)
        try:
            if _libc.setns(target, CLONE_NEWNET) != 0:
                e = ctypes.get_errno()
                raise OSError(e, 'setns(%s): %s' % (self.name, os.strerror(e)))
        finally:
            os.close(target)
        return self

    def __exit__(self, *exc):
        try:
            if _libc.setns(self.home, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), 'setns back failed')
        finally:
            os.close(self.home)


def open_parent(ns, ifname):
    """A raw packet socket on `ifname` in `ns`, with VLAN metadata (PACKET_AUXDATA)."""
    with InNetns(ns):
        s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        try:
            s.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1)
            s.bind((ifname, ETH_P_ALL))
        except OSError:
            s.close()
            raise
    s.setblocking(False)
    return s


def open_tap(ns, name):
    """Attaches to the persistent TAP device `name` in `ns`; returns its file descriptor."""
    with InNetns(ns):
        fd = os.open('/dev/net/tun', os.O_RDWR | os.O_NONBLOCK)
        try:
            fcntl.ioctl(fd, TUNSETIFF, struct.pack('16sH', name.encode(), IFF_TAP | IFF_NO_PI))
        except OSError:
            os.close(fd)
            raise
    return fd


def read_tagged(sock):
    """One frame from a parent socket: (vlan id or None, untagged frame), or None for frames to ignore."""
    data, anc, _flags, addr = sock.recvmsg(65600, socket.CMSG_SPACE(AUX.size))
    if addr[2] == PACKET_OUTGOING:
        return None
    for level, kind, payload in anc:
        if level == SOL_PACKET and kind == PACKET_AUXDATA and len(payload) >= AUX.size:
            status, _len, _snap, _mac, _net, tci, _tpid = AUX.unpack(payload[:AUX.size])
            if status & TP_STATUS_VLAN_VALID:
                return tci & 0x0FFF, data
    # the tag can also still be in the frame (no receive offload)
    if len(data) >= 18 and struct.unpack('!H', data[12:14])[0] == ETH_P_8021Q:
        return struct.unpack('!H', data[14:16])[0] & 0x0FFF, data[:12] + data[16:]
    return None, data


def tag(frame, vlan):
    """The frame with an 802.1Q header for `vlan` after the MAC addresses."""
    return frame[:12] + struct.pack('!HH', ETH_P_8021Q, vlan & 0x0FFF) + frame[12:]


class Switch:
    """The relay for every registered VLAN device of one sandbox."""

    def __init__(self, sbx, log=print):
        self.sbx = sbx
        self.log = log
        self.parents = {}  # (ns, ifname) -> socket
        self.taps = {}  # (ns, tap) -> (fd, key of parent, vlan)
        self.by_fd = {}
        self.last_scan = 0.0
        self.failed = {}  # key -> time of the last failure (retried after a second)

    def _ns_ok(self, ns):
        return ns == self.sbx or ns.startswith(self.sbx + '-')

    def reconcile(self):
        wanted = {}
        for e in entries(self.sbx):
            if not (self._ns_ok(e['parent_ns']) and self._ns_ok(e['tap_ns'])):
                continue
            if not (os.path.exists('/run/netns/' + e['parent_ns']) and os.path.exists('/run/netns/' + e['tap_ns'])):
                continue
            wanted[(e['tap_ns'], e['tap'])] = ((e['parent_ns'], e['parent_if']), e['vlan'])
        for key in [k for k, v in self.taps.items() if wanted.get(k) != (v[1], v[2])]:
            self._close_tap(key)
        used = {p for p, _v in wanted.values()}
        for key in [k for k in self.parents if k not in used]:
            self._close_parent(key)
        now = time.monotonic()
        for key, (parent, vlan) in wanted.items():
            if key in self.taps or now - self.failed.get(key, 0) < 1.0:
                continue
            try:
                if parent not in self.parents:
                    self.parents[parent] = open_parent(*parent)
                    self.by_fd[self.parents[parent].fileno()] = ('parent', parent)
                fd = open_tap(*key)
            except OSError as err:
                first = key not in self.failed
                self.failed[key] = now
                if first:
                    self.log('vlan %s/%s (id %d on %s/%s): not ready: %s' % (key + (vlan,) + parent + (err,)))
                continue
            self.failed.pop(key, None)
            self.taps[key] = (fd, parent, vlan)
            self.by_fd[fd] = ('tap', key)
            self.log('vlan %s/%s: id %d on %s/%s' % (key + (vlan,) + parent))

    def _close_tap(self, key):
        fd, _parent, _vlan = self.taps.pop(key)
        self.by_fd.pop(fd, None)
        os.close(fd)
        self.log('vlan %s/%s: detached' % key)

    def _close_parent(self, key):
        sock = self.parents.pop(key)
        self.by_fd.pop(sock.fileno(), None)
        sock.close()
        for tap in [k for k, v in self.taps.items() if v[1] == key]:
            self._close_tap(tap)

    def run_once(self, timeout=0.25):
        if time.monotonic() - self.last_scan >= 0.25:
            self.reconcile()
            self.last_scan = time.monotonic()
        fds = list(self.by_fd)
        if not fds:
            time.sleep(timeout)
            return
        readable, _w, _x = select.select(fds, [], [], timeout)
        for fd in readable:
            kind, key = self.by_fd.get(fd, (None, None))
            if kind == 'parent':
                self._from_parent(key)
            elif kind == 'tap':
                self._from_tap(key)

    def _from_parent(self, parent):
        sock = self.parents.get(parent)
        for _ in range(64):
            try:
                got = read_tagged(sock)
            except BlockingIOError:
                return
            except OSError as err:  # the device went away (ENETDOWN): reopen on the next scan
                self.log('parent %s/%s: %s' % (parent + (err,)))
                self._close_parent(parent)
                return
            if not got or got[0] is None:
                continue
            vlan, frame = got
            for key, (fd, p, v) in list(self.taps.items()):
                if p == parent and v == vlan:
                    try:
                        os.write(fd, frame)
                    except OSError as err:
                        if err.errno not in (errno.EAGAIN, errno.EIO):
                            self._close_tap(key)

    def _from_tap(self, key):
        fd, parent, vlan = self.taps[key]
        sock = self.parents.get(parent)
        for _ in range(64):
            try:
                frame = os.read(fd, 65600)
            except BlockingIOError:
                return
            except OSError as err:  # EBADFD: the TAP device was deleted
                self.log('vlan %s/%s: %s' % (key + (err,)))
                self._close_tap(key)
                return
            if sock is None or len(frame) < 14:
                continue
            try:
                sock.send(tag(frame, vlan))
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.ENOBUFS, errno.ENETDOWN, errno.ENXIO):
                    raise
