"""kuryr-emulator: the reconcile loop (every ~300 ms over every cluster dir of the kube sandbox)."""
import argparse
import concurrent.futures
import fcntl
import os
import signal
import sys
import threading
import time
import traceback

from . import amphora, cloud, control, dp, hostport, nsnet, pods, policies, secgroups, services, store

POLL = 0.3
ADMIN_SYNC = 1.0
AMPHORA_SYNC = 1.0
SG_SYNC = 1.0
LB_CHECK = 2.0  # Octavia listing that finds load balancers deleted behind Kuryr's back
HOST_PORT_SYNC = 5.0
RESTART_GRACE = 20.0  # a requested restart waits this long for running tasks
BACKOFF = 3.0
# the keys of the periodic tasks (each runs at most once at a time, in its own pool)
PERIODIC = ('admin', 'secgroups', 'lb-check', 'host-port', 'amphora')


ARGV0 = os.path.abspath(sys.argv[0])
PKG = os.path.dirname(os.path.abspath(__file__))


def _code_mtime():
    return max(os.stat(os.path.join(PKG, f)).st_mtime_ns for f in os.listdir(PKG) if f.endswith('.py'))


class Context:
    def __init__(self, state_dir, sbx, vlan_start=100, amphora_state_dir=None):
        self.state_dir, self.sbx, self.vlan_start = state_dir, sbx, vlan_start
        # where the amphora emulator serving our load balancers reports (`--no-amphora`: another emulator's)
        self.amphora_state_dir = amphora_state_dir or state_dir
        self.children = []
        self._log_lock = threading.Lock()

    def log(self, msg):
        with self._log_lock:
            print('%s %s' % (time.strftime('%H:%M:%S'), msg), flush=True)


class Emulator:
    def __init__(self, ctx, workers=8, amphorae=True, host_port=True):
        self.ctx = ctx
        self.host_port = hostport.HostPort(ctx) if host_port else None
        self.next_lb_check = 0.0
        self.next_host_port = 0.0
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        # The periodic syncs run apart from the object tasks: a service task holds its worker while Octavia builds
        # the load balancer, and that build waits for the amphora sync; sharing one pool, a few services starved it.
        self.sync_pool = concurrent.futures.ThreadPoolExecutor(max_workers=len(PERIODIC))
        self.inflight = {}
        self.failed = {}  # key -> time of last failure
        self.amphorae = amphora.Amphorae(ctx) if amphorae else None
        self.next_admin = 0.0
        self.next_amphora = 0.0
        self.enforcer = secgroups.Enforcer(ctx)
        self.next_sg = 0.0

    def submit(self, key, fn, args):
        if key in self.inflight or time.time() - self.failed.get(key, 0) < BACKOFF:
            return
        # a task for the same object with another verb (wire vs unwire) waits for the running one
        if len(key) == 4 and any(len(k) == 4 and k[1:] == key[1:] for k in self.inflight):
            return

        def run():
            try:
                fn(*args)
                self.failed.pop(key, None)
            except Exception:  # noqa: BLE001 - logged, retried after BACKOFF
                self.failed[key] = time.time()
                self.ctx.log('%s failed:\n%s' % ('/'.join(map(str, key)), traceback.format_exc()))
            finally:
                self.inflight.pop(key, None)

        self.inflight[key] = True  # before submit: a fast task must not finish before it is registered
        (self.sync_pool if key[0] in PERIODIC else self.pool).submit(run)

    def round(self):
        now = time.time()
        controller = not control.stopped(self.ctx.state_dir, control.CONTROLLER)
        cni = not control.stopped(self.ctx.state_dir, control.DAEMON)
        clusters = [(d, cfg) for d, cfg in store.clusters(self.ctx.state_dir) if cfg.get('cni', 'kuryr') == 'kuryr']
        for cluster_dir, cfg in clusters:  # `--cni local` clusters: the kubelet wires their pods itself
            if controller and cni:  # a pod task both makes the port (controller) and plugs it (daemon)
                for key, fn, args in pods.plan(self.ctx, cluster_dir, cfg):
                    self.submit(key, fn, args)
            if controller:
                for key, fn, args in services.plan(self.ctx, cluster_dir, cfg):
                    self.submit(key, fn, args)
                # Kuryr's optional drivers (cluster.json `drivers`): namespace networks, NetworkPolicy groups
                for key, fn, args in nsnet.plan(self.ctx, cluster_dir, cfg):
                    self.submit(key, fn, args)
                for key, fn, args in policies.plan(self.ctx, cluster_dir, cfg):
                    self.submit(key, fn, args)
            if now >= self.next_admin:
                self.submit(('admin', cluster_dir), pods.sync_admin_state, (self.ctx, cluster_dir, cfg))
        if now >= self.next_admin:
            self.next_admin = now + ADMIN_SYNC
        if now >= self.next_sg:
            self.next_sg = now + SG_SYNC
            self.submit(('secgroups',), self.enforcer.sync, ())
        if controller and now >= self.next_lb_check:
            self.next_lb_check = now + LB_CHECK
            self.submit(('lb-check',), services.check_load_balancers, (self.ctx,))
        if self.host_port is not None and now >= self.next_host_port:
            self.next_host_port = now + HOST_PORT_SYNC
            baremetal = [cfg for _d, cfg in clusters if cfg.get('mode', 'baremetal') == 'baremetal']
            namespaced = any((cfg.get('drivers') or {}).get('podSubnets') == 'namespace' for cfg in baremetal)
            self.submit(('host-port',), self.host_port.sync, (bool(baremetal), namespaced))
        if self.amphorae is not None and now >= self.next_amphora:
            self.next_amphora = now + AMPHORA_SYNC
            self.submit(('amphora',), self.amphorae.sync, ())

    def run_forever(self):
        code = _code_mtime()
        restart_since = None
        while True:
            if _code_mtime() != code and not self.inflight:
                # the package was updated (a developer or the integrator): restart on the new code, between tasks
                self.ctx.log('kdfkuryr changed on disk: restarting')
                os.execv(sys.executable, [sys.executable, ARGV0] + sys.argv[1:])
            if control.restart_requested(self.ctx.state_dir):
                # `systemctl restart devstack@kuryr-kubernetes`: a new process image, between tasks when possible.
                # No new task starts meanwhile: the periodic syncs would keep the pool busy until the grace ran out.
                restart_since = restart_since or time.time()
                if not self.inflight or time.time() - restart_since > RESTART_GRACE:
                    self.ctx.log('restart requested (systemctl): restarting')
                    os.execv(sys.executable, [sys.executable, ARGV0] + sys.argv[1:])
                time.sleep(POLL / 3)
                continue
            try:
                self.round()
            except Exception:  # noqa: BLE001 - a torn read of the store: next round
                self.ctx.log('round failed:\n%s' % traceback.format_exc())
            for child in list(self.ctx.children):
                if child.poll() is not None:
                    self.ctx.children.remove(child)
            time.sleep(POLL)


def main(argv=None):
    ap = argparse.ArgumentParser(prog='kuryr-emulator', description=__doc__)
    ap.add_argument('--state-dir', required=True)
    ap.add_argument('--namespace', default='kdf-sbx')
    ap.add_argument('--cloud', default='devstack-admin')
    ap.add_argument('--no-amphora', action='store_true',
                    help='no amphora emulator (a second emulator on a private state dir, for development)')
    ap.add_argument('--vlan-start', type=int, default=100, help='lowest VLAN id for nested pods (default 100)')
    ap.add_argument('--amphora-state-dir', default=None,
                    help='state dir of the emulator that runs the amphorae (with --no-amphora; default --state-dir)')
    ap.add_argument('--no-host-port', action='store_true',
                    help="no kubelet port for the sandbox namespace (DevStack's host port on the pod network)")
    args = ap.parse_args(argv)
    state_dir = os.path.abspath(args.state_dir)
    cloud.setup(state_dir, args.cloud)
    amphora_dir = os.path.abspath(args.amphora_state_dir) if args.amphora_state_dir else None
    ctx = Context(state_dir, args.namespace, args.vlan_start, amphora_dir)
    # one emulator per state dir: a second one (e.g. started by `sandbox up` while another runs) waits its turn
    os.makedirs(store.kube_dir(state_dir), exist_ok=True)
    lock = open(os.path.join(store.kube_dir(state_dir), 'kuryr-emulator.lock'), 'w')
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        ctx.log('another kuryr-emulator holds %s: waiting' % lock.name)
        fcntl.flock(lock, fcntl.LOCK_EX)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    control.record_emulator(state_dir)
    ctx.log('kuryr-emulator running (state %s, namespace %s)' % (state_dir, args.namespace))
    Emulator(ctx, amphorae=not args.no_amphora, host_port=not args.no_host_port).run_forever()


if __name__ == '__main__':
    sys.exit(main())
