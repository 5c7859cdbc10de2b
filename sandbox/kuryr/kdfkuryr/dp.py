"""Data-plane helpers: the sandbox's shared `kdfdp` package (sandbox/dataplane, put on sys.path by
bin/kuryr-emulator). One implementation of the wiring contract; no local copy (it could not do VLANs on kernels
without 802.1Q, which kdfdp's userspace switch does)."""
from kdfdp.wiring import (  # noqa: F401  (re-exported for pods.py, amphora.py, hostport.py)
    claim_subport,
    ensure_netns,
    ensure_network_bridge,
    ensure_vlan_interface,
    ipv4_addresses,
    link,
    plug_port,
    plug_veth,
    release_subport,
    remove_vlan_interface,
    unplug_port,
    vm_netns,
)
