/** Connectivity settings the engine tests start from. */
import type { ConnectivitySettings } from '../../src/kube/settings.js';

/** Baremetal, two replicas, batched exec, generated namespace `capture`; `over` sets the rest. */
export function connectivitySettings(
  over: Partial<ConnectivitySettings> & Pick<ConnectivitySettings, 'suites' | 'resultsDir' | 'timeoutMs'>,
): ConnectivitySettings {
  return {
    cloud: 'devstack-admin',
    namespace: 'capture',
    generatedNamespace: true,
    image: 'quay.io/kuryr/demo',
    replicas: 2,
    mode: 'baremetal',
    filter: [],
    execMode: 'batched',
    ...over,
  };
}
