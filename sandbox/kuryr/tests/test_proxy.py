"""The amphora proxy on 127.0.0.1: round-robin over enabled members (TCP and UDP), following config changes."""
import asyncio
import json
import os
import socket
import tempfile
import unittest

os.environ['KDF_AMPHORA_NO_GARP'] = '1'  # 127.0.0.1 has no eth0 to announce on

from kdfkuryr import proxy


def free_port(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Backend(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(b'%s\n' % self.name, addr)


async def http_get(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'GET / HTTP/1.0\r\n\r\n')
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    return data.decode().strip()


async def udp_ask(port):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    class Client(asyncio.DatagramProtocol):
        def datagram_received(self, data, addr):
            fut.set_result(data.decode().strip())

    transport, _ = await loop.create_datagram_endpoint(Client, remote_addr=('127.0.0.1', port))
    transport.sendto(b'hello')
    try:
        return await asyncio.wait_for(fut, 5)
    finally:
        transport.close()


class ProxyTest(unittest.IsolatedAsyncioTestCase):
    async def test_round_robin_and_reload(self):
        names = [b'a', b'b', b'c']
        tcp_ports, udp_ports, servers = [], [], []
        for name in names:
            async def handle(r, w, name=name):
                await r.read(100)
                w.write(name + b'\n')
                await w.drain()
                w.close()
            tp = free_port()
            servers.append(await asyncio.start_server(handle, '127.0.0.1', tp))
            up = free_port(socket.SOCK_DGRAM)
            t, _ = await asyncio.get_running_loop().create_datagram_endpoint(lambda n=name: Backend(n),
                                                                          local_addr=('127.0.0.1', up))
            servers.append(t)
            tcp_ports.append(tp)
            udp_ports.append(up)
        front_tcp, front_udp = free_port(), free_port(socket.SOCK_DGRAM)
        cfg = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
        self.addCleanup(os.unlink, cfg.name)

        def write(enabled):
            with open(cfg.name, 'w') as f:
                json.dump({'vip': '127.0.0.1', 'listeners': [
                    {'protocol': 'TCP', 'port': front_tcp, 'members': [
                        {'address': '127.0.0.1', 'port': p, 'enabled': e} for p, e in zip(tcp_ports, enabled)]},
                    {'protocol': 'UDP', 'port': front_udp, 'members': [
                        {'address': '127.0.0.1', 'port': p, 'enabled': e} for p, e in zip(udp_ports, enabled)]},
                ]}, f)
            os.utime(cfg.name, ns=(os.stat(cfg.name).st_mtime_ns + 10**9,) * 2)

        write([True, True, False])
        p = proxy.Proxy(cfg.name)
        await p.reload()
        self.assertEqual([await http_get(front_tcp) for _ in range(4)], ['a', 'b', 'a', 'b'])
        self.assertEqual(sorted([await udp_ask(front_udp) for _ in range(4)]), ['a', 'a', 'b', 'b'])
        write([False, True, True])  # scaling: a goes, c comes
        await p.reload()
        self.assertEqual(sorted({await http_get(front_tcp) for _ in range(4)}), ['b', 'c'])
        for lst in p.listeners.values():
            (lst.server or lst.transport).close()
        for s in servers:
            s.close()


if __name__ == '__main__':
    unittest.main()
