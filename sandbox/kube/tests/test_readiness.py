"""Readiness probes of the sandbox kubelet (kdfkube.readiness): the API server's probe defaults, the probe commands,
the thresholds over a fake clock, and real tcpSocket/httpGet/exec probes on 127.0.0.1 (and, as root, inside a
network namespace made by the test)."""
import concurrent.futures
import http.server
import os
import socket
import subprocess
import sys
import threading
import unittest
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from kdfkube import readiness  # noqa: E402

CONTAINER = {'name': 'web', 'ports': [{'name': 'http', 'containerPort': 8080}, {'containerPort': 9090}]}


class Defaults(unittest.TestCase):
    def test_api_server_defaults_on_readiness_and_liveness_probes(self):
        c = {'readinessProbe': {'httpGet': {'port': 8080}}, 'livenessProbe': {'tcpSocket': {'port': 1},
                                                                              'periodSeconds': 2}}
        readiness.default_probe(c)
        self.assertEqual(c['readinessProbe'], {'httpGet': {'port': 8080, 'path': '/', 'scheme': 'HTTP'},
                                               'timeoutSeconds': 1, 'periodSeconds': 10, 'successThreshold': 1,
                                               'failureThreshold': 3})
        self.assertEqual(c['livenessProbe']['periodSeconds'], 2)

    def test_a_container_without_probes_is_left_alone(self):
        c = {'name': 'x'}
        readiness.default_probe(c)
        self.assertEqual(c, {'name': 'x'})


class Argv(unittest.TestCase):
    def test_tcp_socket_by_number_or_port_name_inside_the_pod_namespace(self):
        argv = readiness.probe_argv({'tcpSocket': {'port': 'http'}}, CONTAINER, 'p', '10.1.0.5', 'ns-pod')
        self.assertEqual(argv, ['ip', 'netns', 'exec', 'ns-pod', readiness.PY, readiness.SELF, 'tcp', '10.1.0.5',
                                '8080', '1'])
        self.assertEqual(readiness.probe_argv({'tcpSocket': {'port': 8081}, 'timeoutSeconds': 3}, CONTAINER, 'p',
                                              '10.1.0.5', None)[-3:], ['10.1.0.5', '8081', '3'])

    def test_http_get_defaults_and_headers(self):
        probe = {'httpGet': {'port': 8080, 'path': '/healthz', 'httpHeaders': [{'name': 'X-A', 'value': 'b'}]}}
        argv = readiness.probe_argv(probe, CONTAINER, 'p', '10.1.0.5', None)
        self.assertEqual(argv[2:], ['http', 'HTTP', '10.1.0.5', '8080', '/healthz', '1', '{"X-A": "b"}'])

    def test_exec_runs_the_command_like_kubectl_exec(self):
        argv = readiness.probe_argv({'exec': {'command': ['cat', '/tmp/ok']}}, CONTAINER, 'p', '10.1.0.5', 'n')
        self.assertEqual(argv[:4], ['ip', 'netns', 'exec', 'n'])
        self.assertEqual(argv[4:6], ['env', '-i'])
        self.assertIn('HOSTNAME=p', argv)
        self.assertEqual(argv[-2:], ['cat', '/tmp/ok'])

    def test_an_unknown_port_name_is_a_failing_probe(self):
        self.assertIsNone(readiness.probe_argv({'tcpSocket': {'port': 'nope'}}, CONTAINER, 'p', '10.1.0.5', None))
        self.assertFalse(readiness.run_probe(None, 1))


class FakeExecutor:
    """Runs a submitted probe at once; the prober collects its result on its next call, as with a real worker."""

    def __init__(self):
        self.calls = 0

    def submit(self, fn, *args):
        self.calls += 1
        f = concurrent.futures.Future()
        f.set_result(fn(*args))
        return f


class Thresholds(unittest.TestCase):
    def setUp(self):
        self.now = 100.0
        self.result = False
        self.executor = FakeExecutor()
        self.prober = readiness.Prober(run=lambda argv, timeout: self.result, clock=lambda: self.now,
                                       executor=self.executor)

    def ready(self, probe, key=('uid', 1)):
        return self.prober.ready(key, probe, ['probe'])

    def test_not_ready_until_the_first_success_after_the_initial_delay(self):
        probe = {'tcpSocket': {'port': 1}, 'initialDelaySeconds': 5, 'periodSeconds': 2}
        self.result = True
        self.assertFalse(self.ready(probe))
        self.now += 4.9
        self.assertFalse(self.ready(probe))
        self.assertEqual(self.executor.calls, 0)
        self.now += 0.1
        self.assertFalse(self.ready(probe))  # started; its result counts on the next pass
        self.assertTrue(self.ready(probe))
        self.assertEqual(self.executor.calls, 1)

    def test_one_probe_per_period(self):
        probe = {'tcpSocket': {'port': 1}, 'periodSeconds': 2}
        for _ in range(10):
            self.ready(probe)
            self.now += 0.5
        self.assertEqual(self.executor.calls, 3)  # at 0, 2 and 4 s of the 5 s

    def test_failure_and_success_thresholds(self):
        probe = {'tcpSocket': {'port': 1}, 'periodSeconds': 1, 'failureThreshold': 2, 'successThreshold': 2}
        self.result = True
        states = []
        for result in (True, True, True, False, False, False, True, True):
            self.result = result
            self.ready(probe)  # starts the probe
            states.append(self.ready(probe))  # collects it
            self.now += 1
        self.assertEqual(states, [False, True, True, True, False, False, False, True])

    def test_a_new_container_instance_starts_over(self):
        probe = {'tcpSocket': {'port': 1}, 'periodSeconds': 1}
        self.result = True
        self.ready(probe)
        self.assertTrue(self.ready(probe))
        self.assertFalse(self.ready(probe, key=('uid', 2)))  # restarted container: not ready until probed again
        self.assertEqual(list(self.prober.states), [('uid', 2)])
        self.prober.forget('uid')
        self.assertEqual(self.prober.states, {})

    def test_a_probe_still_running_is_not_started_twice(self):
        pending = concurrent.futures.Future()
        self.prober.executor = type('E', (), {'submit': lambda _s, *a: pending})()
        probe = {'tcpSocket': {'port': 1}, 'periodSeconds': 1}
        self.assertFalse(self.ready(probe))
        self.now += 5
        self.assertFalse(self.ready(probe))
        self.assertIs(self.prober.states[('uid', 1)].future, pending)
        pending.set_result(True)
        self.assertTrue(self.ready(probe))


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        code = {'/ok': 200, '/moved': 302, '/broken': 500}.get(self.path, 404)
        self.send_response(code)
        if code == 302:
            self.send_header('Location', 'http://192.0.2.1/')
        self.end_headers()

    def log_message(self, *_):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class RealProbes(unittest.TestCase):
    """The probe process itself, on the loopback (netns None: where the test runs)."""

    def setUp(self):
        self.server = http.server.HTTPServer(('127.0.0.1', 0), _Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.port = self.server.server_address[1]

    def probe(self, probe):
        return readiness.run_probe(readiness.probe_argv(probe, CONTAINER, 'p', '127.0.0.1', None), 1)

    def test_tcp_socket_connects_or_is_refused(self):
        self.assertTrue(self.probe({'tcpSocket': {'port': self.port}}))
        self.assertFalse(self.probe({'tcpSocket': {'port': free_port()}}))

    def test_http_get_status_200_to_399_passes(self):
        for path, ok in (('/ok', True), ('/moved', True), ('/broken', False), ('/missing', False)):
            with self.subTest(path=path):
                self.assertEqual(self.probe({'httpGet': {'port': self.port, 'path': path}}), ok)
        self.assertFalse(self.probe({'httpGet': {'port': free_port(), 'path': '/ok'}}))

    def test_exec_passes_on_exit_zero(self):
        self.assertTrue(self.probe({'exec': {'command': ['sh', '-c', 'test "$HOSTNAME" = p']}}))
        self.assertFalse(self.probe({'exec': {'command': ['false']}}))


@unittest.skipUnless(os.geteuid() == 0, 'needs root: makes a network namespace')
class InPodNamespace(unittest.TestCase):
    """The demo server in a network namespace of the test's own, probed the way the kubelet does (ip netns exec)."""

    DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'demo-server')

    def setUp(self):
        self.netns = 'kdf-rt-' + uuid.uuid4().hex[:8]
        subprocess.run(['ip', 'netns', 'add', self.netns], check=True)
        self.addCleanup(subprocess.run, ['ip', 'netns', 'del', self.netns])
        subprocess.run(['ip', '-n', self.netns, 'link', 'set', 'lo', 'up'], check=True)
        subprocess.run(['ip', '-n', self.netns, 'addr', 'add', '192.0.2.10/32', 'dev', 'lo'], check=True)
        ready = os.path.join('/tmp', self.netns + '.ready')
        self.addCleanup(lambda: os.path.exists(ready) and os.unlink(ready))
        self.demo = subprocess.Popen(['ip', 'netns', 'exec', self.netns, readiness.PY, self.DEMO, '--ready-file',
                                      ready], env={'HOSTNAME': 'p', 'PATH': readiness.PATH},
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(self.demo.wait)
        self.addCleanup(self.demo.kill)
        subprocess.run(['ip', 'netns', 'exec', self.netns, 'sh', '-c',
                        f'for i in $(seq 100); do [ -e {ready} ] && exit 0; sleep 0.1; done; exit 1'], check=True)

    def probe(self, probe):
        argv = readiness.probe_argv(probe, CONTAINER, 'p', '192.0.2.10', self.netns)
        return readiness.run_probe(argv, 1)

    def test_the_demo_server_answers_on_8080_and_nothing_on_8081(self):
        self.assertTrue(self.probe({'tcpSocket': {'port': 8080}}))
        self.assertTrue(self.probe({'httpGet': {'port': 'http'}}))
        self.assertFalse(self.probe({'tcpSocket': {'port': 8081}}))
        self.assertFalse(self.probe({'httpGet': {'port': 8081}}))

    def test_exec_runs_in_the_pod_namespace(self):
        self.assertTrue(self.probe({'exec': {'command': ['sh', '-c', 'ip -o addr show lo | grep -q 192.0.2.10']}}))


if __name__ == '__main__':
    unittest.main()
