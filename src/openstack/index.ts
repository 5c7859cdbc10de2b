/** The `openstack` CLI wrapper and the trunk VM library (no @actions/* imports). */
export * from './client.js';
export * from './errors.js';
export * from './ledger.js';
export * from './trunk-vm.js';
export * from './types.js';
export * from './wait.js';
