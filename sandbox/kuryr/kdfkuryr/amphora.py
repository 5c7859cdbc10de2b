"""Amphora emulator: every ACTIVE Octavia load balancer gets a network namespace `<sbx>-lb-<id8>` plugged on its
real Neutron VIP port and a proxy process (kdfkuryr.proxy) that balances its listeners over its members."""
import os
import signal
import subprocess
import sys
import time

from kdfdp import changes

from . import cloud, dp, naming, nsfix, sh, store

PKG_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFRESH = 10.0
# `<lb id>.unemulated`: a load balancer this emulator leaves alone (the API server's); read by kdf_octavia_amphora
UNEMULATED = '.unemulated'


def amphora_dir(state_dir):
    return os.path.join(store.kube_dir(state_dir), 'amphora')


def applied(state_dir, lb_id):
    """What the LB's proxy serves now ({"listeners": [{"protocol", "port", "members": ["ip:port"]}]}), or None."""
    return store.read_json(os.path.join(amphora_dir(state_dir), lb_id + '.json.applied'))


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def _read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (FileNotFoundError, ValueError):
        return None


def _going(obj):
    """An object Octavia is deleting: no longer served (the amphora driver leaves it out the same way)."""
    return getattr(obj, 'provisioning_status', None) == 'PENDING_DELETE'


class Amphorae:
    def __init__(self, ctx):
        self.ctx = ctx
        self.seen = {}  # lb id -> (updated_at, provisioning_status, time of last refresh)
        self.dir = amphora_dir(ctx.state_dir)
        os.makedirs(self.dir, exist_ok=True)
        self.gate = changes.Gate(changes.journal_dir(ctx.state_dir), ('port',))

    def sync(self):
        # Octavia lists slowly (about 75 ms of a core each): list again when a port moved (a load balancer's VIP port
        # comes with its creation and goes with its deletion), while one is changing, or at the gate's interval
        token = self.gate.token()
        if self.gate.fresh(token):
            return
        lbc = cloud.conn().load_balancer
        lbs = {lb.id: lb for lb in lbc.load_balancers()}
        self._sync(lbs)
        self.gate.done(token, settled=not any(cloud.pending(lb) for lb in lbs.values()))

    def _sync(self, lbs):
        now = time.time()
        for lb in lbs.values():
            if lb.name == naming.API_LB:
                # not emulated here; the marker tells Octavia's amphora driver not to wait for this one
                marker = os.path.join(self.dir, lb.id + UNEMULATED)
                if not os.path.exists(marker):
                    store.write_json(marker, {'name': lb.name})
                continue
            # PENDING_UPDATE too: Octavia's flow waits for this amphora (pylib/kdf_octavia_amphora.py) before ACTIVE
            if lb.provisioning_status not in ('ACTIVE', 'PENDING_UPDATE'):
                continue
            mark = (lb.updated_at, lb.provisioning_status)
            prev = self.seen.get(lb.id)
            if prev is None or prev[0] != mark or now - prev[1] > REFRESH:
                try:
                    self._ensure(lb)
                    self.seen[lb.id] = (mark, now)
                except Exception as err:  # noqa: BLE001 - one LB must not stop the others
                    self.ctx.log('amphora %s: %r' % (lb.id, err))
        # LBs that are gone (or being deleted): stop their amphora
        for fn in os.listdir(self.dir):
            if fn.endswith('.json.applied') and fn[:-len('.applied')] not in os.listdir(self.dir):
                store.remove(os.path.join(self.dir, fn))  # a proxy's last report after its teardown
            elif fn.endswith(UNEMULATED) and fn[:-len(UNEMULATED)] not in lbs:
                store.remove(os.path.join(self.dir, fn))
            elif fn.endswith('.json') and not fn.startswith('.'):
                lb_id = fn[:-5]
                lb = lbs.get(lb_id)
                if lb is None or lb.provisioning_status == 'PENDING_DELETE':
                    self._teardown(lb_id)
                    self.seen.pop(lb_id, None)

    def _config(self, lb):
        lbc = cloud.conn().load_balancer
        pools = {p.id: p for p in cloud.lb_pools(lb.id)}
        listeners = []
        for lst in cloud.lb_listeners(lb.id):
            if lst.protocol not in ('TCP', 'UDP', 'HTTP') or not lst.is_admin_state_up or _going(lst):
                continue
            members = []
            pool = pools.get(lst.default_pool_id)
            if pool is not None and not _going(pool):
                for m in lbc.members(pool.id):
                    if _going(m):
                        continue
                    members.append({'name': m.name, 'address': m.address, 'port': m.protocol_port,
                                    'enabled': bool(m.is_admin_state_up)})
            listeners.append({'name': lst.name, 'protocol': 'UDP' if lst.protocol == 'UDP' else 'TCP',
                              'port': lst.protocol_port, 'members': members})
        return {'loadBalancerId': lb.id, 'name': lb.name, 'vip': lb.vip_address, 'vipPortId': lb.vip_port_id,
                'netns': naming.lb_netns(self.ctx.sbx, lb.id), 'listeners': listeners}

    def _ensure(self, lb):
        sbx = self.ctx.sbx
        cfg = self._config(lb)
        path = os.path.join(self.dir, lb.id + '.json')
        if store.read_json(path) != cfg:
            store.write_json(path, cfg)
        netns = cfg['netns']
        plugged = nsfix.netns_usable(netns) and sh.ok(['ip', '-n', netns, 'link', 'show', 'dev', 'eth0'])
        if not plugged:
            port = cloud.conn().network.get_port(lb.vip_port_id)
            sub = cloud.subnet_by_id(lb.vip_subnet_id)
            dp.ensure_netns(netns)
            dp.plug_port(sbx, netns, 'eth0', port.id, port.mac_address,
                         '%s/%s' % (lb.vip_address, sub.cidr.split('/')[1]), sub.gateway_ip, port.network_id)
            self.ctx.log('amphora %s (%s): VIP %s plugged in %s' % (lb.id, lb.name, lb.vip_address, netns))
        pidfile = os.path.join(self.dir, lb.id + '.pid')
        pid = _read_pid(pidfile)
        if pid is None or not _pid_alive(pid):
            logdir = os.path.join(self.ctx.state_dir, 'log')
            os.makedirs(logdir, exist_ok=True)
            log = open(os.path.join(logdir, 'kuryr-amphora-%s.log' % lb.id[:8]), 'a')
            env = dict(os.environ, PYTHONPATH=PKG_ROOT, PYTHONDONTWRITEBYTECODE='1')
            proc = subprocess.Popen(['ip', 'netns', 'exec', netns, sys.executable, '-m', 'kdfkuryr.proxy', '--config',
                                     path], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=env, start_new_session=True, cwd=PKG_ROOT)
            with open(pidfile, 'w') as f:
                f.write('%d\n' % proc.pid)
            self.ctx.children.append(proc)
            self.ctx.log('amphora %s: proxy pid %d' % (lb.id, proc.pid))

    def _teardown(self, lb_id):
        path = os.path.join(self.dir, lb_id + '.json')
        cfg = store.read_json(path) or {}
        pidfile = os.path.join(self.dir, lb_id + '.pid')
        pid = _read_pid(pidfile)
        if pid is not None and _pid_alive(pid):
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        if cfg.get('vipPortId'):
            dp.unplug_port(self.ctx.sbx, cfg['vipPortId'])
        netns = cfg.get('netns') or naming.lb_netns(self.ctx.sbx, lb_id)
        if os.path.exists('/run/netns/' + netns):
            sh.run(['ip', 'netns', 'delete', netns], check=False)
        store.remove(pidfile)
        store.remove(path + '.applied')
        store.remove(path)
        self.ctx.log('amphora %s: torn down' % lb_id)
