"""Sample unittest tests run by regenerate.sh through python-subunit and stestr (not the toolkit's own tests)."""
import logging
import time
import unittest


class PortsTest(unittest.TestCase):
    def test_create_port(self):
        time.sleep(0.01)
        self.assertEqual(1, 1)

    def test_port_becomes_active(self):
        logging.getLogger("kdf").warning("port 4f1c still DOWN after 60s")
        self.assertEqual("DOWN", "ACTIVE", "port never became ACTIVE")

    def test_neutron_unreachable(self):
        raise ConnectionError("neutron endpoint unreachable")

    @unittest.skip("needs octavia")
    def test_load_balancer(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.fail("known upstream bug")

    def test_unicode_ñame(self):
        self.assertIn("é", "e")
