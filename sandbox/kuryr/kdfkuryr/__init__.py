"""Kuryr-kubernetes emulation of the sandbox: controller, CNI, amphora emulator and fault injection.

Everything goes through the real OpenStack APIs of the sandbox (Neutron ports, trunks, Octavia load balancers);
the data plane is real Linux networking inside the sandbox's namespaces (see sandbox/kuryr/README.md).
"""
