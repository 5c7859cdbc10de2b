"""Readiness probes of the sandbox kubelet: a container with `readinessProbe` is Ready only while its probe passes.

The kubelet asks `Prober.ready()` once per pass for each running container. Probes run in worker threads (each one
a short-lived process inside the pod's network namespace), so a probe that hangs until its timeout never stalls the
manager loop; the answer of a pass is the state after the probes that finished so far, as the kubelet's probe
workers report asynchronously too.

Run as a script (`python3 readiness.py tcp HOST PORT TIMEOUT` / `http SCHEME HOST PORT PATH TIMEOUT HEADERS`), it
performs one probe where it runs (the kubelet starts it with `ip netns exec <pod netns>`) and exits 0 on success.
Only the standard library: the script runs without the package on sys.path.
"""

import concurrent.futures
import http.client
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time

# The API server's defaults for a probe (SetDefaults_Probe) and an httpGet action.
PROBE_DEFAULTS = {'timeoutSeconds': 1, 'periodSeconds': 10, 'successThreshold': 1, 'failureThreshold': 3}
PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
PY = '/usr/bin/python3'
SELF = os.path.abspath(__file__)


def default_probe(container):
    """Adds the API server's defaults to the container's probes (in place), as a stored object shows them."""
    for key in ('readinessProbe', 'livenessProbe'):
        probe = container.get(key)
        if not isinstance(probe, dict):
            continue
        for k, v in PROBE_DEFAULTS.items():
            probe.setdefault(k, v)
        get = probe.get('httpGet')
        if isinstance(get, dict):
            get.setdefault('path', '/')
            get.setdefault('scheme', 'HTTP')


def settings(probe):
    """The probe's timing with the defaults filled in (seconds, counts)."""
    out = {k: probe.get(k) or v for k, v in PROBE_DEFAULTS.items()}
    out['initialDelaySeconds'] = probe.get('initialDelaySeconds') or 0
    return out


def resolve_port(port, container):
    """A probe's port: a number, or the name of one of the container's ports (None when there is no such port)."""
    if isinstance(port, int):
        return port
    if isinstance(port, str) and port.isdigit():
        return int(port)
    for p in container.get('ports') or []:
        if p.get('name') == port:
            return p.get('containerPort')
    return None


def probe_argv(probe, container, pod_name, pod_ip, netns):
    """The command that runs one probe of `container` inside the pod's network namespace, or None (no such port)."""
    timeout = str(settings(probe)['timeoutSeconds'])
    enter = ['ip', 'netns', 'exec', netns] if netns else []
    if 'exec' in probe:
        # as `kubectl exec` runs a command in the sandbox: the pod's namespace, a clean environment
        env = ['env', '-i', f'PATH={PATH}', f'HOSTNAME={pod_name}', 'HOME=/root']
        return [*enter, *env, *(probe['exec'].get('command') or ['false'])]
    action = probe.get('tcpSocket') or probe.get('httpGet') or {}
    port = resolve_port(action.get('port'), container)
    if port is None:
        return None
    host = action.get('host') or pod_ip
    if 'tcpSocket' in probe:
        return [*enter, PY, SELF, 'tcp', host, str(port), timeout]
    headers = json.dumps({h.get('name'): h.get('value', '') for h in action.get('httpHeaders') or []})
    scheme = action.get('scheme') or 'HTTP'
    return [*enter, PY, SELF, 'http', scheme, host, str(port), action.get('path') or '/', timeout, headers]


def run_probe(argv, timeout):
    """Runs one probe command: True when it exits 0 within the probe's timeout (plus the start-up of the process)."""
    if argv is None:
        return False
    try:
        return subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=timeout + 2).returncode == 0
    except (subprocess.TimeoutExpired, OSError):
        return False


class _State:
    """One container's probe: when the next probe is due, the running one, and the consecutive results."""

    def __init__(self, first_at):
        self.next_at = first_at
        self.future = None
        self.successes = 0
        self.failures = 0
        self.ready = False  # a probed container starts not ready, until the first success


class Prober:
    """Probe workers of the kubelet, keyed by container instance (pod uid and process id)."""

    def __init__(self, run=run_probe, clock=time.monotonic, executor=None):
        self.run = run
        self.clock = clock
        self.executor = executor or concurrent.futures.ThreadPoolExecutor(max_workers=8,
                                                                         thread_name_prefix='readiness')
        self.states = {}
        self.lock = threading.Lock()

    def ready(self, key, probe, argv):
        """Whether the container `key` is ready now: collects a finished probe and starts the next one when due."""
        s = settings(probe)
        now = self.clock()
        with self.lock:
            st = self.states.get(key)
            if st is None:
                # a new container instance of the pod (first start or restart): the old one's results do not count
                for old in [k for k in self.states if k[0] == key[0]]:
                    del self.states[old]
                st = self.states[key] = _State(now + s['initialDelaySeconds'])
            if st.future is not None and st.future.done():
                self._count(st, st.future.result(), s)
                st.future = None
            if st.future is None and now >= st.next_at:
                st.next_at = now + s['periodSeconds']
                st.future = self.executor.submit(self.run, argv, s['timeoutSeconds'])
            return st.ready

    @staticmethod
    def _count(st, ok, s):
        if ok:
            st.successes, st.failures = st.successes + 1, 0
            if st.successes >= s['successThreshold']:
                st.ready = True
        else:
            st.successes, st.failures = 0, st.failures + 1
            if st.failures >= s['failureThreshold']:
                st.ready = False

    def forget(self, uid):
        """Drops the probe state of every container instance of pod `uid` (deleted, or its container restarted)."""
        with self.lock:
            for key in [k for k in self.states if k[0] == uid]:
                del self.states[key]


# ---- one probe, where this script runs -----------------------------------------------------------------------------


def probe_tcp(host, port, timeout):
    """A TCP connect: success when the handshake completes within the timeout."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def probe_http(scheme, host, port, path, timeout, headers):
    """An HTTP GET: success for a status from 200 to 399 (redirects are not followed)."""
    if scheme.upper() == 'HTTPS':
        # the kubelet does not verify the certificate of an HTTPS probe
        conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=ssl._create_unverified_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request('GET', path, headers={'User-Agent': 'kube-probe/1.16', **headers})
        return 200 <= conn.getresponse().status < 400
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def main(argv):
    if len(argv) == 4 and argv[0] == 'tcp':
        return 0 if probe_tcp(argv[1], int(argv[2]), float(argv[3])) else 1
    if len(argv) == 7 and argv[0] == 'http':
        headers = json.loads(argv[6] or '{}')
        return 0 if probe_http(argv[1], argv[2], int(argv[3]), argv[4], float(argv[5]), headers) else 1
    sys.stderr.write('usage: readiness.py tcp HOST PORT TIMEOUT | http SCHEME HOST PORT PATH TIMEOUT HEADERS\n')
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
