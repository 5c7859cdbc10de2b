"""stop-kuryr-controller: the emulator loop honours the flag file (needs the emulator's imports: kdfdp from
sandbox/dataplane and openstacksdk; skipped without them).

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import json
import os
import shutil
import sys
import tempfile
import unittest
from unittest import mock

sys.path.insert(1, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                'dataplane'))
try:
    from kdfkuryr import emulator
except ImportError:  # no openstacksdk on this machine
    emulator = None
from kdfkuryr import sgfault, store  # noqa: E402


@unittest.skipIf(emulator is None, 'the emulator needs openstacksdk')
class StoppedController(unittest.TestCase):
    """stop-kuryr-controller's flag file: the loop plans no pod or service task for that cluster, and again after
    the flag is gone (what `clear` does)."""

    def test_flag_pauses_the_controller_part_only(self):
        state = tempfile.mkdtemp(prefix='kdf-sgut-')
        self.addCleanup(shutil.rmtree, state)
        cluster = os.path.join(store.kube_dir(state), 'clusters', 'c1')
        os.makedirs(cluster)
        with open(os.path.join(cluster, 'cluster.json'), 'w') as f:
            json.dump({'name': 'c1'}, f)
        emu = emulator.Emulator(emulator.Context(state, 'sbx'), amphorae=False, host_port=False)
        emu.submit = mock.Mock()
        with mock.patch.object(emulator.pods, 'plan', return_value=[]) as pods_plan, \
                mock.patch.object(emulator.services, 'plan', return_value=[]) as services_plan:
            path = sgfault.stop_controller(state)['flag']
            self.assertEqual(path, os.path.join(state, 'kube', 'kuryr-control', 'devstack@kuryr-kubernetes.stopped'))
            emu.round()
            self.assertEqual((pods_plan.call_count, services_plan.call_count), (0, 0))
            kinds = [c.args[0][0] for c in emu.submit.call_args_list]
            self.assertEqual(sorted(kinds), ['admin', 'secgroups'])  # the agent's parts go on
            sgfault.start_controller({'flag': path})
            emu.next_admin = 0.0
            emu.round()
            self.assertEqual((pods_plan.call_count, services_plan.call_count), (1, 1))
            # no periodic pool task: a pool is refilled when a pod takes a port from it (kdfkuryr.vifpool)
            self.assertNotIn('pool', [c.args[0][0] for c in emu.submit.call_args_list])
