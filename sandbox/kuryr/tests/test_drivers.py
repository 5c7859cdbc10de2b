"""cluster.json `drivers` (kdf-kube init --sg-driver/--subnet-driver) and how the Kuryr emulation reads them.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import contextlib
import io
import json
import os
import tempfile
import unittest
from contextlib import redirect_stdout

from kdfkuryr import kube

from kdfkube import init  # noqa: E402  (put on sys.path by kdfkuryr.kube)


class Drivers(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.state = self.tmp.name
        self.kubeconfig = os.path.join(self.state, 'kube', 'kubeconfig')

    def tearDown(self):
        self.tmp.cleanup()

    def cfg(self):
        with open(os.path.join(self.state, 'kube', 'clusters', 'c1', 'cluster.json')) as f:
            return json.load(f)

    def kdf_kube_init(self, *flags):
        out = io.StringIO()
        with redirect_stdout(out):
            init.main(['init', '--state-dir', self.state, '--cluster', 'c1', '--kubeconfig', self.kubeconfig]
                      + list(flags))
        return json.loads(out.getvalue())

    def test_new_cluster_defaults_to_both_default_drivers(self):
        printed = self.kdf_kube_init()
        self.assertEqual(self.cfg()['drivers'], {'podSecurityGroups': 'default', 'podSubnets': 'default'})
        self.assertEqual(printed['drivers'], self.cfg()['drivers'])

    def test_flags_choose_the_drivers(self):
        self.kdf_kube_init('--sg-driver', 'policy', '--subnet-driver', 'namespace')
        self.assertEqual(self.cfg()['drivers'], {'podSecurityGroups': 'policy', 'podSubnets': 'namespace'})

    def test_existing_cluster_is_kept_and_gets_the_drivers_asked_for(self):
        self.kdf_kube_init('--sg-driver', 'policy')
        cfg = self.cfg()
        cfg.pop('drivers')  # a cluster made before drivers existed
        cfg['execLatencyMs'] = 7
        with open(os.path.join(self.state, 'kube', 'clusters', 'c1', 'cluster.json'), 'w') as f:
            json.dump(cfg, f)
        self.kdf_kube_init('--sg-driver', 'policy')
        self.assertEqual(self.cfg()['drivers'], {'podSecurityGroups': 'policy', 'podSubnets': 'default'})
        self.kdf_kube_init('--subnet-driver', 'namespace')  # the other driver stays as it was
        self.assertEqual(self.cfg()['drivers'], {'podSecurityGroups': 'policy', 'podSubnets': 'namespace'})
        self.kdf_kube_init()  # no flag: nothing changes
        self.assertEqual(self.cfg()['drivers'], {'podSecurityGroups': 'policy', 'podSubnets': 'namespace'})
        self.assertEqual(self.cfg()['execLatencyMs'], 7)

    def test_bad_driver_is_a_usage_error(self):
        with self.assertRaises(SystemExit) as cm, redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            self.kdf_kube_init('--sg-driver', 'nope')
        self.assertEqual(cm.exception.code, 2)

    def test_emulation_reads_missing_drivers_as_default(self):
        self.assertEqual(kube.drivers({}), {'podSecurityGroups': 'default', 'podSubnets': 'default'})
        self.assertEqual(kube.drivers({'drivers': {'podSecurityGroups': 'policy'}}),
                         {'podSecurityGroups': 'policy', 'podSubnets': 'default'})


if __name__ == '__main__':
    unittest.main()
