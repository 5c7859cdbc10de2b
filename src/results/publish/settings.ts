/**
 * publish-results' settings, read once for the action and `kdf publish`: the action reads its inputs by their
 * action.yml names, kdf its flags (`--name`, …), and both get the same validation, defaults and error wording.
 */
import type { Inputs } from '../../runtime/inputs.js';
import { splitPatterns } from './files.js';
import { DEFAULT_ANNOTATIONS_LIMIT, FAIL_ON, PUBLISH_MODES, type PublishSettings } from './publish.js';

/** Input names, as in actions/publish-results/action.yml. */
export const PUBLISH_INPUTS = {
  results: 'results',
  name: 'name',
  token: 'token',
  mode: 'mode',
  annotationsLimit: 'annotations-limit',
  failOn: 'fail-on',
  commit: 'commit',
  eventFile: 'event-file',
} as const;

/** The name each setting is read under (the action's input names, or kdf's flags). */
export type PublishInputNames = Record<keyof typeof PUBLISH_INPUTS, string>;

/** The check name when none is given. */
export const DEFAULT_CHECK_NAME = 'kuryr-dragonflow';

/**
 * Reads and validates every setting (ConfigurationError naming the input or flag on a bad value).
 * @param names what each setting is called where it comes from (default: the action's inputs)
 */
export function readPublishSettings(inputs: Inputs, names: PublishInputNames = PUBLISH_INPUTS): PublishSettings {
  const settings: PublishSettings = {
    results: splitPatterns(inputs.getRequiredInput(names.results)),
    name: inputs.getOptionalInput(names.name, DEFAULT_CHECK_NAME),
    mode: inputs.getEnumInput(names.mode, PUBLISH_MODES, 'auto'),
    annotationsLimit: inputs.getIntegerInput(
      names.annotationsLimit,
      { min: 0, max: 1_000_000 },
      DEFAULT_ANNOTATIONS_LIMIT,
    ),
    failOn: inputs.getEnumInput(names.failOn, FAIL_ON, 'failure'),
  };
  const token = inputs.getOptionalInput(names.token);
  if (token) settings.token = token;
  const commit = inputs.getOptionalInput(names.commit);
  if (commit) settings.commit = commit;
  const eventFile = inputs.getOptionalInput(names.eventFile);
  if (eventFile) settings.eventFile = eventFile;
  return settings;
}
