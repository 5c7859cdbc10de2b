"""Octavia network driver for the sandbox: real Neutron for the VIP, no-ops for the amphora's plumbing.

With the plain no-op network driver a load balancer's `vip_port_id` is a random UUID that Neutron has never heard
of, so anything that looks the VIP port up (kuryr does, to put security groups on it) fails. This driver keeps
Octavia's own allowed-address-pairs driver for everything that is about the VIP and the lookups (the port
`octavia-lb-<id>` is created and deleted in Neutron with the requested address, subnets and networks are validated
against Neutron), and hands everything that would plug an amphora VM (which does not exist: the compute driver is a
no-op too) to the no-op driver. Registered through kdf_octavia_network-1.0.dist-info/entry_points.txt.
"""
from octavia.network import base as network_base
from octavia.network.drivers.neutron.allowed_address_pairs import AllowedAddressPairsDriver
from octavia.network.drivers.noop_driver.driver import NoopNetworkDriver

# Methods that act on amphorae (their ports, interfaces, security groups): the no-op driver's.
AMPHORA_PLUMBING = (
    'plug_vip',
    'unplug_vip',
    'plug_aap_port',
    'unplug_aap_port',
    'plug_network',
    'unplug_network',
    'plug_port',
    'plug_fixed_ip',
    'unplug_fixed_ip',
    'get_plugged_networks',
    'get_network_configs',
    'update_vip',
    'update_vip_sg',
    'failover_preparation',
    'wait_for_port_detach',
    'set_port_admin_state_up',
    'create_port',
    'delete_port',
    'apply_qos_on_port',
)


class NeutronVipNoopAmphoraDriver(AllowedAddressPairsDriver):
    def __init__(self):
        super().__init__()
        self._noop = NoopNetworkDriver()

    # The amphora's interfaces come from the no-op driver and exist nowhere else: look them up in Neutron first,
    # and in the no-op world when Neutron has never heard of them.
    def get_port(self, port_id, context=None):
        try:
            return super().get_port(port_id, context=context)
        except network_base.PortNotFound:
            return self._noop.get_port(port_id, context=context)

    def get_network(self, network_id, context=None):
        try:
            return super().get_network(network_id, context=context)
        except network_base.NetworkNotFound:
            return self._noop.get_network(network_id, context=context)

    def get_subnet(self, subnet_id, context=None):
        try:
            return super().get_subnet(subnet_id, context=context)
        except network_base.SubnetNotFound:
            return self._noop.get_subnet(subnet_id, context=context)


def _delegate(name):
    def method(self, *args, **kwargs):
        return getattr(self._noop, name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = 'No-op: the sandbox runs no amphora (see the module docstring).'
    return method


for _name in AMPHORA_PLUMBING:
    setattr(NeutronVipNoopAmphoraDriver, _name, _delegate(_name))
