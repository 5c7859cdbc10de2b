"""ML2 mechanism driver that binds every port on every host without an agent (vif_type ovs, status ACTIVE).

The sandbox has no data plane: no OVS agent reports in, so the real openvswitch driver never binds anything. This
driver stands in for "the agent on that host is alive and plugged the port". Registered through
fakebind-1.0.dist-info/entry_points.txt (this directory is on the daemons' PYTHONPATH).
"""
from neutron_lib import constants
from neutron_lib.api.definitions import portbindings
from neutron_lib.plugins.ml2 import api


class FakeBindMechanismDriver(api.MechanismDriver):
    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID],
                portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True, portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE,
            )
            return
