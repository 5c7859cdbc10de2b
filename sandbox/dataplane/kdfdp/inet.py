"""The sandbox's "internet": one namespace `<sbx>-inet` behind a veth from sbx, with a tiny HTTP server.

sbx side `inet0` 198.51.100.1/24, inside `eth0` 198.51.100.10/24 with its default route back via 198.51.100.1;
sbx forwards (ip_forward=1) but has no default route, so nothing reaches past this namespace. VMs and pods get
there through their router's SNAT, as they would reach the internet from a DevStack host.
"""
import http.server

from . import sh, wiring

SBX_SIDE = 'inet0'
SBX_ADDRESS = '198.51.100.1'
INET_ADDRESS = '198.51.100.10'
PREFIX = 24
ANSWER = b'internet: HELLO! I AM ALIVE!!!\n'


def inet_netns(sbx):
    return '%s-inet' % sbx


def ensure(sbx):
    """Creates (or repairs) the internet namespace and its veth; turns forwarding on in sbx only."""
    ns = inet_netns(sbx)
    wiring.ensure_netns(ns)
    host = wiring.link(sbx, SBX_SIDE)
    inner = wiring.link(ns, 'eth0')
    if host is None or inner is None or host.get('link_index') != inner.get('ifindex'):
        wiring.delete_link(sbx, SBX_SIDE)
        wiring.delete_link(ns, 'eth0')
        sh.ip(sbx, 'link', 'add', SBX_SIDE, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns)
    wiring.configure_nic(sbx, SBX_SIDE, cidrs=['%s/%d' % (SBX_ADDRESS, PREFIX)])
    wiring.configure_nic(ns, 'eth0', cidrs=['%s/%d' % (INET_ADDRESS, PREFIX)], gateway=SBX_ADDRESS)
    # explicitly inside sbx (never the machine's own namespace, whatever namespace this process is in)
    sh.run(wiring.netns_exec_argv(sbx, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']))
    return ns


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)

    def log_message(self, fmt, *args):
        print('%s %s' % (self.address_string(), fmt % args), flush=True)


def serve(address=INET_ADDRESS, port=80):
    """Answers every GET with `internet: HELLO! I AM ALIVE!!!` (run inside the internet namespace)."""
    http.server.ThreadingHTTPServer((address, port), _Handler).serve_forever()
