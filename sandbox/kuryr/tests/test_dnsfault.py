"""The stop-dns fault: kdf-fault scales kube-system/coredns to 0 in the kube store and `clear` scales it back.

    cd sandbox/kuryr && /usr/bin/python3 -m unittest discover -s tests -t .
"""
import contextlib
import io
import json
import os
import shutil
import tempfile
import unittest

from kdfkuryr import dnsfault, faults
from kdfkube import init as kube_init
from kdfkube import store as kube_store


class StopDns(unittest.TestCase):
    def setUp(self):
        self.state = tempfile.mkdtemp(prefix='kdf-dnsfault-')
        self.addCleanup(shutil.rmtree, self.state, True)

    def cluster(self, name, dns=True):
        kube_init.init(self.state, name, 'baremetal', None, cni='local', cluster_dns=dns)
        return kube_store.Cluster(os.path.join(self.state, 'kube', 'clusters', name))

    def replicas(self, c):
        return c.get('Deployment', 'kube-system', 'coredns')['spec']['replicas']

    def fault(self, *argv):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = faults.main(['--state-dir', self.state, '--cluster', 'c1', *argv])
        return code, out.getvalue()

    def test_stop_scales_coredns_to_zero_and_clear_restores_the_count(self):
        c = self.cluster('c1')
        d = c.get('Deployment', 'kube-system', 'coredns')
        d['spec']['replicas'] = 2
        c.put(d)
        code, out = self.fault('stop-dns')
        self.assertEqual(code, 0, out)
        self.assertEqual(json.loads(out)['target'], 'kube-system/coredns')
        self.assertEqual(self.replicas(c), 0)
        self.assertEqual(c.get('Deployment', 'kube-system', 'coredns')['metadata']['generation'], 2)
        self.assertEqual(json.loads(self.fault('list')[1])[0]['replicas'], 2)
        code, out = self.fault('clear', 'kube-system/coredns')
        self.assertEqual((code, len(json.loads(out)['cleared'])), (0, 1), out)
        self.assertEqual(self.replicas(c), 2)

    def test_a_cluster_without_dns_is_refused(self):
        self.cluster('c1', dns=False)
        code, out = self.fault('stop-dns')
        self.assertEqual(code, 2)
        self.assertIn('no kube-system/coredns Deployment (kdf-kube init --cluster-dns)', out)
        self.assertEqual(self.fault('stop-dns', 'x')[0], 2)

    def test_restore_of_a_gone_cluster_is_a_no_op(self):
        c = self.cluster('c1')
        entry = dnsfault.stop(c.root)
        c.remove('Deployment', 'kube-system', 'coredns')
        dnsfault.restore(c.root, entry)  # nothing to scale back, no error


if __name__ == '__main__':
    unittest.main()
