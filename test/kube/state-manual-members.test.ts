/**
 * A service without a selector: its load balancer is awaited until the pool holds exactly the addresses its
 * Endpoints list, ACTIVE (the members carry no pod name). Probing before that made "every backend answers" fail
 * whenever the cloud answered faster than Kuryr added the members.
 */
import { describe, expect, it } from '@jest/globals';

import { checkLoadBalancer } from '../../src/kube/state.js';
import type { KubeService } from '../../src/kube/types.js';
import type { OpenStackApi } from '../../src/openstack/api.js';
import type { LbMember, LbStatusTree } from '../../src/openstack/types/loadbalancer.js';

const svc: KubeService = {
  metadata: { name: 'web-manual', labels: {}, annotations: {} },
  type: 'ClusterIP',
  clusterIP: '10.0.0.140',
  ports: [{ name: 'tcp-80', protocol: 'TCP', port: 80, targetPort: 8080 }],
  selector: {},
};

const member = (address: string, status = 'ACTIVE'): LbMember => ({
  id: `m-${address}`,
  name: '',
  address,
  protocolPort: 8080,
  provisioningStatus: status,
  operatingStatus: 'ONLINE',
});

/** The two calls checkLoadBalancer makes, answering a tree whose one pool has `members`. */
function cloud(members: LbMember[]): OpenStackApi {
  const name = 'ns/web-manual:TCP:80';
  const tree: LbStatusTree = {
    id: 'lb',
    name: 'ns/web-manual',
    provisioningStatus: 'ACTIVE',
    operatingStatus: 'ONLINE',
    listeners: [
      {
        id: 'l',
        name,
        provisioningStatus: 'ACTIVE',
        operatingStatus: 'ONLINE',
        pools: [{ id: 'p', name, provisioningStatus: 'ACTIVE', operatingStatus: 'ONLINE', members }],
      },
    ],
  };
  const lb = {
    id: 'lb',
    name: 'ns/web-manual',
    vipAddress: '10.0.0.140',
    provisioningStatus: 'ACTIVE',
    operatingStatus: 'ONLINE',
    provider: 'amphora',
  };
  return { loadBalancerList: async () => [lb], loadBalancerStatus: async () => tree } as unknown as OpenStackApi;
}

describe('checkLoadBalancer with the manual Endpoints addresses', () => {
  const addresses = ['10.0.0.11', '10.0.0.12', '10.0.0.13'];

  it('is not done while members are missing, pending or extra', async () => {
    const partial = await checkLoadBalancer(cloud([member('10.0.0.11')]), 'ns', svc, { addresses });
    expect(partial.problems).toEqual(['pool ns/web-manual:TCP:80 lacks members at 10.0.0.12, 10.0.0.13']);
    const pending = await checkLoadBalancer(
      cloud([member('10.0.0.11'), member('10.0.0.12'), member('10.0.0.13', 'PENDING_CREATE'), member('10.0.0.99')]),
      'ns',
      svc,
      { addresses },
    );
    expect(pending.problems).toEqual([
      'pool ns/web-manual:TCP:80 has extra members at 10.0.0.99',
      'member 10.0.0.13 is PENDING_CREATE',
    ]);
  });

  it('is done when the pool holds exactly those addresses, ACTIVE', async () => {
    const r = await checkLoadBalancer(cloud(addresses.map((a) => member(a))), 'ns', svc, { addresses });
    expect(r.problems).toEqual([]);
  });

  it('without members to await, only the load balancer, listener and pool states count (as before)', async () => {
    const r = await checkLoadBalancer(cloud([]), 'ns', svc, undefined);
    expect(r.problems).toEqual([]);
  });
});
