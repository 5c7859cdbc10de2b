"""ML2 mechanism driver that binds every port on every host without an agent (vif_type ovs, status ACTIVE).

The sandbox has no data plane: no OVS agent reports in, so the real openvswitch driver never binds anything. This
driver stands in for "the agent on that host is alive and plugged the port". Registered through
fakebind-1.0.dist-info/entry_points.txt (this directory is on the daemons' PYTHONPATH).

Being the sandbox's one hook inside neutron-server, it also starts the change journal (kdf_neutron_changes) when
neutron.conf sets `[kdf] changes_dir`.
"""
from neutron_lib import constants
from neutron_lib.api.definitions import portbindings
from neutron_lib.plugins.ml2 import api
from oslo_config import cfg

import kdf_neutron_changes

cfg.CONF.register_opts([cfg.StrOpt('changes_dir', help='where the sandbox\'s change journal is written')], group='kdf')


class FakeBindMechanismDriver(api.MechanismDriver):
    def initialize(self):
        if cfg.CONF.kdf.changes_dir:
            kdf_neutron_changes.subscribe(cfg.CONF.kdf.changes_dir)

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
