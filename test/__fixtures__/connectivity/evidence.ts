/** Evidence items the connectivity summary tests share. */
import type { LoadBalancerRow } from '../../../src/kube/summary.js';

/** One ACTIVE/ONLINE load balancer of service `ns/demo`, one member, no listeners. */
export const LB_EVIDENCE: { kind: 'loadbalancer'; data: LoadBalancerRow } = {
  kind: 'loadbalancer',
  data: {
    name: 'ns/demo',
    vip: '10.0.0.130',
    provisioning: 'ACTIVE',
    operating: 'ONLINE',
    listeners: [],
    members: 1,
  },
};
