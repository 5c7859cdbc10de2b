/**
 * The stage contract, written down once. Each pipeline stage is described here (its name, the inputs of its
 * action.yml, its settings reader and how the pipeline treats it); the action adapters (src/actions/), the root
 * action's pipeline and the `kdf` commands all derive from these descriptions, so a stage's inputs and defaults
 * exist in one place. No @actions imports: the CLI uses this module too.
 *
 *   action inputs ─▶ readSettings ─▶ Settings ─▶ adapter main(io) ─▶ StageOutcome + <stage>.json
 */
import { readSetupSettings, type SetupSettings } from '../devstack/setup/settings.js';
import { readConnectivitySettings, type ConnectivitySettings } from '../kube/settings.js';
import { readTrunkVmSettings, type TrunkVmActionSettings } from '../openstack/trunk-vm-settings.js';
import { PIPELINE_STAGES, STAGE, type PipelineStage } from '../results/model.js';
import { PUBLISH_INPUTS, readPublishSettings } from '../results/publish/settings.js';
import type { PublishSettings } from '../results/publish/publish.js';
import type { Inputs } from '../runtime/inputs.js';

/** Where a settings reader looks up files and knobs. */
export interface SettingsContext {
  /** Relative files (local-conf-file, suite files, clouds.yaml) are read from here. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** Read before the stages before it ran (the root action's up-front check): outputs of earlier stages are absent. */
  beforeStack?: boolean;
}

/** One stage of the pipeline, as every caller sees it. */
export interface StageDefinition<S> {
  name: PipelineStage;
  /** The inputs of `actions/<name>/action.yml`, in the file's order (kdf's flags have the same names). */
  inputs: readonly string[];
  /** Reads and validates the settings; a bad value throws a ConfigurationError naming the input. */
  readSettings(inputs: Inputs, context: SettingsContext): S;
  /** Stops its own work on SIGINT/SIGTERM and returns (the pipeline then need not exit for it). */
  stopsItself?: boolean;
  /** Reports on the other stages: its `failed` outcome repeats their failures, so only `error` fails it there. */
  reportsOnOthers?: boolean;
}

export const SETUP_DEVSTACK: StageDefinition<SetupSettings> = {
  name: STAGE.setupDevstack,
  inputs: [
    'profile',
    'release',
    'devstack-ref',
    'kuryr-ref',
    'dragonflow-ref',
    'git-base',
    'local-conf',
    'local-conf-file',
    'admin-password',
    'ports-pool',
    'octavia',
    'dest',
    'stack-user',
    'timeout-minutes',
    'nat',
    'cache',
    'clean',
    'force-distro',
    'allow-fork-pr',
    'dry-run',
  ],
  readSettings: (inputs) => readSetupSettings(inputs),
  stopsItself: true,
};

export const TRUNK_VM: StageDefinition<TrunkVmActionSettings> = {
  name: STAGE.trunkVm,
  inputs: [
    'os-cloud',
    'clouds-yaml',
    'image',
    'image-url',
    'image-disk-format',
    'flavor',
    'network',
    'external-network',
    'port-name',
    'trunk-name',
    'server-name',
    'key-name',
    'ssh-user',
    'subports',
    'security-rules',
    'boot-timeout-minutes',
    'overcloud',
    'overcloud-profile',
    'overcloud-release',
    'overcloud-local-conf',
    'overcloud-local-conf-file',
    'overcloud-service-host',
    'overcloud-kuryr-conf',
    'overcloud-timeout-minutes',
    'admin-password',
    'devstack-dir',
    'git-base',
    'keep',
    'reuse',
  ],
  readSettings: (inputs, c) => readTrunkVmSettings(inputs, c.workspace, { beforeStack: c.beforeStack }),
};

export const CONNECTIVITY: StageDefinition<ConnectivitySettings> = {
  name: STAGE.connectivity,
  inputs: [
    'suites',
    'kubeconfig',
    'os-cloud',
    'namespace',
    'image',
    'replicas',
    'mode',
    'filter',
    'repeat',
    'timeout-minutes',
    'results-dir',
    'external-target',
    'kuryr-conf',
  ],
  readSettings: (inputs, c) => readConnectivitySettings(inputs, c.env),
};

export const PUBLISH_RESULTS: StageDefinition<PublishSettings> = {
  name: STAGE.publishResults,
  inputs: Object.values(PUBLISH_INPUTS),
  readSettings: (inputs) => readPublishSettings(inputs),
  reportsOnOthers: true,
};

/** Every pipeline stage's description, by name. */
export const STAGE_DEFINITIONS: { readonly [K in PipelineStage]: StageDefinition<unknown> } = {
  'setup-devstack': SETUP_DEVSTACK,
  'trunk-vm': TRUNK_VM,
  connectivity: CONNECTIVITY,
  'publish-results': PUBLISH_RESULTS,
};

export { PIPELINE_STAGES, type PipelineStage };
