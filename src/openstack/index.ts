/** The `openstack` CLI wrapper and the trunk VM library (no @actions/* imports). */
export * from './client.js';
export * from './errors.js';
export * from './ledger.js';
export * from './trunk-vm.js';
export * from './types/compute.js';
export * from './types/loadbalancer.js';
export * from './types/network.js';
export * from './types/parse.js';
export * from './types/port.js';
export * from './wait.js';
