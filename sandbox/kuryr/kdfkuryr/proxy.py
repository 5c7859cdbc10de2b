"""The amphora's data plane: one process per load balancer, inside the LB's network namespace.

    python3 -m kdfkuryr.proxy --config FILE

FILE (written by the emulator, re-read when it changes): {"vip": "10.0.0.171", "listeners": [{"protocol": "TCP",
"port": 80, "members": [{"address": "10.0.0.70", "port": 8080}]}]} (enabled members only). Each listener accepts
on VIP:port (TCP streams, UDP datagrams) and forwards round-robin to its members, like haproxy/keepalived-lvs in an
amphora. A member whose packets vanish (blackhole route, no answer) makes its clients wait out the connect timeout,
as haproxy's `timeout connect 5000` with 3 retries would; a refused connection closes the client's.
"""
import argparse
import asyncio
import errno
import json
import os
import signal
import sys

from kdfkuryr import garp

CONNECT_TIMEOUT = float(os.environ.get('KDF_AMPHORA_CONNECT_TIMEOUT', '20'))
UDP_IDLE = 30.0


class Listener:
    def __init__(self, protocol, port):
        self.protocol, self.port = protocol, port
        self.members = []
        self.rr = 0
        self.server = None
        self.transport = None

    def pick(self):
        if not self.members:
            return None
        m = self.members[self.rr % len(self.members)]
        self.rr = (self.rr + 1) % len(self.members)
        return m['address'], int(m['port'])


async def _pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            if writer.can_write_eof():
                writer.write_eof()
        except (OSError, RuntimeError):
            pass


async def _tcp_client(listener, creader, cwriter):
    target = listener.pick()
    if target is None:
        cwriter.close()
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + CONNECT_TIMEOUT
    try:
        mreader, mwriter = await asyncio.wait_for(asyncio.open_connection(*target), CONNECT_TIMEOUT)
    except (asyncio.TimeoutError, OSError) as err:
        if isinstance(err, OSError) and err.errno == errno.ECONNREFUSED:
            cwriter.close()
            return
        # packets to the member vanish: the client waits, as it would behind a real amphora
        await asyncio.sleep(max(0.0, deadline - loop.time()))
        cwriter.close()
        return
    await asyncio.gather(_pipe(creader, mwriter), _pipe(mreader, cwriter))
    for w in (mwriter, cwriter):
        try:
            w.close()
        except OSError:
            pass


class _UdpFront(asyncio.DatagramProtocol):
    def __init__(self, listener):
        self.listener = listener
        self.flows = {}

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        flow = self.flows.get(addr)
        if flow is None:
            target = self.listener.pick()
            if target is None:
                return
            flow = _UdpBack(self, addr)
            self.flows[addr] = flow
            asyncio.ensure_future(self._open(flow, target, data))
            return
        flow.send(data)

    async def _open(self, flow, target, first):
        loop = asyncio.get_running_loop()
        try:
            await loop.create_datagram_endpoint(lambda: flow, remote_addr=target)
        except OSError:
            self.flows.pop(flow.client, None)
            return
        flow.send(first)


class _UdpBack(asyncio.DatagramProtocol):
    def __init__(self, front, client):
        self.front, self.client = front, client
        self.transport = None
        self.pending = []
        self.timer = None

    def connection_made(self, transport):
        self.transport = transport
        self._touch()

    def _touch(self):
        if self.timer:
            self.timer.cancel()
        self.timer = asyncio.get_running_loop().call_later(UDP_IDLE, self.close)

    def send(self, data):
        if self.transport is not None:
            try:
                self.transport.sendto(data)
            except OSError:
                pass
            self._touch()

    def datagram_received(self, data, addr):
        self.front.transport.sendto(data, self.client)
        self._touch()

    def error_received(self, exc):
        pass

    def close(self):
        self.front.flows.pop(self.client, None)
        if self.transport:
            self.transport.close()


class Proxy:
    def __init__(self, config_path):
        self.path = config_path
        self.mtime = None
        self.listeners = {}
        self.announced = os.environ.get('KDF_AMPHORA_NO_GARP') == '1'

    async def reload(self):
        try:
            mtime = os.stat(self.path).st_mtime_ns
        except FileNotFoundError:
            return
        if mtime == self.mtime:
            return
        self.mtime = mtime
        with open(self.path) as f:
            cfg = json.load(f)
        vip = cfg['vip']
        if not self.announced:
            # like keepalived in an amphora: tell the subnet (the router) that the VIP lives here now
            try:
                garp.announce('eth0', vip)
                self.announced = True
            except OSError as err:
                print('gratuitous ARP for %s failed: %s' % (vip, err), flush=True)
        want = {}
        for entry in cfg.get('listeners', []):
            want[(entry['protocol'].upper(), int(entry['port']))] = entry
        for key in list(self.listeners):
            if key not in want:
                lst = self.listeners.pop(key)
                if lst.server:
                    lst.server.close()
                if lst.transport:
                    lst.transport.close()
        loop = asyncio.get_running_loop()
        for key, entry in want.items():
            lst = self.listeners.get(key)
            if lst is None:
                lst = Listener(*key)
                try:
                    if key[0] == 'UDP':
                        lst.transport, _ = await loop.create_datagram_endpoint(lambda lst=lst: _UdpFront(lst),
                                                                               local_addr=(vip, key[1]))
                    else:
                        lst.server = await asyncio.start_server(
                            lambda r, w, lst=lst: _tcp_client(lst, r, w), host=vip, port=key[1], reuse_address=True)
                except OSError as err:
                    print('cannot listen on %s %s:%d: %s' % (key[0], vip, key[1], err), flush=True)
                    self.mtime = None  # try again on the next round
                    continue
                self.listeners[key] = lst
            lst.members = [m for m in entry.get('members', []) if m.get('enabled', True)]
        if self.mtime is not None:
            self._report()
        print('config: %s' % ', '.join('%s:%d -> %d member(s)' % (k[0], k[1], len(v.members))
                                        for k, v in sorted(self.listeners.items())), flush=True)

    def _report(self):
        """`<config>.applied`: what this proxy now serves (the emulator waits for it before reporting ACTIVE)."""
        applied = {'listeners': [{'protocol': k[0], 'port': k[1],
                                  'members': sorted('%s:%d' % (m['address'], int(m['port'])) for m in v.members)}
                                 for k, v in sorted(self.listeners.items())]}
        tmp = self.path + '.applied.tmp'
        with open(tmp, 'w') as f:
            json.dump(applied, f)
        os.replace(tmp, self.path + '.applied')

    async def run(self):
        while True:
            try:
                await self.reload()
            except (OSError, ValueError, KeyError) as err:
                print('reload failed: %r' % (err,), flush=True)
            # a stat() a round: Octavia's flow waits for the `.applied` report before the load balancer is ACTIVE
            await asyncio.sleep(0.1)


def main(argv=None):
    ap = argparse.ArgumentParser(prog='kdfkuryr.proxy')
    ap.add_argument('--config', required=True)
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    asyncio.run(Proxy(args.config).run())


if __name__ == '__main__':
    main()
