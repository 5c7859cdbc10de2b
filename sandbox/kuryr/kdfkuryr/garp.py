"""Gratuitous ARP: `ip netns exec NS python3 -m kdfkuryr.garp IFNAME IP [COUNT]`.

A new pod or amphora often gets an address an earlier one had, with another MAC; neighbours (the router
namespace, other pods) would keep the stale entry for seconds and the first probes would time out. Neutron's L3
agent keeps static ARP entries and Dragonflow answers ARP itself; here the new owner announces itself, as
keepalived does for an amphora's VIP.
"""
import socket
import struct
import sys
import time


def announce(ifname, ip, count=3, interval=0.05):
    with open('/sys/class/net/%s/address' % ifname) as f:
        mac = bytes.fromhex(f.read().strip().replace(':', ''))
    addr = socket.inet_aton(ip)
    bcast = b'\xff' * 6
    # ARP request with sender = target = ip (what `arping -U` sends)
    frame = bcast + mac + struct.pack('!H', 0x0806) + struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + \
        mac + addr + b'\x00' * 6 + addr
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    try:
        s.bind((ifname, 0))
        for i in range(count):
            s.send(frame)
            if i + 1 < count:
                time.sleep(interval)
    finally:
        s.close()


if __name__ == '__main__':
    announce(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
