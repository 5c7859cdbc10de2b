"""dns-server (the sandbox's CoreDNS): the packets it answers, over real UDP and TCP sockets on 127.0.0.1."""
import importlib.machinery
import importlib.util
import json
import os
import socket
import struct
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
_loader = importlib.machinery.SourceFileLoader('dns_server', os.path.join(HERE, '..', 'dns-server'))
_spec = importlib.util.spec_from_loader('dns_server', _loader)
dns = importlib.util.module_from_spec(_spec)
_loader.exec_module(dns)


def query(name, qtype=1, qid=0x1234, rd=True):
    flags = 0x0100 if rd else 0
    return struct.pack('!HHHHHH', qid, flags, 1, 0, 0, 0) + dns.encode_name(name) + struct.pack('!HH', qtype, 1)


def decode(reply):
    """(id, flags, rcode, [(type, rdata)]) of a reply whose answers use the 0xC00C name pointer."""
    qid, flags, qd, an, _ns, _ar = struct.unpack('!HHHHHH', reply[:12])
    assert qd == 1
    _qid, _f, _name, _t, _c, pos = dns.parse_query(struct.pack('!HH', qid, 0) + reply[4:])
    answers = []
    for _ in range(an):
        ptr, rtype, rclass, ttl, rdlen = struct.unpack('!HHHIH', reply[pos:pos + 12])
        assert (ptr, rclass) == (0xC00C, 1) and ttl == dns.TTL
        answers.append((rtype, reply[pos + 12:pos + 12 + rdlen]))
        pos += 12 + rdlen
    assert pos == len(reply)
    return qid, flags, flags & 0xF, answers


def a_records(answers):
    return [socket.inet_ntoa(r) for t, r in answers if t == 1]


class ClusterDir:
    """A cluster directory with the object files dns-server reads."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name

    def put(self, plural, ns, name, obj):
        d = os.path.join(self.root, 'objects', plural, ns, )
        os.makedirs(d, exist_ok=True)
        obj.setdefault('metadata', {}).update({'name': name, **({'namespace': ns} if ns != '_' else {})})
        with open(os.path.join(d, name + '.json'), 'w') as f:
            json.dump(obj, f)


def cluster():
    c = ClusterDir()
    for ns in ('default', 'kube-system', 'other'):
        c.put('namespaces', '_', ns, {'kind': 'Namespace'})
    c.put('services', 'default', 'demo', {'spec': {'clusterIP': '10.0.0.140'}})
    c.put('services', 'kube-system', 'kube-dns', {'spec': {'clusterIP': '10.0.0.138'}})
    c.put('services', 'other', 'headless', {'spec': {'clusterIP': 'None'}})
    c.put('endpoints', 'other', 'headless', {'subsets': [{'addresses': [{'ip': '10.0.0.70'}, {'ip': '10.0.0.71'}],
                                                          'notReadyAddresses': [{'ip': '10.0.0.72'}]}]})
    return c


class Answers(unittest.TestCase):
    def setUp(self):
        self.c = cluster()
        self.records = dns.Records(self.c.root)

    def tearDown(self):
        self.c.tmp.cleanup()

    def ask(self, name, qtype=1, upstream=None):
        return decode(dns.answer(query(name, qtype), self.records, upstream))

    def test_service_a_record_is_its_cluster_ip(self):
        qid, flags, rcode, answers = self.ask('demo.default.svc.cluster.local')
        self.assertEqual((qid, rcode), (0x1234, dns.NOERROR))
        self.assertEqual(a_records(answers), ['10.0.0.140'])
        self.assertTrue(flags & 0x8000 and flags & 0x0400 and flags & 0x0100, 'QR, AA and RD set')
        # case-insensitive, as DNS is
        self.assertEqual(a_records(self.ask('KUBE-DNS.Kube-System.svc.cluster.local')[3]), ['10.0.0.138'])

    def test_headless_service_answers_its_ready_endpoints(self):
        self.assertEqual(a_records(self.ask('headless.other.svc.cluster.local')[3]), ['10.0.0.70', '10.0.0.71'])

    def test_unknown_service_or_namespace_is_nxdomain(self):
        self.assertEqual(self.ask('nope.default.svc.cluster.local')[2:], (dns.NXDOMAIN, []))
        self.assertEqual(self.ask('demo.nowhere.svc.cluster.local')[2:], (dns.NXDOMAIN, []))
        self.assertEqual(self.ask('demo.cluster.local')[2:], (dns.NXDOMAIN, []))
        self.assertEqual(self.ask('a.demo.default.svc.cluster.local')[2:], (dns.NXDOMAIN, []))

    def test_existing_name_without_records_of_the_type_is_nodata(self):
        # AAAA of a service: NOERROR, no answer (a resolver then asks for A; NXDOMAIN would stop it)
        self.assertEqual(self.ask('demo.default.svc.cluster.local', qtype=28)[2:], (dns.NOERROR, []))
        self.assertEqual(self.ask('default.svc.cluster.local')[2:], (dns.NOERROR, []))
        self.assertEqual(self.ask('cluster.local')[2:], (dns.NOERROR, []))

    def test_pod_names_and_service_ptr(self):
        self.assertEqual(a_records(self.ask('10-0-0-77.default.pod.cluster.local')[3]), ['10.0.0.77'])
        self.assertEqual(self.ask('10-0-0.default.pod.cluster.local')[2], dns.NXDOMAIN)
        rcode, answers = self.ask('140.0.0.10.in-addr.arpa', qtype=12)[2:]
        self.assertEqual((rcode, answers), (dns.NOERROR, [(12, dns.encode_name('demo.default.svc.cluster.local'))]))

    def test_services_are_read_on_every_query(self):
        self.c.put('services', 'default', 'late', {'spec': {'clusterIP': '10.0.0.141'}})
        self.assertEqual(a_records(self.ask('late.default.svc.cluster.local')[3]), ['10.0.0.141'])
        os.unlink(os.path.join(self.c.root, 'objects', 'services', 'default', 'late.json'))
        self.assertEqual(self.ask('late.default.svc.cluster.local')[2], dns.NXDOMAIN)

    def test_bad_packets(self):
        self.assertIsNone(dns.answer(b'\x00\x01', self.records))
        bad = struct.pack('!HHHHHH', 7, 0x0100, 2, 0, 0, 0)  # two questions
        qid, flags, qd = struct.unpack('!HHH', dns.answer(bad, self.records)[:6])
        self.assertEqual((qid, flags & 0xF, qd), (7, dns.FORMERR, 0))
        inverse = bytearray(query('demo.default.svc.cluster.local'))
        inverse[2] |= 0x08  # opcode 1 (IQUERY)
        self.assertEqual(decode(dns.answer(bytes(inverse), self.records))[2], dns.NOTIMP)

    def test_names_outside_the_zone_go_upstream_or_servfail(self):
        self.assertEqual(self.ask('example.com')[2], dns.SERVFAIL)
        up = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        up.bind(('127.0.0.1', 0))
        self.addCleanup(up.close)

        def upstream():
            data, addr = up.recvfrom(512)
            up.sendto(dns.build_response(data, dns.NOERROR, [(1, socket.inet_aton('192.0.2.7'))], False), addr)

        t = threading.Thread(target=upstream, daemon=True)
        t.start()
        rcode, answers = self.ask('example.com', upstream=up.getsockname())[2:]
        t.join(5)
        self.assertEqual((rcode, a_records(answers)), (dns.NOERROR, ['192.0.2.7']))


class Sockets(unittest.TestCase):
    """The server on 127.0.0.1: a UDP datagram and a TCP length-prefixed query."""

    def setUp(self):
        self.c = cluster()
        self.udp, self.tcp = dns.start(0, dns.Records(self.c.root), None, host='127.0.0.1')
        self.addr = self.udp.server_address

    def tearDown(self):
        for s in (self.udp, self.tcp):
            s.shutdown()
            s.server_close()
        self.c.tmp.cleanup()

    def test_udp(self):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(5)
            s.sendto(query('kube-dns.kube-system.svc.cluster.local', qid=99), self.addr)
            qid, _f, rcode, answers = decode(s.recvfrom(512)[0])
        self.assertEqual((qid, rcode, a_records(answers)), (99, dns.NOERROR, ['10.0.0.138']))

    def test_tcp_two_queries_on_one_connection(self):
        self.assertEqual(self.tcp.server_address, self.addr)
        with socket.create_connection(self.addr, timeout=5) as s:
            for name, want in (('demo.default.svc.cluster.local', ['10.0.0.140']), ('x.default.svc.cluster.local', [])):
                q = query(name)
                s.sendall(struct.pack('!H', len(q)) + q)
                n = struct.unpack('!H', s.recv(2))[0]
                data = b''
                while len(data) < n:
                    data += s.recv(n - len(data))
                self.assertEqual(a_records(decode(data)[3]), want)


if __name__ == '__main__':
    unittest.main()
