"""Emulated hypervisor: every ACTIVE Nova server becomes a network namespace with its NIC, its VLAN sub-interfaces
and an sshd; it goes when the server goes."""
import json
import os
import shutil
import signal
import time

from . import sh, sshd, wiring


def knobs(state_dir):
    """Failure-injection knobs, re-read every round: `<state>/dataplane/knobs.json` (absent = defaults)."""
    result = {'sshDelaySeconds': 0, 'sshNever': []}
    try:
        with open(os.path.join(state_dir, 'dataplane', 'knobs.json')) as f:
            result.update(json.load(f))
    except (OSError, ValueError):
        pass
    return result


class Vms:
    """Reconciles the VM namespaces of one sandbox."""

    def __init__(self, sbx, state_dir, conn, log):
        self.sbx = sbx
        self.state_dir = state_dir
        self.conn = conn
        self.log = log
        self.active_since = {}  # server id -> monotonic time it was first seen ACTIVE by this process
        self.keys = {}  # server id -> public key (read once: the key a VM boots with does not change)

    def _record_path(self, server_id):
        return os.path.join(sshd.vm_dir(self.state_dir, server_id), 'vm.json')

    def _records(self):
        d = os.path.join(self.state_dir, 'dataplane', 'vms')
        found = {}
        for sid in os.listdir(d) if os.path.isdir(d) else []:
            try:
                with open(self._record_path(sid)) as f:
                    found[sid] = json.load(f)
            except (OSError, ValueError):
                found[sid] = {'server_id': sid, 'netns': wiring.vm_netns(self.sbx, sid), 'subports': {}}
        return found

    def _save(self, record):
        path = self._record_path(record['server_id'])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + '.tmp', 'w') as f:
            json.dump(record, f, indent=1, sort_keys=True)
        os.replace(path + '.tmp', path)

    def reconcile(self, snap):
        from . import cloud
        k = knobs(self.state_dir)
        records = self._records()
        wanted = set()
        for server in snap.servers:
            if server.get('status') != 'ACTIVE':
                continue
            port = snap.server_port(server['id'])
            if port is None or snap.ipv4(port) is None:
                continue
            wanted.add(server['id'])
            try:
                if server['id'] not in self.keys and server.get('key_name'):
                    self.keys[server['id']] = cloud.public_key(self.conn, server['key_name'], server['user_id'])
                self._vm(snap, server, port, records.get(server['id']), k)
            except Exception as err:  # one broken VM must not stop the others
                self.log('server %s (%s): %s' % (server.get('name'), server['id'], err))
        for sid, record in records.items():
            if sid not in wanted:
                self.remove(record)
        # namespaces nobody recorded (a crash between creation and record)
        recorded = {r['netns'] for r in self._records().values()}
        for ns in wiring.list_netns('%s-vm-' % self.sbx):
            if ns not in recorded and not any(wiring.vm_netns(self.sbx, s) == ns for s in wanted):
                kill_netns_processes(ns)
                wiring.delete_netns(ns)
        sshd.reap()

    def _vm(self, snap, server, port, record, k):
        sid = server['id']
        ns = wiring.vm_netns(self.sbx, sid)
        address, cidr, gateway, _subnet = snap.ipv4(port)
        if record is None or record.get('port_id') != port['id']:
            if record is not None:
                self.remove(record)
            record = {'server_id': sid, 'name': server.get('name'), 'netns': ns, 'port_id': port['id'],
                      'subports': {}}
            self._save(record)
            self.log('server %s (%s): VM namespace %s, eth0 %s %s' % (server.get('name'), sid, ns, port['mac_address'],
                                                                     cidr))
        wiring.plug_port(self.sbx, ns, 'eth0', port['id'], port['mac_address'], cidr, gateway, port['network_id'])
        self._subports(snap, record, port, ns)
        self.active_since.setdefault(sid, time.monotonic())

        # sshd, unless a knob holds it back
        never = server.get('name') in (k.get('sshNever') or [])
        delay = float(k.get('sshDelaySeconds') or 0)
        if never:
            if sshd.running_pid(self.state_dir, sid) is not None:
                sshd.stop(self.state_dir, sid)
                self.log('server %s: sshd stopped (knob sshNever)' % server.get('name'))
            return
        if time.monotonic() - self.active_since[sid] < delay:
            return
        conf = sshd.write_config(self.state_dir, sid, address, self.keys.get(sid), self.sbx)
        if sshd.running_pid(self.state_dir, sid) is None:
            pid = sshd.start(self.state_dir, sid, ns, conf, server.get('name'))
            self.log('server %s: sshd (pid %d) on %s:22' % (server.get('name'), pid, address))

    def _subports(self, snap, record, port, ns):
        trunk = snap.trunk_of(port['id'])
        current = {}
        for sub in (trunk or {}).get('sub_ports', []):
            sp = snap.ports.get(sub['port_id'])
            if sp is None or sub.get('segmentation_type', 'vlan') != 'vlan':
                continue
            vlan = int(sub['segmentation_id'])
            v4 = snap.ipv4(sp)
            claimed = wiring.is_claimed(self.state_dir, sp['id'])
            old = record['subports'].get(sp['id'])
            if old and (old['vlan'] != vlan or (claimed and old.get('inVm'))):
                wiring.remove_vlan_interface(self.sbx, ns, 'eth0.%d' % old['vlan'])
                if old['vlan'] != vlan:
                    wiring.unplug_vlan_subport(self.sbx, sp['id'])
            wiring.plug_vlan_subport(self.sbx, port['id'], vlan, sp['id'], sp['network_id'])
            if not claimed:
                wiring.ensure_vlan_interface(self.sbx, ns, 'eth0', vlan, 'eth0.%d' % vlan, sp['mac_address'],
                                             v4[1] if v4 else None)
            current[sp['id']] = {'vlan': vlan, 'inVm': not claimed}
        for sp_id, old in record['subports'].items():
            if sp_id not in current:
                if old.get('inVm'):
                    wiring.remove_vlan_interface(self.sbx, ns, 'eth0.%d' % old['vlan'])
                wiring.unplug_vlan_subport(self.sbx, sp_id)
                self.log('server %s: subport %s (vlan %d) removed' % (record.get('name'), sp_id, old['vlan']))
        if current != record['subports']:
            added = set(current) - set(record['subports'])
            for sp_id in sorted(added):
                self.log('server %s: subport %s vlan %d%s' % (record.get('name'), sp_id, current[sp_id]['vlan'],
                                                             '' if current[sp_id]['inVm'] else ' (claimed by a pod)'))
            record['subports'] = current
            self._save(record)

    def remove(self, record):
        """Tears a VM down: sshd, VLAN devices, host-side veth, namespace, record."""
        sid = record['server_id']
        ns = record.get('netns') or wiring.vm_netns(self.sbx, sid)
        sshd.stop(self.state_dir, sid)
        for sp_id, sub in (record.get('subports') or {}).items():
            wiring.remove_vlan_interface(self.sbx, ns, 'eth0.%d' % sub['vlan'])
            wiring.unplug_vlan_subport(self.sbx, sp_id)
        if record.get('port_id'):
            wiring.unplug_port(self.sbx, record['port_id'])
        kill_netns_processes(ns)
        wiring.delete_netns(ns)
        shutil.rmtree(sshd.vm_dir(self.state_dir, sid), ignore_errors=True)
        self.active_since.pop(sid, None)
        self.keys.pop(sid, None)
        self.log('server %s (%s): VM namespace %s removed' % (record.get('name'), sid, ns))


def kill_netns_processes(ns):
    """SIGKILLs every process whose network namespace is `ns` (sshd sessions included)."""
    if not wiring.netns_exists(ns):
        return
    out = sh.run(['ip', 'netns', 'pids', ns], check=False)
    for pid in [int(p) for p in out.split() if p.isdigit()]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
