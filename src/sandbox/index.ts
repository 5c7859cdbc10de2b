/** The embedded sandbox cloud: a real OpenStack control plane in a network namespace that looks like DevStack's. */
export { DEVSTACK_CLOUDS, cloudsYaml } from './clouds.js';
export {
  OPTIONAL_SERVICES,
  PORTS,
  SANDBOX,
  endpointUrls,
  isValidPassword,
  type OptionalService,
  type SandboxOptions,
} from './config.js';
export { Daemons, baseEnv, isAlive, tailFile, type DaemonSpec, type StopOutcome } from './daemons.js';
export { sandboxDown, type DownDeps, type DownReport } from './down.js';
export { SandboxServiceError } from './errors.js';
export { sandboxCommandRunner } from './exec.js';
export { findAssetsDir, sandboxLayout, type SandboxLayout } from './layout.js';
export { Namespace, NetnsCommandRunner, isValidNamespaceName, type BridgeSpec } from './netns.js';
export { allServiceNames, serviceDefs, type ServiceDef } from './services.js';
export { readState, writeState, type SandboxState } from './state.js';
export { formatStatus, sandboxStatus, type SandboxStatus, type ServiceStatus } from './status.js';
export { renderTemplate, type TemplateVars } from './templates.js';
export { databaseSql } from './commandlines.js';
export { packageVersion } from './packages.js';
export { generatePassword, resolveState, type UpRequest } from './request.js';
export type { UpDeps } from './service-runner.js';
export { sandboxUp, type StepTiming, type UpReport } from './up.js';
