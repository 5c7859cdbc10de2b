"""kdfdp: the sandbox cloud's emulated data plane (network namespaces, veths, VLANs, NAT, sshd).

Every function shells out to `ip`, `iptables` and `sysctl` with argument lists; every change happens inside
network namespaces the sandbox created, never in the machine's own namespace. See sandbox/README.md, "Data plane".
"""
