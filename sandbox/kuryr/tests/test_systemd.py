"""The systemctl double (kdfkuryr.systemd) on a temporary state dir: messages and exit codes of a DevStack host's
systemctl, the stop/start flags the emulator reads, and a restart that waits for the emulator's new process.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import io
import os
import shutil
import tempfile
import unittest

from kdfkuryr import control, systemd

CTL = 'devstack@kuryr-kubernetes.service'


class Clock:
    def __init__(self, t=1000.0):
        self.t = t

    def now(self):
        return self.t

    def sleep(self, s):
        self.t += s


class SystemctlDouble(unittest.TestCase):
    def setUp(self):
        self.state = tempfile.mkdtemp(prefix='kdf-systemd-')
        os.makedirs(os.path.join(self.state, 'kube'))
        self.env = {'KDF_SANDBOX_DIR': self.state}

    def tearDown(self):
        shutil.rmtree(self.state)

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = systemd.main(list(argv), env=self.env, stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def emulator_up(self):
        control.record_emulator(self.state, pid=os.getpid(), now=500.0)

    def test_unknown_units_as_systemctl_says(self):
        self.emulator_up()
        self.assertEqual(self.run_main('restart', 'devstack@n-cpu'),
                         (5, '', 'Failed to restart devstack@n-cpu.service: Unit devstack@n-cpu.service not found.\n'))
        self.assertEqual(self.run_main('status', 'x.service'), (4, '', 'Unit x.service could not be found.\n'))
        self.assertEqual(self.run_main('is-active', 'x'), (3, 'inactive\n', ''))
        self.assertEqual(self.run_main('frob', 'x'), (1, '', 'Unknown command verb frob.\n'))

    def test_show_prints_the_asked_properties_in_systemd_order(self):
        self.emulator_up()
        pid = os.getpid()
        self.assertEqual(self.run_main('show', '-p', 'NRestarts,ActiveState,MainPID', 'devstack@kuryr-kubernetes'),
                         (0, 'MainPID=%d\nNRestarts=0\nActiveState=active\n' % pid, ''))
        self.run_main('stop', 'devstack@kuryr-kubernetes')
        self.assertEqual(self.run_main('show', '--property=ActiveState', '-p', 'MainPID', CTL),
                         (0, 'MainPID=0\nActiveState=inactive\n', ''))
        self.assertEqual(self.run_main('show', '-p', 'LoadState,ActiveState', 'nosuch'),
                         (0, 'LoadState=not-found\nActiveState=inactive\n', ''))

    def test_no_sandbox_no_systemd(self):
        self.env = {}
        code, out, err = self.run_main('status', CTL)
        self.assertEqual((code, out), (1, ''))
        self.assertTrue(err.startswith('System has not been booted with systemd as init system (PID 1).'), err)

    def test_stop_and_start_flip_what_the_emulator_reads(self):
        self.emulator_up()
        self.assertEqual(self.run_main('is-active', 'devstack@kuryr-kubernetes'), (0, 'active\n', ''))
        self.assertEqual(self.run_main('stop', 'devstack@kuryr-kubernetes')[0], 0)
        self.assertTrue(control.stopped(self.state, control.CONTROLLER))
        self.assertFalse(control.stopped(self.state, control.DAEMON))
        self.assertEqual(self.run_main('is-active', '--quiet', 'devstack@kuryr-kubernetes'), (3, '', ''))
        code, out, _err = self.run_main('status', '--no-pager', CTL)
        self.assertEqual(code, 3)
        self.assertTrue(out.startswith('○ %s - Devstack %s\n' % (CTL, CTL)), out)
        self.assertIn('     Active: inactive (dead) since ', out)
        self.assertEqual(self.run_main('start', 'devstack@kuryr-kubernetes')[0], 0)
        self.assertFalse(control.stopped(self.state, control.CONTROLLER))
        code, out, _err = self.run_main('status', CTL)
        self.assertEqual(code, 0)
        self.assertIn('     Active: active (running) since ', out)
        self.assertIn('   Main PID: %d (' % os.getpid(), out)

    def test_daemon_restart_is_a_new_start(self):
        self.emulator_up()
        self.run_main('stop', 'devstack@kuryr-daemon')
        self.assertTrue(control.stopped(self.state, control.DAEMON))
        self.assertEqual(self.run_main('restart', 'devstack@kuryr-daemon')[0], 0)
        self.assertFalse(control.stopped(self.state, control.DAEMON))

    def test_controller_restart_waits_for_the_new_process(self):
        self.emulator_up()
        clock = Clock()
        s = systemd.Systemctl(self.state, now=clock.now, sleep=clock.sleep)
        real_sleep = clock.sleep

        def emulator_reexecs(sec):  # the emulator sees the request and records its new start
            real_sleep(sec)
            if control.restart_requested(self.state) and clock.t > 1001:
                control.record_emulator(self.state, pid=os.getpid(), now=clock.t)
        s.sleep = emulator_reexecs
        self.assertEqual(s.run('restart', [CTL]), 0)
        self.assertFalse(control.restart_requested(self.state))
        self.assertGreater(float(control.emulator(self.state)['startedAt']), 1000.0)

    def test_controller_restart_fails_when_nothing_restarts(self):
        self.emulator_up()
        clock = Clock()
        s = systemd.Systemctl(self.state, now=clock.now, sleep=clock.sleep)
        self.assertEqual(s.run('restart', [CTL]), 1)
        self.assertEqual(s.err[0], 'Job for %s failed because the control process exited with error code.' % CTL)

    def test_no_emulator_process_inactive(self):
        self.assertEqual(self.run_main('is-active', CTL), (3, 'inactive\n', ''))

    def test_relative_times(self):
        self.assertEqual(systemd.ago(5), '5s ago')
        self.assertEqual(systemd.ago(185), '3min 5s ago')
        self.assertEqual(systemd.ago(3 * 3600 + 120), '3h 2min ago')
        self.assertEqual(systemd.ago(86400 + 7200), '1 day 2h ago')
        self.assertEqual(systemd.unit_name('devstack@kuryr-daemon'), 'devstack@kuryr-daemon.service')
        self.assertEqual(systemd.unit_name('x.service'), 'x.service')


if __name__ == '__main__':
    unittest.main()
