"""delay-pod without sch_netem: a shim inside the pod's netns that delays every reply of the demo server.

    python3 -m kdfkuryr.delayshim --delay-ms MS --tcp 18080:8080 --udp 19090:9090

kdf-fault REDIRECTs (nat PREROUTING, inside the pod's netns only) the demo ports to the shim, which forwards to
127.0.0.1:<port> and holds every chunk or datagram coming back for MS milliseconds: what `tc qdisc add dev eth0
root netem delay MS` would do to the replies on a kernel that has netem.
"""
import argparse
import asyncio
import signal
import sys


async def _pipe(reader, writer, delay):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            if delay:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except OSError:
            pass


def _tcp(target, delay):
    async def handle(creader, cwriter):
        try:
            sreader, swriter = await asyncio.open_connection('127.0.0.1', target)
        except OSError:
            cwriter.close()
            return
        await asyncio.gather(_pipe(creader, swriter, 0), _pipe(sreader, cwriter, delay))
    return handle


class _UdpFront(asyncio.DatagramProtocol):
    def __init__(self, target, delay):
        self.target, self.delay = target, delay
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        asyncio.ensure_future(self._relay(data, addr))

    async def _relay(self, data, addr):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()

        class Back(asyncio.DatagramProtocol):
            def datagram_received(self, reply, _):
                if not fut.done():
                    fut.set_result(reply)

        transport, _ = await loop.create_datagram_endpoint(Back, remote_addr=('127.0.0.1', self.target))
        try:
            transport.sendto(data)
            reply = await asyncio.wait_for(fut, 30)
            await asyncio.sleep(self.delay)
            self.transport.sendto(reply, addr)
        except asyncio.TimeoutError:
            pass
        finally:
            transport.close()


async def _main(args):
    delay = args.delay_ms / 1000.0
    loop = asyncio.get_running_loop()
    for spec in args.tcp:
        listen, target = (int(x) for x in spec.split(':'))
        await asyncio.start_server(_tcp(target, delay), host='0.0.0.0', port=listen, reuse_address=True)
    for spec in args.udp:
        listen, target = (int(x) for x in spec.split(':'))
        await loop.create_datagram_endpoint(lambda t=target: _UdpFront(t, delay), local_addr=('0.0.0.0', listen))
    print('delaying replies by %d ms' % args.delay_ms, flush=True)
    await asyncio.Event().wait()


def main(argv=None):
    ap = argparse.ArgumentParser(prog='kdfkuryr.delayshim')
    ap.add_argument('--delay-ms', type=int, required=True)
    ap.add_argument('--tcp', action='append', default=[])
    ap.add_argument('--udp', action='append', default=[])
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    asyncio.run(_main(args))


if __name__ == '__main__':
    main()
