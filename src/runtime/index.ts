/** The runtime port: the only place (with src/actions/) allowed to touch @actions/* and child processes. */
export { actionsCore, type ActionsCore, type CoreAnnotationProperties } from './actions-core.js';
export {
  CommandError,
  DEFAULT_MAX_BUFFER_BYTES,
  DEFAULT_STDERR_TAIL_LINES,
  ProcessCommandRunner,
  formatCommandLine,
  getDefaultCommandRunner,
  quoteArg,
  setDefaultCommandRunner,
  type CommandErrorInit,
  type CommandResult,
  type CommandRunner,
  type ProcessCommandRunnerOptions,
  type RunOptions,
} from './command.js';
export { ConsoleLogger, type ConsoleLoggerOptions, type TextSink } from './console-logger.js';
export { CoreLogger, type CoreLoggerOptions } from './core-logger.js';
export { DURATION_UNIT_NAMES, formatDuration, parseDuration, type DurationUnit } from './duration.js';
export { ConfigurationError, RefusedCombinationError, getErrorMessage, isConfigurationError } from './errors.js';
export {
  Inputs,
  actionInputs,
  actionsInputSource,
  envInputSource,
  getBooleanInput,
  getDurationInput,
  getEnumInput,
  getIntegerInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  recordInputSource,
  type DurationInputOptions,
  type InputSource,
  type IntegerInputOptions,
} from './inputs.js';
export type { AnnotationProperties, Logger } from './logger.js';
export { runWrapper, type RunWrapperDeps } from './run-wrapper.js';
export { MASK, SecretMasker, defaultMasker, type SecretMaskerOptions } from './secrets.js';
